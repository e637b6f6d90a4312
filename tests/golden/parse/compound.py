# garter-only: AST dump checked against CPython 3.11 ast (see _pydump.py)
# args: --dump-ast
if a:
    pass
elif b:
    x = 1
elif c: y = 2
else:
    z = 3
while x < 10:
    x += 1
    if x == 5: break
    continue
else:
    done = True
for i in range(10): print(i)
for k, v in d.items():
    pass
else:
    pass
for (a, b), *c in pairs: pass
try:
    risky()
except ValueError:
    handle()
except (TypeError, KeyError) as e:
    handle(e)
except:
    raise
else:
    ok()
finally:
    cleanup()
try:
    pass
finally:
    pass
with open(f) as fh:
    data = fh.read()
with a, b as (c, d), e.f() as g.h:
    pass
with (open(a) as f, open(b) as g,):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
while True:
    x = 1; y = 2;
