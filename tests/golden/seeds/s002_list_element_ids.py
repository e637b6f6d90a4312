# seeds/002_cdfb068491c0d024.txt, "Heap": lst = [1, 2, 3, 257] and the ids of lst, lst[0] and a;
# the notes print addresses, this prints comparisons of the ids
lst = [1, 2, 3, 257]
print(id(lst) != id(lst[0]))
print(hex(id(lst)) == hex(id(lst)))

a = 1
print(id(a) == id(lst[0]), a is lst[0])
print(hex(id(a)) == hex(id(lst[0])))
