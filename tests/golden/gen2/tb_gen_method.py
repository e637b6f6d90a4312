class Reader:
    def __init__(self, items): self.items = items
    def rows(self):
        for i in self.items:
            yield self.parse(i)
    def parse(self, x):
        return int(x)
r = Reader(['1', '2', 'x'])
total = 0
for v in r.rows():
    total += v
    print(v)
