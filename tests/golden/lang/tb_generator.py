def gen():
    yield 1
    yield 2 // 0
def consume():
    for v in gen():
        print(v)
consume()
