# garter-only: AST dump checked against CPython 3.11 ast (see _pydump.py)
# args: --dump-ast
a = 'single'
b = "double" 'concat'
c = """triple
quoted"""
d = b'bytes' b'more'
e = r'raw\n' '\t'
f = f'plain fstring'
g = f'{x}'
h = f'a{x}b{y!r}c{z:>10}d{w!s:{width}.{prec}}'
i = f'{x=}' f'{y = !s}' f'{z=:>5}'
j = 'str ' f'{mixed}' " end"
k = f'{{braces}} {x}'
l = f'{a, b}'
m = f'''multi
{line}'''
n = ''
o = f''
p = 'é' "ü"
