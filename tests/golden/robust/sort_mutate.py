# A list mutated or emptied by its own sort key or comparison.
l = list(range(100))
def key(x):
    l.clear()
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e)
print(len(l))
l = list(range(10))
def key2(x):
    l.append(x)
    return x
try:
    l.sort(key=key2)
except ValueError as e:
    print(e)
class Bad:
    def __lt__(self, other):
        del l[:]
        return True
l = [Bad() for i in range(10)]
try:
    l.sort()
except ValueError as e:
    print(e)
print(len(l))
def cmp_raise(x):
    raise KeyError(x)
try:
    sorted([3, 1, 2], key=cmp_raise)
except KeyError as e:
    print("key raised", e)
