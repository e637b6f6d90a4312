class Box:
    def __init__(self):
        self.inner = None
def use(b):
    return b.inner.value
use(Box())
