class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, type(tb).__name__)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', suppress=True):
    raise ValueError('suppressed')
print('after suppressed')
try:
    with CM('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', repr(e))
with CM('x') as x, CM('y') as y:
    print('two managers', x, y)
with (CM('p') as p,
      CM('q') as q):
    print('parenthesised', p, q)
def ret():
    with CM('r'):
        return 'returned'
print(ret())
for i in range(3):
    with CM('loop%d' % i):
        if i == 0:
            continue
        if i == 1:
            break
with CM('t') as (first, *rest):
    print(first, rest)
class Obj: pass
o = Obj()
with CM('attr') as o.value:
    pass
print(o.value)
def t(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
def w1():
    with NoEnter():
        pass
def w2():
    with NoExit():
        pass
def w3():
    with 5:
        pass
t(w1); t(w2); t(w3)
class EnterFails:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit not called')
def w4():
    with EnterFails():
        print('not run')
t(w4)
class ExitFails:
    def __enter__(self): return self
    def __exit__(self, *a): raise OSError('exit failed')
def w5():
    with ExitFails():
        raise ValueError('original')
try:
    w5()
except OSError as e:
    print('OSError', e, 'context:', repr(e.__context__))
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 'yes'
with Truthy():
    1 / 0
print('truthy return suppressed')
# nested with and exception inside __exit__ suppressing outer
with CM('outer', suppress=True):
    with CM('inner'):
        raise IndexError('from inner')
print('done')
