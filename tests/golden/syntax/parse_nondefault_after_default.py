def f(a=1, bc): pass
