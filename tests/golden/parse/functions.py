# garter-only: AST dump checked against CPython 3.11 ast (see _pydump.py)
# args: --dump-ast
def f(): pass
def g(a, b=1, *args, c, d=2, **kwargs) -> "ret":
    return a
def h(a, b, /, c, *, d): return
def k(a: int = 0, *, b: str, **kw: dict) -> None:
    def inner():
        nonlocal a
        yield
        yield a
        x = yield a, b
        y = yield from g()
        return (yield)
    return inner
@decorator
@decorator.attr(1, x=2)
@(lambda f: f)
def decorated(self, *a, **k):
    """doc"""
class A: pass
class B(A, metaclass=Meta, **opts):
    x = 1
    def m(self): return self.x
@dec
class C(): pass
lam = lambda: 0
lam = lambda x, y=1, *a, z, w=2, **kw: x + y
lam = lambda *, k: k
lam = lambda a, /, b: a
