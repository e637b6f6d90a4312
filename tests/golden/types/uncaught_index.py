xs = [1, 2, 3]
print(xs[-1])
def g():
    return 'abc'[xs[0] * 10]
g()
