# Repetition counts and sizes past what an index can hold: OverflowError with
# CPython's message, or MemoryError, never a wrapped size.
try:
    [0] * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    [0] * (2**64)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    (1,) * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    list(range(2**62))
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    tuple(range(2**62))
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
for seq in ('ab', b'ab', (1,), [1]):
    for n in (2**63, -(2**63) - 1, 2**100):
        try:
            seq * n
        except (MemoryError, OverflowError) as e:
            print(type(seq).__name__, type(e).__name__, e)
        try:
            n * seq
        except (MemoryError, OverflowError) as e:
            print(type(seq).__name__, type(e).__name__, e)
    print(type(seq).__name__, seq * -(2**62), seq * 0)
x = [1, 2]
try:
    x *= 2**62
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e, x)
try:
    range(2**64)[2**63]
except (IndexError, OverflowError) as e:
    print(type(e).__name__, e)
print(len(range(2**62)))
try:
    len(range(2**64))
except OverflowError as e:
    print(e)
print("done")
