# List, dict and set comprehensions.
total = 0
for r in range(400):
    sq = [x * x for x in range(20000)]
    d = {x: x % 17 for x in range(5000)}
    s = {x % 1000 for x in sq}
    total += len(sq) + sum(d.values()) + len(s) + sq[-1]
print(total)
