# Tight integer loop with arithmetic and comparisons.
total = 0
i = 0
while i < 10000000:
    if i % 3 == 0:
        total += i
    i += 1
print(total)
