def a(x):
    return b(x) + 1
def b(y):
    return [1][y]
try:
    a(5)
except IndexError:
    raise KeyError("k") from None
