# An exception leaving a generator: the traceback shows the consumer's
# line, then the generator's frame.

def numbers():
    yield 1
    yield 2
    raise ValueError("bad number")

def consume():
    total = 0
    for n in numbers():
        total += n
    return total

print("start")
consume()
