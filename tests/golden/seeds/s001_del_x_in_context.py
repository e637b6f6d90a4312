# seeds/001_e4e09587b23bd74f.txt, `del(x)` after the example it explains: the name goes, the
# object 300 stays reachable through y; x is unbound afterwards
x = 300
y = 300
del(x)
print(y)
print(x)
