# seeds/004_210530994c27c047.txt, "In Mutable situation" (verbatim, prints nothing)
x = [1,2,3]
y = x
y += [4] # still the same address even got modify
