from ._d import dval
cval = 'c'
