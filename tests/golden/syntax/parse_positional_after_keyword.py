f(a=1, bcd, c)
