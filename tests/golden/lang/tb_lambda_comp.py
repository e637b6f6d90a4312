items = [1, 2, 0, 4]
inv = lambda v: 1 / v
print([inv(v) for v in items])
