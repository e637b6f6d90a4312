# Circular imports see partially initialised modules, as in CPython.
folder = __file__.rpartition('/')[0]
import _circ._a
print(_circ._a.fa())
try:
    import _circ._c
except ImportError as e:
    print(type(e).__name__, str(e).replace(folder, '<dir>'))
    print(e.name)
import sys
print('_circ._c' in sys.modules, '_circ._d' in sys.modules)
