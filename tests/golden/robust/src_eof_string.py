# The file ends inside a string literal.
print(1)
x = "abc