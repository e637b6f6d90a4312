def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
def g():
    try:
        f()
    except ValueError:
        x = {}["missing"]
g()
