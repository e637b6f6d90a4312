# garter-only: AST dump checked against CPython 3.11 ast (see _pydump.py)
# args: --dump-ast
import os
import os.path as p, sys as s
from . import a
from ..pkg.mod import (b as c, d,)
from ... import *
from .x import y
x = 1
a = b = c = 2
a, *b = c
[a, b] = (c, d) = e
x += 1; x -= 1; x *= 2; x @= m; x /= 2; x //= 2; x %= 3; x **= 2
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
o.attr += 1
o[i] -= 1
y: int
(y): int = 3
o.a: str = "s"
o[0]: list
del x
del x, y
del (x, y), [z]
del o.a, o[1:2]
pass
assert x
assert x, "message"
global g1, g2
raise
raise E
raise E("m") from cause
x = yield_
