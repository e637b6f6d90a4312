# seeds/002_cdfb068491c0d024.txt, "Heap" first block (verbatim): prints addresses, not compared
x = 1
y = 1
print(id(x))    # 140710407579424
print(hex(id(x)))   # '0x7ff9b1dc2720'

print(hex(id(y)))   # '0x7ff9b1dc2720', same as x
