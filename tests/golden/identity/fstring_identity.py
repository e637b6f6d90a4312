# f-strings of one part are that part: the same object for a str, a new str from formatting, as CPython
x = 5
a = f'{x}'; b = f'{x}'
print(a is b, f'{5}' is f'{5}', f'abc' is f'abc', f'{"q"}' is f'{"q"}')
s = "word"
print(f'{s}' is s, f'{s!s}' is s, f'{s:}' is s, f'{s:>2}' is s)
class S(str): pass
t = S("sub")
print(type(f'{t}').__name__, f'{t}' is t)
print(f'{x}', f'{x!r}', f'{3.5}', f'{None}', f'{[1]}')
