# seeds/004_210530994c27c047.txt, "In Immutable situation" (verbatim, prints nothing)
x = 60
y = x
y += 5 # new address because int is immutable
