# A generator that resumes itself: "generator already executing".
def g():
    yield from gen
gen = g()
try:
    next(gen)
except ValueError as e:
    print(e)
def h():
    yield next(hg)
hg = h()
try:
    next(hg)
except ValueError as e:
    print(e)
