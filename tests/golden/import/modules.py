# Importing .py modules: binding forms, caching in sys.modules, module attributes.
import sys
import _mod
import _mod as again
from _mod import value, bump as b
print(_mod is again, value, b(), b(), _mod.counter)
import _mod                                 # cached: the body does not run twice
print(sys.modules['_mod'] is _mod, _mod.counter)
print(_mod.__name__, _mod.__doc__, _mod.__package__ == '', _mod.__file__.endswith('/_mod.py'))
print(type(_mod.__builtins__).__name__, type(_mod.__dict__).__name__, _mod.__dict__['value'])
print(repr(_mod).startswith("<module '_mod' from '"), repr(_mod).endswith("/_mod.py'>"))
print(__name__, sys.modules['__main__'].__name__, __package__, __spec__)


def in_function():
    import _mod as local_mod
    from _mod import value as v
    return local_mod.value + v


print(in_function())
print('_mod' in dir(), 'local_mod' in dir())
_mod.counter = 100
import _mod as third
print(third.counter)
del sys.modules['_mod']
import _mod as fresh                        # runs again once removed from sys.modules
print(fresh is _mod, fresh.counter)
if __name__ == '__main__':
    print('run as a script')
