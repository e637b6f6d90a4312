# time clocks and sleep, string constants
import time, string

t0 = time.perf_counter()
m0 = time.monotonic_ns()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.009, time.monotonic_ns() > m0)
print(time.time() > 1.6e9, type(time.time_ns()).__name__, time.process_time() >= 0)
for bad in [-1, "x"]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords(" hello   big world "), string.capwords("a,b,c", ","))
