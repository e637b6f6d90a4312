class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError('cleanup failed')
def work():
    with Resource():
        1 / 0
try:
    work()
except OSError as e:
    print('caught', e, 'context', repr(e.__context__))
def finally_raises():
    try:
        raise KeyError('body')
    finally:
        raise ValueError('finally')
finally_raises()
