# The json module: output byte-identical to CPython's, its error messages.
import json
data = {'name': 'garter', 'n': [1, 2.5, -3e-7, 1e22, True, False, None], 'nested': {'k': []},
        'esc': 'quote" back\\ nl\n tab\t ctl\x01 é ☃ 𝄞', 'e': {}, 't': (1, 2)}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, {'a': [3]}]], indent='\t'))
print(json.dumps({'a': 1, 'b': 2}, separators=(',', ':')), json.dumps([1, 2], indent=0))
print(json.dumps({1: 'int', 2.5: 'float', True: 't', None: 'n'}))
print(json.dumps(float('nan')), json.dumps([float('inf'), -float('inf')]), json.dumps(0.1 + 0.2))
print(json.dumps('plain'), json.dumps(10 ** 30), json.dumps(-0.0), json.dumps(1.0))
class Thing:
    pass
print(json.dumps({'t': Thing()}, default=lambda o: 'THING'))
for bad in [Thing(), {(1, 2): 3}, float('nan')]:
    try:
        json.dumps(bad, allow_nan=False)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
text = json.dumps(data)
back = json.loads(text)
print(back == dict(data, t=[1, 2]), back['esc'] == data['esc'])
print(json.loads('[1, 2.0, -3, 1e3, "a\\u00e9\\ud834\\udd1e", {"x": null}, true, false]'))
print(json.loads(' {"a" : [ ] , "b":{}} '), json.loads('"\\/\\b\\f"'), json.loads('NaN'))
print(json.loads('{"a": 1, "a": 2}'), json.loads(b'[1]'), json.loads('12'), json.loads('-0'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"v": 1.5}', parse_float=str, object_hook=lambda d: sorted(d.items())))
for bad in ['', '   ', '[', '[1,]', '{"a" 1}', '{"a": 1,}', '{a: 1}', '[1 2]', '"abc',
            '"\\x"', '"\\u12"', 'nul', '1 2', '[1,\n  ]', '{"a":', '"ctl\x01"', '-', '01']:
    try:
        json.loads(bad)
        print('no error for', repr(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(e)
