# User exception classes: custom __init__/__str__, hierarchy, uncaught
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f'missing {self.key!r}'
try:
    raise NotFound('k')
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, isinstance(e, Exception), repr(e))
class WithArgs(ValueError):
    def __init__(self, a, b):
        super().__init__(a, b)
try: raise WithArgs(1, 2)
except ValueError as e: print(e, e.args)
def g():
    raise NotFound('deep')
g()
