# Very deep nesting in source: CPython's limits, SyntaxError/IndentationError
# from compile(), never a crash.
def check(src, name):
    try:
        compile(src, name, "exec")
        print(name, "compiled")
    except SyntaxError as e:
        print(name, type(e).__name__, e.msg)

check("x = " + "(" * 10000 + "1" + ")" * 10000, "parens")
check("x = " + "(" * 200 + "1" + ")" * 200, "parens200")
src = ""
for i in range(500):
    src += " " * i + "if x:\n"
src += " " * 500 + "pass\n"
check(src, "blocks")
src = ""
for i in range(90):
    src += " " * i + "if x:\n"
src += " " * 90 + "pass\n"
check(src, "blocks90")
check("x = " + "[" * 300 + "]" * 300, "lists")
check("x = " + "{" * 300 + "}" * 300, "dicts")
check("x = " + "-" * 500 + "1", "unary500")
check("x = " + "not " * 500 + "1", "not500")
check("x = " + "1 if 1 else " * 200 + "1", "ternary")
check("f" + "()" * 5000, "calls")
check("x" + ".a" * 5000, "attrs")
check("x" + "[0]" * 5000, "subscripts")
