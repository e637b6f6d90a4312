# garter-only: AST dump checked against CPython 3.11 ast (see _pydump.py)
# args: --dump-ast
x = -2 ** 2
x = not a == b
x = a or b or c and d and not e
x = (a or b) or c
x = a < b <= c == d != e > f >= g is h is not i in j not in k
x = (a < b) < c
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = ~a + -b * +c
x = a ** -b ** c
x = a if b else c if d else e
x = (y := 10) + y
x = f(a)(b)[c].d
x = f(a, *b, c=1, **d)
x = f(a, *b, *c, d=1, **e, **f)
x = f(x for x in y)
x = f((x for x in y), 1)
x = o.m(1,)
x = a[1], a[1:2], a[:], a[::], a[1:2:3], a[::2], a[:, 1], a[1:2, ::3], a[x, y]
x = a[i := 0]
x = a[*b]
x = (), (1,), (1, 2), [], [1], [1, 2,], {}, {1: 2}, {1: 2, **d, 3: 4}, {1}, {1, *s}
x = [i for i in range(3)]
x = [i * j for i in a if i for j in b if j if i > j]
x = {i for i in a}
x = {k: v for k, v in d.items() if v}
x = (i for i in a)
x = [*a, *b]
x = ...
x = None, True, False
x = 1, 1.5, 1e3, 0x1F, 0o17, 0b101, 1_000, 1.5e-3
x = *a, *b
print(*args, sep="", end="\n")
