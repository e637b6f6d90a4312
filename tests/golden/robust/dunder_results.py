# Dunder methods returning the wrong kind of value, or mutating the
# container being looked up: TypeError/ValueError with CPython's messages.
armed = False
d = {}
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if armed:
            d.clear()
        return self.v == other.v
for i in range(8):
    d[K(i)] = i
armed = True
print(K(99) in d, len(d))
armed = False
for i in range(8):
    d[K(i)] = i
armed = True
d[K(100)] = 1
print(len(d))
class H:
    def __hash__(self):
        return "x"
try:
    hash(H())
except TypeError as e:
    print(e)
try:
    {H(): 1}
except TypeError as e:
    print(e)
try:
    {H()}
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
class L:
    def __len__(self):
        return -1
try:
    len(L())
except ValueError as e:
    print(e)
try:
    bool(L())
except ValueError as e:
    print(e)
class L2:
    def __len__(self):
        return 2**100
try:
    len(L2())
except OverflowError as e:
    print(e)
class L3:
    def __len__(self):
        return "3"
try:
    len(L3())
except TypeError as e:
    print(e)
class B:
    def __bool__(self):
        return 1
try:
    bool(B())
except TypeError as e:
    print(e)
class I:
    def __index__(self):
        return 1.5
try:
    [1, 2][I()]
except TypeError as e:
    print(e)
class R:
    def __repr__(self):
        return 5
try:
    repr(R())
except TypeError as e:
    print(e)
class S:
    def __str__(self):
        return None
try:
    str(S())
except TypeError as e:
    print(e)
class It:
    def __iter__(self):
        return 5
try:
    iter(It())
except TypeError as e:
    print(e)
class N:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(N()))
class Int:
    def __int__(self):
        return "1"
try:
    int(Int())
except TypeError as e:
    print(e)
class F:
    def __float__(self):
        return 1
try:
    float(F())
except TypeError as e:
    print(e)
