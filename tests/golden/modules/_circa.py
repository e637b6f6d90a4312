import _circb
A = 'a'
def use(): return _circb.B
