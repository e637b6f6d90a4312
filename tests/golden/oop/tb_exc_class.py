class MyError(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
class Inner:
    class Nested(ValueError):
        pass
class Obj:
    def method(self, x):
        return self.helper(x)
    def helper(self, x):
        if x > 1:
            raise Inner.Nested('nested', x)
        raise MyError(x)
try:
    Obj().method(1)
except MyError as e:
    print(type(e).__name__, e, e.code, e.args)
try:
    Obj().method(2)
except ValueError as e:
    print(type(e).__name__, e, type(e).__qualname__, type(e).__module__)
Obj().method(0)
