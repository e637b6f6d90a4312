#!/usr/bin/env python3
"""tests/fuzz/generators.py — differential test of generator bodies: writes
random generator functions (yield, yield from and assignments from them,
nested in if/while/for/try/with, with break/continue/return/raise), drives
each with random next/send/throw/close calls, and compares what garter
prints with what python3 prints.

  tests/fuzz/generators.py [--garter PATH] [--count N] [--seed S] [--keep DIR]
"""
import argparse, os, random, subprocess, sys, tempfile

def gen_program(seed):
    R = random.Random(seed)
    lines = []
    def stmt(depth, ind, inloop):
        pad = '    ' * ind
        k = R.random()
        if depth > 3 or k < 0.35:
            c = R.randrange(9)
            if c == 0: lines.append(pad + 'yield ("y", %d, n)' % R.randrange(100))
            elif c == 1: lines.append(pad + 'x = yield n'); lines.append(pad + 'log("sent", x)')
            elif c == 2: lines.append(pad + 'n += 1')
            elif c == 3 and inloop: lines.append(pad + R.choice(['break', 'continue']))
            elif c == 4: lines.append(pad + 'if n %% %d == 0: raise ValueError(n)' % R.randrange(2, 5))
            elif c == 5: lines.append(pad + 'r = yield from sub(%d)' % R.randrange(3)); lines.append(pad + 'log("sub", r)')
            elif c == 6: lines.append(pad + 'if n > %d: return n' % R.randrange(5, 30))
            elif c == 7: lines.append(pad + 'log("exc", repr(sys.exc_info()[1]))')
            else: lines.append(pad + 'n += 2')
            return
        c = R.randrange(6)
        if c == 0:
            lines.append(pad + 'if n %% 2 == %d:' % R.randrange(2)); block(depth, ind + 1, inloop)
            if R.random() < 0.5: lines.append(pad + 'else:'); block(depth, ind + 1, inloop)
        elif c == 1:
            lines.append(pad + 'for i%d in range(%d):' % (depth, R.randrange(4))); block(depth, ind + 1, True)
            if R.random() < 0.3: lines.append(pad + 'else:'); lines.append(pad + '    log("for else")')
        elif c == 2:
            lines.append(pad + 'for c%d in %r:' % (depth, 'ab'[:R.randrange(3)])); block(depth, ind + 1, True)
        elif c == 3:
            lines.append(pad + 'k%d = 0' % depth)
            lines.append(pad + 'while k%d < %d:' % (depth, R.randrange(4)))
            lines.append(pad + '    k%d += 1' % depth); block(depth, ind + 1, True)
        elif c == 4:
            lines.append(pad + 'try:'); block(depth, ind + 1, inloop)
            has_exc = R.random() < 0.7
            if has_exc:
                lines.append(pad + 'except %s as e%d:' % (R.choice(['ValueError', 'KeyError', 'Exception']), depth))
                lines.append(pad + '    log("caught", repr(e%d))' % depth); block(depth, ind + 1, inloop)
                if R.random() < 0.3: lines.append(pad + 'else:'); block(depth, ind + 1, inloop)
            if R.random() < 0.6 or not has_exc:
                lines.append(pad + 'finally:'); lines.append(pad + '    log("finally", n)'); 
                if R.random() < 0.5: block(depth, ind + 1, False)
        else:
            lines.append(pad + 'with CM(%d) as cm%d:' % (R.randrange(3), depth)); block(depth, ind + 1, inloop)
    def block(depth, ind, inloop):
        for _ in range(R.randrange(1, 4)): stmt(depth + 1, ind, inloop)
    lines.append('def g(n):')
    block(0, 1, False)
    lines.append('    yield "end"')
    body = '\n'.join(lines)
    drive = []
    for _ in range(R.randrange(3, 12)):
        op = R.random()
        if op < 0.6: drive.append('step(lambda: next(G))')
        elif op < 0.75: drive.append('step(lambda: G.send(%d))' % R.randrange(10))
        elif op < 0.9: drive.append('step(lambda: G.throw(%s(%d)))' % (R.choice(['ValueError', 'KeyError', 'IndexError']), R.randrange(10)))
        else: drive.append('step(lambda: G.close())')
    return PRE + body + '\n' + 'G = g(%d)\n' % R.randrange(5) + '\n'.join(drive) + '\nprint(list(G) if G.gi_frame else "done")\n'
PRE = '''import sys
def log(*a): print(*a)
class CM:
    def __init__(self, k): self.k = k
    def __enter__(self): log("enter", self.k); return self.k
    def __exit__(self, t, v, tb): log("exit", self.k, t.__name__ if t else None); return self.k == 2
def sub(k):
    for j in range(k):
        got = yield ("sub", j)
        log("sub got", got)
    return k
def step(fn):
    try:
        print("->", fn())
    except StopIteration as e:
        print("stop", e.value)
    except Exception as e:
        print("raised", type(e).__name__, e)
'''


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument('--garter', default=os.path.join(here, '..', '..', 'garter'))
    ap.add_argument('--python', default='python3')
    ap.add_argument('--count', type=int, default=300)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--keep', help='folder for the programs that differ')
    a = ap.parse_args()
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(a.seed, a.seed + a.count):
            path = os.path.join(tmp, 'g%d.py' % seed)
            with open(path, 'w') as f:
                f.write(gen_program(seed))
            want = subprocess.run([a.python, path], capture_output=True, timeout=60)
            got = subprocess.run([a.garter, path], capture_output=True, timeout=60)
            if (want.stdout, want.stderr, want.returncode) != (got.stdout, got.stderr, got.returncode):
                bad += 1
                print('differs: seed %d' % seed)
                if a.keep:
                    os.makedirs(a.keep, exist_ok=True)
                    with open(os.path.join(a.keep, 'g%d.py' % seed), 'w') as f:
                        f.write(gen_program(seed))
    print('%d passed, %d failed' % (a.count - bad, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
