# A traceback through a chain of yield from and a generator expression.

def leaf(n):
    yield n
    yield 10 // n

def middle(n):
    yield from leaf(n)

def top():
    yield from middle(0)

print(sum(x for x in top()))
