# Unicode text: wide strings, case folding, Unicode-aware classes.
import re

text = 'Ünïcödé wörds, ΑΒΓ αβγ, числа ٣٤٥ and 日本語テキスト!'
print(re.findall(r'\w+', text))
print(re.findall(r'\w+', text, re.ASCII))
print(re.findall(r'\d+', text), re.findall(r'\d+', text, re.A))
print(re.findall(r'[α-ω]+', text), re.findall(r'[α-ω]+', text, re.I))
print(re.search(r'ΑΒΓ', 'αβγ', re.I), re.search(r'straße', 'STRASSE', re.I))
print(re.sub(r'ö', 'oe', text))
print(re.split(r'\s+', text))
print([m.span() for m in re.finditer(r'\b\w', text)])
print(re.search(r'(?<=日本)語', text).span(), re.search(r'(?<!α)β', 'αβ β').span())
print(re.findall(r'.', 'a😀b'), re.search(r'\U0001F600', 'xx😀').span())
print(re.fullmatch(r'[^\x00-\x7f]+', 'ñçü'), re.match(r'\s+', '\u2003\u00a0x').span())
print(re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), 'élan vital über'))
print(re.findall(r'(?i)é', 'éÉe'), re.findall(r'[é]', 'éÉ', re.I), re.findall('K', 'kK\u212a', re.I))
print(re.escape('日本.語'), re.search(re.escape('a.b'), 'axb a.b').span())
print(re.match(r'(\w+) (\1)', 'ñu ñu').groups(), re.match(r'(?i)(\w+) \1', 'Ñu ñU').groups())
