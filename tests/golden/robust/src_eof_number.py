# The file ends inside a number.
x = 0x