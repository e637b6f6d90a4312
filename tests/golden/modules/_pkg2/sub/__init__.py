from .. import helper as h2
from ..helper import value
up = value + 1
