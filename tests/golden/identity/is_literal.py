# The "is" with a literal warning is decided after constant folding, as in
# CPython 3.11: operations left to run time do not warn.
x = 5
print(x is 2**200, x is '%d' % 1, x is 'a' * 5000, x is (1 << 200), x is (x, 1))
print(x is -5)
print(x is (1, 2))
print(x is (1, 2)[0])
print(x is -True)
print(x is 'ab' * 3)
print(x is f'ab', f'ab' + 'c' is 'abc')
print(not x is 5)
print(x is not (not 1), x is None, x is ...)
