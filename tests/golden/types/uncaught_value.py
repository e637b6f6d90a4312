print(int('12'))
n = int('12a', 16)
print(n)
float('x1')
