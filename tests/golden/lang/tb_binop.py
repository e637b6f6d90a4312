def inner(a, b):
    return a + b * 2
def middle(x):
    y = [x,
         x]
    return inner(x, y[0]) - 1
def outer():
    return middle('s')
outer()
