# from m import * honours __all__, else skips _names.
from _star import *
print(a, b, _c)
try:
    d
except NameError as e:
    print(e)
from _star2 import *
print(pub, also)
try:
    _hidden
except NameError as e:
    print(e)
print(sorted(k for k in globals() if not k.startswith('__')))
