# seeds/002_cdfb068491c0d024.txt, "Heap" second block (verbatim): prints addresses, not compared
lst = [1, 2, 3, 257]
print(hex(id(lst))) # '0x236330edf88'
print(id(lst[0]))   # '0x7ffdf176a190'

a = 1
print(hex(id(a)))   # '0x7ffdf176a190', same as lst[0]
