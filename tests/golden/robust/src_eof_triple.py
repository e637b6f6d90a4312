# The file ends inside a triple-quoted string.
print(1)
x = """abc
