from .. import _leaf
from .._leaf import leaf as the_leaf
from ._deep import deep
print('init _pkg._sub', __name__, __package__, the_leaf, deep)
