x = 5
print(x is 5, x is 6)
print(x is -1, x is (), x is [], x is (1, x), x is 1+1, x is None, None is x, 5 is x, x is ...)
print(x is "a" is x)
for i in range(2):
    print(x is 7)
y = (1, 2)(3)
z = [1]["a"]
w = None[0]
v = {1}[0]
u = "abc"[1.5]
t = (1,)[1:2]
s = [1, 2][0]
r = f"x"[0]
q = (lambda: 1)[0]
p = 5(1)
o = "x"(1)
assert ()
assert (x, "m")
