"""A small module.

It has a class and a function."""
LIMIT = 10
class Box:
    "Holds a value."
    def get(self):
        "Return it."
        return 1
def twice(x, n=2):
    "Twice x."
    return x * n
