# seeds/002_cdfb068491c0d024.txt, "Heap": x = 1, y = 1 and their ids; the notes print addresses,
# this prints comparisons of the ids
x = 1
y = 1
print(id(x) == id(y))
print(hex(id(x)) == hex(id(y)))
print(hex(id(x)) == hex(id(x)))
print(hex(id(x))[:2], int(hex(id(x)), 16) == id(x))
