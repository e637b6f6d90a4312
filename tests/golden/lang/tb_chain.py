def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('could not parse ' + repr(s)) from e
def load():
    try:
        {}['missing']
    except KeyError:
        parse('x')
load()
