# A SyntaxError subclass raised and not caught prints its own class name
# under the File/text/caret lines.
class MyError(SyntaxError):
    pass


try:
    raise SyntaxError("m", ("f.py", 1, 2, "abc\n", 1, 3))
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
raise MyError("bad thing", ("f.py", 3, 2, "    abcdef\n", 3, 5))
