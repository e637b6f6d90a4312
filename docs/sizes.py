# sizes.py — sys.getsizeof of common objects, one "name size" line each.
# Run it under garter and under python3 to compare (docs/memory.md).
import sys


class C:
    def __init__(self):
        self.a = 1


big = list(range(1000000))
rows = [
    ("int 0", 0),
    ("int 2**30", 2 ** 30),
    ("int 2**100", 2 ** 100),
    ("bool True", True),
    ("float 1.5", 1.5),
    ("str ''", ""),
    ("str 'hello'", "hello"),
    ("str 'é'", "é"),
    ("bytes b''", b""),
    ("list []", []),
    ("list [1, 2, 3]", [1, 2, 3]),
    ("list 1M", big),
    ("tuple ()", ()),
    ("tuple 1M", tuple(big)),
    ("dict {}", {}),
    ("dict 1M", dict.fromkeys(big)),
    ("set()", set()),
    ("set 1M", set(big)),
    ("instance", C()),
    ("instance __dict__", C().__dict__),
    ("None", None),
]
for name, obj in rows:
    print("%-22s %d" % (name, sys.getsizeof(obj)))
