# Packages, submodules, relative imports and __package__.
import sys
import _pkg._sub
print(_pkg.top, _pkg._sub.the_leaf, _pkg._leaf.leaf, _pkg._sub._deep.deep)
print(_pkg.__package__, _pkg._sub.__package__, _pkg._leaf.__package__)
print(type(_pkg.__path__).__name__, len(_pkg.__path__), _pkg.__path__[0].endswith('/_pkg'))
print(_pkg.__file__.endswith('/_pkg/__init__.py'), _pkg._sub.__file__.endswith('/_sub/__init__.py'))
import _pkg._sub._deep as deepmod
print(deepmod.__name__, deepmod is sys.modules['_pkg._sub._deep'])
from _pkg import _leaf, top
print(_leaf.leaf, top)
from _pkg._sub import _deep
print(_deep.deep)
print(sorted(k for k in sys.modules if k.startswith('_pkg')))
try:
    import _pkg._sub._toofar
except ImportError as e:
    print(type(e).__name__, e)
print('_pkg._sub._toofar' in sys.modules)
import _nsp._inner._m
print(_nsp._inner._m.x, _nsp.__file__, len(_nsp.__path__))
