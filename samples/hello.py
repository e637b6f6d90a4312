# A first tour: names, references and the objects they point at.
def greet(name, punctuation="!"):
    return "Hello, " + name + punctuation

names = ["world", "garter", "Python"]
for n in names:
    print(greet(n))

x = [6, 5, 8]
y = x            # a second name for the same list
y += [4]         # lists are mutable: x sees the change
print(x, x is y)

a = 60
b = a
b += 5           # ints are immutable: b now names a new object
print(a, b, a is b)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])
