# Names -> references -> objects: a name is a label, not a box.
x = 300
y = x
print(x is y)               # two names, one object
print(id(x) == id(y))

x = 30
y = 30
print(x is y)               # small ints -5..256 are interned: True

lst = [1, 2, 3, 257]
a = 1
print(id(lst[0]) == id(a))  # the list holds a reference to the shared 1

x = 50
y = x
print(f"object({y}) is the same as object({x}): {id(y) == id(x)}")
