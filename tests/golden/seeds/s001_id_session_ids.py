# seeds/001_e4e09587b23bd74f.txt, the `>>> x = 30` session with id() (addresses printed in the
# notes): the same session comparing ids instead of printing them
x = 30
y = 30
print(id(x) == id(y))
print(id(y) == id(x))
print(x is y)
