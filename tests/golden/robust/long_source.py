# Extremely long lines and huge literals through exec().
src = "x = " + " + ".join(["1"] * 2000) + "\nprint(x)\n"
exec(src)
s = "y = '" + "a" * 1000000 + "'\nprint(len(y))\n"
exec(s)
big = "z = [" + ",".join(["0"] * 1000000) + "]\nprint(len(z), sum(z))\n"
exec(big)
d = "w = {" + ",".join("%d: %d" % (i, i) for i in range(100000)) + "}\nprint(len(w))\n"
exec(d)
name = "v" * 100000
exec(name + " = 5\nprint(len(dir()) > 0)\n")
print(eval("(" * 100 + "1" + ")" * 100))
