# objects in reference cycles with __del__ are finalized at exit by the
# collections of the shutdown sequence; garbage cycles made during the run
# go first
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)


def make_garbage():
    x = Node("garbage x")
    y = Node("garbage y")
    x.other = y
    y.other = x


first = Node("global")
make_garbage()
selfref = Node("self-referencing")
selfref.other = selfref
print("end of program")
