def contextmanager(fn):
    class CM:
        def __init__(self, *a, **k): self.gen = fn(*a, **k)
        def __enter__(self): return next(self.gen)
        def __exit__(self, t, v, tb):
            if t is None:
                try:
                    next(self.gen)
                except StopIteration:
                    return False
                raise RuntimeError("generator didn't stop")
            try:
                self.gen.throw(t, v, tb)
            except StopIteration as e:
                return e is not v
            except BaseException as e:
                if e is v: return False
                raise
            raise RuntimeError("generator didn't stop after throw()")
    return CM
@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    except KeyError as e:
        print('caught', repr(e))
    finally:
        print('</' + name + '>')
with tag('a') as t:
    print('body', t)
with tag('b'):
    raise KeyError('k')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    print('outer', e)
def echo():
    r = None
    while True:
        try:
            r = yield r
        except ValueError as e:
            r = 'err:' + str(e)
g = echo()
print(next(g), g.send(1), g.send(2), g.throw(ValueError('x')), g.send(3))
g.close(); g.close()
try:
    g.send(1)
except StopIteration as e:
    print('StopIteration', e.value)
g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(g2.send(None))
def fin():
    try:
        yield 1
    finally:
        print('cleanup')
g = fin(); next(g); g.close()
print(g.gi_frame, g.gi_running)
def ignore():
    try:
        yield 1
    except GeneratorExit:
        print('ignoring')
    yield 2
g = ignore(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def ret():
    yield 1
    return 'done'
g = ret(); next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value, e.args)
def deleg():
    r = yield from ret()
    print('got', r)
    r2 = yield from [10, 20]
    print('list r', r2)
    yield from 'ab'
    yield from range(2)
print(list(deleg()))
def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print('inner caught', e)
        yield 'recovered'
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    except ValueError as e:
        print('outer caught', e)
        yield 'outer-rec'
g = outer()
print(next(g), g.throw(KeyError('k1')))
try:
    next(g)
except StopIteration:
    print('stop')
g = outer(); next(g)
print(g.throw(ValueError('v1')))
g = outer(); next(g); g.close()
def gen_fn():
    yield 1
g = gen_fn()
print(g.gi_frame is not None, type(g).__name__, g.__name__, g.__qualname__)
list(g)
print(g.gi_frame)
try:
    g.throw(ValueError)
except ValueError as e:
    print('thrown into exhausted', type(e).__name__)
try:
    g.throw(ValueError('a'), None)
except ValueError as e:
    print(type(e).__name__, e)
try:
    gen_fn().throw(1)
except TypeError as e:
    print(type(e).__name__, e)
def se():
    yield next(iter([]))
try:
    list(se())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def stop_in_genexp():
    raise StopIteration
try:
    print(list(x for x in [1, 2] if stop_in_genexp()))
except RuntimeError as e:
    print(type(e).__name__, e)
print([f() for f in [lambda i=i: i for i in range(3)]])
print([f() for f in (lambda: i for i in range(3))])
fns = list((lambda: i) for i in range(3))
print([f() for f in fns])
class K:
    vals = [1, 2]
    def gen(self):
        yield from self.vals
    doubled = [v * 2 for v in vals]
    g = (v for v in vals)
print(list(K().gen()), K.doubled, list(K.g))
def running():
    yield g.gi_running
g = running()
print(next(g))
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def counter():
    n = 0
    while True:
        got = yield n
        if got is not None:
            n = got
        n += 1
c = counter()
print(next(c), next(c), c.send(10), next(c))
print(sum(x * x for x in range(5)), max((x for x in 'abc'), key=ord), any(x > 3 for x in range(5)))
ge = (x for x in range(3))
print(ge.__name__, ge.__qualname__, iter(ge) is ge, next(ge), list(ge), list(ge))
def lazy():
    print('started')
    yield 1
g = lazy()
print('created')
print(next(g))
def g_finally_return():
    try:
        yield 1
    finally:
        return 'fin'
g = g_finally_return(); next(g)
try:
    g.throw(KeyError('z'))
except StopIteration as e:
    print('swallowed ->', e.value)
def yield_in_expr():
    x = (yield 1) + (yield 2)
    yield x
g = yield_in_expr()
print(next(g), g.send(10), g.send(20))
try:
    (x for x in 1)
except TypeError as e:
    print(type(e).__name__, e)
