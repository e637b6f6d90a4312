# Mutable vs immutable objects and augmented assignment.
x = 60
y = x
y += 5                      # int is immutable: y now names a new object
print(x, y, x is y)

x = [1, 2, 3]
y = x
y += [4]                    # list is mutable: modified in place
print(x, y, x is y)

t = (1, 2)
u = t
u += (3,)                   # tuple is immutable: a new tuple
print(t, u, t is u)
