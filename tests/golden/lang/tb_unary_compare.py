def check(a, b):
    if a < b:
        return -a
    return 0
print(check(1, 2))
check(1, 'two')
