# Shallow vs deep copy.
import copy

a = [[1, 2], [3, 4]]
b = copy.copy(a)            # new outer list, shared inner lists
b.append(6)
print(a)                    # [[1, 2], [3, 4]]
b[0].append(5)
print(a)                    # [[1, 2, 5], [3, 4]]: nested list shared

c = copy.deepcopy(a)        # everything copied
c[0].append(6)
print(a)                    # [[1, 2, 5], [3, 4]]: original unchanged
print(c)
