x = [1, 2, 3]
y = x
y += [4]
print(x, y is x)
n = 5
m = n
m += 1
print(n, m)
a, *b, c = [0, 1, 2, 3, 4, 5]
print(a, b, c)
def f(p, q=2, *args, k=3, **kw):
    return p, q, args, k, kw
print(f(1))
print(f(1, 2, 3, 4, k=5, z=6))
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner
g = outer()
print(g(), g())
print([i * i for i in range(5) if i % 2 == 0])
print({k: k + 1 for k in range(3)})
print((lambda t: t * 2)(21))
total = 0
for i in range(10):
    if i == 7:
        break
    if i % 2:
        continue
    total += i
else:
    print("no")
print(total)
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
print(1 < 2 < 3, 1 < 3 < 2, 0 or "x", 1 and 2)
print(f"{x!r} {n:>4} {3.5}")
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
def fin():
    try:
        return 1
    finally:
        print("finally")
print(fin())
len = 5
print(len)
del len
print(len([1]))
assert True
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)
