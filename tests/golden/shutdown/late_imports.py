# at finalization builtins gets back its original contents (what the
# program stored there dies first) and importing a module that is not in
# sys.modules fails with CPython's ImportError
import builtins


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        try:
            import json
            print(self.name, "imported json")
        except ImportError as e:
            print(self.name, "-", type(e).__name__ + ":", e)


builtins.kept = Noisy("stored in builtins")
g = Noisy("global")
print(kept.name)
print("end of program")
