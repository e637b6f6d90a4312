# Generators: pipelines of generator functions and expressions.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

total = 0
for v in evens(squares(count(4000000))):
    total += v
total += sum(x for x in range(4000000) if x & 1)
print(total)
