"""A helper module for the import tests."""
print('loading _mod as', __name__)
counter = 0
value = 42
_private = 'hidden'


def bump():
    global counter
    counter += 1
    return counter
