# The itertools module.
from itertools import *
import itertools
c = count(5)
print(next(c), next(c), repr(c), repr(count(1, 2)), repr(count(2.5)))
print(list(islice(count(), 3)), list(islice(count(10, -2), 4)))
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(repeat('x', 3)), repr(repeat(1)), repr(repeat(1, 2)), list(zip(range(2), repeat(0))))
print(list(chain('ab', [1], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)),
      list(islice('abcdefg', 0, None, 2)), list(islice('abc', 5, 9)))
try:
    islice('abc', -1)
except ValueError as e:
    print(e)
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
print(list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)), list(product()))
print(list(permutations('abc', 2)), len(list(permutations(range(4)))))
print(list(combinations('abcd', 2)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)),
      list(accumulate([1, 2], initial=10)), list(accumulate([])))
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(groupby('aabb'))
print([(k, list(g)) for k, g in groups])
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])),
      list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, '', 'a'])),
      list(filterfalse(lambda x: x % 2, range(6))))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(pairwise('abcd')), list(pairwise('a')))
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter('xyz'), 3)
print(next(a), next(a), list(b), list(a), list(c))
print(tee('ab', 0))
print(sum(1 for _ in permutations(range(5))), list(product('ab', 'cd', repeat=1))[-1])
