# seeds/004_210530994c27c047.txt, "Deep copy" on its own (verbatim): a and copy come from the
# previous cell, so a fresh program stops with NameError
c = copy.deepcopy(a)
c[0].append(6)
print(a)  # [[1, 2, 5], [3, 4]] – original unchanged
