x = 1
exec("print(x is 1)")
def later():
    return x is not "s", [1, 2][x, 0] if False else 0
print(later())
