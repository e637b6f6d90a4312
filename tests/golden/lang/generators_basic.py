def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)), sum(count_up(5)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
def with_return():
    yield 1
    return 'result'
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('returned', e.value)
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            return received
        received.append(v)
g = echo()
print(next(g), g.send('a'), g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print('final', e.value)
def delegating():
    r = yield from with_return()
    yield 'got ' + r
print(list(delegating()))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
g = gen_finally()
print(next(g))
g.close()
print('closed')
g = gen_finally()
print(list(g))
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield 'handled ' + str(e)
g = thrower()
next(g)
print(g.throw(ValueError('boom')))
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
g = count_up(1)
t(lambda: g.send(5))
t(lambda: next(count_up(0)))
def running():
    yield gen_ref.send(None) if False else next(gen_ref)
gen_ref = running()
t(lambda: next(gen_ref))
def stop_inside():
    yield 1
    raise StopIteration('x')
t(lambda: list(stop_inside()))
print(type(count_up).__name__, type(count_up(1)).__name__, count_up(1).__name__, count_up(1).__qualname__)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(list(zip(count_up(3), 'abc')), dict(enumerate(count_up(2))))
gen = (x for x in range(3))
print(iter(gen) is gen, list(gen), list(gen))
def empty():
    return
    yield
print(list(empty()))
