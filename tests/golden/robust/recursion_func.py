# Unbounded recursion in Python functions raises RecursionError, the
# program goes on, and the stack is usable again afterwards.
def f(n):
    return f(n + 1)

for attempt in range(3):
    try:
        f(0)
    except RecursionError as e:
        print(attempt, "RecursionError:", e)

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)

class A:
    def __getattr__(self, name):
        return self.missing

try:
    A().x
except RecursionError as e:
    print("__getattr__:", type(e).__name__)

class R:
    def __repr__(self):
        return repr(self)

try:
    repr(R())
except RecursionError as e:
    print("__repr__:", e)

class E:
    def __eq__(self, other):
        return self == other

try:
    E() == E()
except RecursionError as e:
    print("__eq__:", type(e).__name__)

def down(n):
    return 0 if n == 0 else 1 + down(n - 1)

print(down(900))
f2 = lambda n: f2(n)
try:
    f2(1)
except RecursionError as e:
    print("lambda:", e)
