a = [1]
a.append(a)
d = {'k': a}
d['d'] = d
print(a, d)
s = set()
s.add(frozenset([1]))
print(s)
{}.pop('nope')
