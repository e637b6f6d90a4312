class E(Exception):
    def __str__(self):
        return 'custom text'
def go():
    raise E('ignored')
try:
    go()
except E as e:
    print(str(e), repr(e))
class Broken(Exception):
    def __str__(self):
        raise ValueError('bad str')
try:
    raise Broken()
except Broken as e:
    print(type(e).__name__)
raise Broken(1)
