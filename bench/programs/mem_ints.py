# Memory: 1,000,000 small ints in a list and a 200,000-entry str->int dict.
ints = [i * 3 for i in range(1000000)]
d = {}
for i in range(200000):
    d["key%d" % i] = i
print(len(ints), sum(ints) % 1000003, len(d))
