import _circa
B = 'b'
def partial(): return getattr(_circa, 'A', 'not yet')
early = partial()
