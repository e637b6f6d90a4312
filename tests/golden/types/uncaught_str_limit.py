x = 10 ** 5000
print(len(str(x // 10 ** 1000)))
str(x)
