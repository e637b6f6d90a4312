# Long subjects: deep repetition runs on the matcher's own stack, and
# searches in large texts use the literal-prefix scan.
import re

m = re.match('(a|b)*', 'ab' * 100000)
print(m.span(), m.group(1))
print(re.match('(?:a|b)*c', 'ab' * 100000))
print(re.fullmatch(r'(?:\w+\s?)+', 'word ' * 20000 + 'end').span())
print(len(re.findall(r'\w+', 'hello world ' * 20000)))
s = 'x' * 1000000 + 'needle'
print(re.search('needle', s).span(), re.search('ne+dle', s).span(), re.search('[n]eedle', s).span())
print(len(re.sub(r'\s+', ' ', 'a  b\t\tc\n' * 50000)))
u = 'é' * 100000 + 'zz'
print(re.search('z+', u).span(), len(re.findall('é', u)), len(re.split('é', u)))
print(re.search(r'(x+x+)+y', 'x' * 16))
print(re.match(r'(?:(a)|b){1,3}c', 'abac'), re.match(r'(?:a{2}b){2,}', 'aabaabaab').span())
