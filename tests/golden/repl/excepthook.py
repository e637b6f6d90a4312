# sys.excepthook is called for an uncaught exception and can be replaced
import sys
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
print('sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names,
      list(sys.builtin_module_names) == sorted(sys.builtin_module_names))
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is v.__traceback__)
sys.excepthook = hook
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print(e)
1 / 0
