# ImportError and ModuleNotFoundError messages and attributes.
import sys
folder = __file__.rpartition('/')[0]


def show(e):
    msg = str(e).replace(folder, '<dir>')
    print(type(e).__name__ + ':', msg, '| name =', e.name)



try:
    import no_such_module
except ModuleNotFoundError as e:
    show(e)
try:
    import no_such.sub
except ModuleNotFoundError as e:
    show(e)
try:
    import _mod.sub
except ModuleNotFoundError as e:
    show(e)
try:
    from no_such import x
except ImportError as e:
    show(e)
try:
    from _mod import missing
except ImportError as e:
    show(e)
    print(e.path.endswith('/_mod.py'))
try:
    from _pkg import nothing_here
except ImportError as e:
    show(e)
try:
    import _pkg.nothing
except ImportError as e:
    show(e)
try:
    from . import x
except ImportError as e:
    show(e)
try:
    from .x import y
except ImportError as e:
    show(e)
try:
    from sys import nope
except ImportError as e:
    show(e)
try:
    import sys.nope
except ImportError as e:
    show(e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import _raises
except ValueError as e:
    print('ValueError:', e, '_raises' in sys.modules)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    show(e)
