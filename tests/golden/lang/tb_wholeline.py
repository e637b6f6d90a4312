def f():
    raise ValueError('whole line, no carets')
def g():
    f()
g()
