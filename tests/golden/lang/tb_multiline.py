def compute(a,
            b):
    return (a /
            b)
result = compute(
    1,
    0,
)
