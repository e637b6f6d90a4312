# a generator suspended inside try/finally at module level is closed at
# exit: its finally block runs (and may still print)
def counter(name):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("finally of", name)


g = counter("g")
print(next(g), next(g))
h = counter("h")
print(next(h))
never_started = counter("never started")
print("end of program")
