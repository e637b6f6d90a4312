# Sorting with key functions.
seed = 42
data = []
for i in range(200000):
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    data.append((seed % 1000, str(seed)))
a = sorted(data)
b = sorted(data, key=lambda t: t[1])
c = sorted(data, key=lambda t: (t[0] % 7, t[1]), reverse=True)
nums = [t[0] for t in data]
nums.sort()
print(a[0], a[-1], b[0], c[0], nums[100000], sum(nums))
