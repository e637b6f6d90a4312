class C:
    __x = 1
    def __init__(self): self.__y = 2
    def get(self): return self.__x, self.__y, C.__x
c = C(); print(c.get(), c._C__y, C._C__x, sorted(k for k in vars(c)))
class K:
    a = 1
    b = [i for i in range(3)]
    def m(self):
        try: return a
        except NameError as e: return str(e)
print(K.b, K().m())
x = 'global'
class K2:
    x = 'class'
    def f(self): return x
print(K2().f())
class Node:
    def next(self, next): self.next = next
n = Node(); n.next(5); print(n.next)
print(type(c).__name__, c.__class__ is C)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try: raise MyError(3)
except MyError as e: print(e, e.code, e.args)
class E2(Exception):
    def __str__(self): return "custom"
raise E2()
