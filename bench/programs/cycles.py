# Reference cycles made and dropped in a loop: work for the cycle collector.
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None

made = 0
for i in range(800000):
    a = Node(i)
    b = Node(i + 1)
    a.peer = b
    b.peer = a
    d = {"self": None}
    d["self"] = d
    made += a.value + b.value
gc.collect()
print(made)
