# An exception while handling a sent value.
def parser():
    while True:
        line = yield
        key, value = line.split("=")
        print(key, "->", value)

p = parser()
next(p)
p.send("a=1")
p.send("no equals sign")
