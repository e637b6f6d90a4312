x = f(a b
