# The file ends inside brackets.
print(1)
x = (1,
