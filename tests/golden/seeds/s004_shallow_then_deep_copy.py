# seeds/004_210530994c27c047.txt, "Shallow copy" followed by "Deep copy", as the notebook runs them
import copy

a = [[1, 2], [3, 4]]
b = copy.copy(a)  # only share nested reference not the outer
b.append(6) 
print(a) # [[1,2], [3,4]] doesnt effect anything
b[0].append(5)
print(a)  # [[1, 2, 5], [3, 4]] – nested list modified
c = copy.deepcopy(a)
c[0].append(6)
print(a)  # [[1, 2, 5], [3, 4]] – original unchanged
print(c, c[0] is a[0], b[0] is a[0])
