# seeds/004_210530994c27c047.txt, "In Immutable situation" with the claims printed: y += 5 binds y to
# a new object, x is untouched; `y = x + 5` does the same
x = 60
y = x
print(y is x)
y += 5 # new address because int is immutable
print(x, y, y is x)
y = x + 5
print(x, y, y is x)
