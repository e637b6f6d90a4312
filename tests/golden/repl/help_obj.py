# help(obj) prints pydoc's plain text (stdout is not a terminal: no pager)
def f(a, b=2, *args, c, d=4, **kw):
    """Doc of f.

    More lines."""
    return a
def g(x): pass
def p(a, b, /, c=None): "Positional-only."
help(f)
help(g)
help(p)
class C:
    "Doc C."
    x = 1
    def __init__(self, v):
        "Make one."
        self.v = v
    def m(self, y): "m doc"; return y
    @staticmethod
    def s(): pass
    @classmethod
    def k(cls): pass
    @property
    def p(self): "prop"; return 1
help(C)
help(C.m)
help(C(1).m)
class Base:
    "A base."
    def run(self, n=3):
        "Run n times."
class Sub(Base):
    def __init__(self, *args, **kw):
        pass
    def go(self, *, fast=False):
        "Go."
        return 1
    @property
    def size(self):
        "The size."
        return 0
    @size.setter
    def size(self, v):
        pass
help(Sub)
help(Sub().go)
help(Sub())
import _helpmod
help(_helpmod)
help('_helpmod.twice')
help('nosuchthing_xyz')
print(repr(help))
