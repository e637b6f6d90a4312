# seeds/001_e4e09587b23bd74f.txt, the `>>> x = 30` session as a script (verbatim
# statements): prints addresses, so it is not compared
x = 30
y = 30
print(id(x))
print(id(y))
print(x is y)
