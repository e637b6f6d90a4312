# Exceptions raised and caught in a loop.
def risky(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i

caught = 0
total = 0
for i in range(1600000):
    try:
        total += risky(i)
    except ValueError as e:
        caught += 1
    except KeyError:
        caught += 2
    finally:
        total += 1
print(caught, total)
