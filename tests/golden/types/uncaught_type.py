def h(seq):
    return sum(seq, '')
h(['a', 'b'])
