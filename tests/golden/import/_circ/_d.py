from ._c import cval
dval = 'd'
