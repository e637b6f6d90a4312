from . import helper
from .helper import value as hv
__all__ = ['helper', 'exported']
exported = 'E'
hidden = 'H'
