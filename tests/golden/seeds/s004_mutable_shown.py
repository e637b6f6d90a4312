# seeds/004_210530994c27c047.txt, "In Mutable situation" with the claims printed: y += [4] extends
# the list in place, x and y stay one object
x = [1,2,3]
y = x
before = id(y)
y += [4] # still the same address even got modify
print(x, y, x is y, id(y) == before)
y = y + [5]
print(x, y, x is y)
