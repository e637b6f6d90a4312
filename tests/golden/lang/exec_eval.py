# exec, eval and compile
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(eval('1 + 2 * 3'), eval('  (lambda v: v * 2)(21)'), eval('x', {'x': 'from globals'}))
print(eval('x + y', {'x': 1}, {'y': 2}), eval('[i * i for i in range(4)]'))
g = {'base': 10}
exec('def f(v):\n    return v + base\nresult = f(5)', g)
print(g['result'], g['f'](1), sorted(k for k in g if k != '__builtins__'))
print('__builtins__' in g)
loc = {}
exec('a = 1\nb = a + 1', {}, loc)
print(loc)
g2 = {}
l2 = {'shadow': 'local'}
exec('shadow2 = shadow\nglobal gg\ngg = 5', g2, l2)
print(l2['shadow2'], g2['gg'], 'gg' in l2)
# functions defined in exec with separate locals can't see those locals
g3, l3 = {}, {}
exec('v = 1\ndef get():\n    return v\n', g3, l3)
try:
    l3['get']()
except NameError as e:
    print(type(e).__name__, e)
# exec at module level writes module globals
exec('from_exec = 42')
print(from_exec)
# default namespaces inside a function: reads see the locals
def inner():
    q = 7
    return eval('q * 2'), eval('len([q])')
print(inner())
code = compile('total = 0\nfor i in range(5):\n    total += i\n', '<loop>', 'exec')
ns = {}
exec(code, ns)
print(ns['total'], type(code).__name__)
ecode = compile('3 ** 3', '<e>', 'eval')
print(eval(ecode), eval(ecode, {}), exec(ecode))
print(exec('1 + 1'), eval(compile('z = 1', '', 'exec'), {}))
t(lambda: eval(''))
t(lambda: eval('x +* 1'))
t(lambda: eval('1 +'))
t(lambda: exec('def f(:'))
t(lambda: exec('  indented'))
t(lambda: compile('a b', '<named>', 'exec'))
t(lambda: compile('1', '<f>', 'bogus'))
t(lambda: exec(1))
t(lambda: eval(1))
t(lambda: compile(1, '', 'exec'))
t(lambda: exec('x', 1))
t(lambda: eval('x', 1))
t(lambda: eval('x', {}, 1))
t(lambda: exec('x', {}, 1))
t(lambda: exec())
t(lambda: eval())
t(lambda: compile('1', ''))
t(lambda: eval('undefined_thing'))
t(lambda: exec('raise KeyError("k")'))
t(lambda: eval('1/0'))
t(lambda: exec(b'bx = 1'))
t(lambda: eval(b'2 + 2'))
t(lambda: eval('1 if True else 2\n'))
try:
    compile('x = (1,\n', '<src>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
try:
    compile('def f():\n  return 1\n    x = 2\n', '<ind>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, repr(e.text))
try:
    exec('nonlocal q')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
# exec'd code's tracebacks name <string>
import sys
try:
    exec('def boom():\n    return 1 / 0\nboom()')
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print('frames', n)
exec('print("printed from exec")')
eval('print("printed from eval")')
exec('raise ValueError("uncaught from exec")')
