import sys
import _pkg2
print(_pkg2.hv, _pkg2.helper.value, _pkg2.__name__, _pkg2.helper.__name__, '_pkg2.helper' in sys.modules)
from _pkg2 import *
print(exported, helper.value, 'hidden' in dir())
import _pkg2.sub as s
print(s.up, s.h2 is _pkg2.helper, s.__name__, s.__package__)
from _pkg2.sub import up as up2
print(up2)
import _lazymod
print(_lazymod.x, _lazymod.dynamic, dir(_lazymod))
try:
    _lazymod.other
except AttributeError as e:
    print(type(e).__name__, e)
from _lazymod import dynamic
print(dynamic)
try:
    from _lazymod import nothing
except ImportError as e:
    print(type(e).__name__, e)
import _circa
print(_circa.use(), _circa._circb.early)
try:
    import _circfrom
except ImportError as e:
    print(type(e).__name__, e)
print(__name__, type(sys).__name__, sys.modules['__main__'].__name__)
sys.modules['fake_mod'] = 'I am a string'
import fake_mod
print(fake_mod)
del sys.modules['fake_mod']
try:
    import fake_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
sys.modules['none_mod'] = None
try:
    import none_mod
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _pkg2.nothere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _pkg2 import nothere
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _pkg2.helper.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
m = type(sys)('made')
m.attr = 1
print(m, m.__name__, m.__doc__, m.attr, type(m).__name__)
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
mod = __import__('_pkg2.sub')
print(mod.__name__)
mod = __import__('_pkg2.sub', fromlist=['up'])
print(mod.__name__)
import _pkg2 as again
print(again is _pkg2)
print(sorted(k for k in vars(_pkg2) if not k.startswith('__')))
print(_pkg2.__all__, _pkg2.__package__)
