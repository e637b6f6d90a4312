#!/usr/bin/env python3
"""mutate.py — a quick mutation fuzzer: takes every .py under tests/ and lib/,
applies a few random byte-level and token-level mutations, runs the result
with garter (normally ./garter-asan, a sanitizer + GARTER_DEBUG build) and
reports every input that crashes it: death by a signal, a sanitizer report,
or a debug build's live-object report at exit.  Timeouts (a mutation may
well produce an endless loop) are counted but are not failures.

  tests/fuzz/mutate.py [--garter ./garter-asan] [--seconds 180] [--seed N]
                       [--jobs 2] [--out build/fuzz]

Crashing inputs are written to OUT/crash-NNNN.py with the stderr beside them
(.err).  Exit status 1 if anything crashed.  Not part of make test: run it
with make fuzz."""
import argparse, os, random, re, shutil, signal, subprocess, sys, tempfile, time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# sanitizer errors (not ASan's "failed to allocate" warnings, a refused
# huge malloc being a MemoryError, nor its RSS cap on a memory-hungry
# script), runtime errors and the live-object report
BAD = re.compile(rb'ERROR: AddressSanitizer|ERROR: LeakSanitizer|UndefinedBehaviorSanitizer|'
                 rb'runtime error:|AddressSanitizer: (?!failed to allocate|hard rss limit)|'
                 rb"^garter: \d+ live object\(s\) of type", re.M)
# a script may well kill itself (os.kill, signal.raise_signal): only these count
CRASH_SIGNALS = {signal.SIGSEGV, signal.SIGBUS, signal.SIGABRT, signal.SIGFPE, signal.SIGILL}
TOKENS = [b'(', b')', b'[', b']', b'{', b'}', b':', b',', b'\n', b'    ', b'\t', b'\\', b'"', b"'",
          b'"""', b'#', b'\x00', b'\xff', b'\xc3', b'\xe2\x82', b'yield ', b'yield from ', b'lambda: ',
          b'await ', b'async ', b'del ', b'global x', b'nonlocal x', b'return ', b'*', b'**', b'=',
          b':=', b'.', b'@', b' if ', b' else ', b' for x in ', b'not ', b'0x', b'1e999', b'9' * 30,
          b'f"{', b'}"', b'b"', b'r"', b'class C:', b'def f(', b'try:', b'except', b'finally:',
          b'with ', b'import ', b'from . import ', b'raise ', b'None', b'-1', b'2**64', b'self']


def mutate(data, rnd):
    data = bytearray(data)
    for _ in range(rnd.randint(1, 4)):
        n = len(data)
        op = rnd.randrange(8)
        pos = rnd.randint(0, n)
        if op == 0 and n:                       # flip a byte
            data[min(pos, n - 1)] = rnd.randrange(256)
        elif op == 1:                           # insert a token
            data[pos:pos] = rnd.choice(TOKENS)
        elif op == 2 and n:                     # delete a range
            data[pos:pos + rnd.randint(1, 40)] = b''
        elif op == 3 and n:                     # duplicate a range
            end = min(n, pos + rnd.randint(1, 200))
            data[pos:pos] = data[pos:end]
        elif op == 4:                           # deep nesting
            k = rnd.choice([50, 500, 5000])
            data[pos:pos] = rnd.choice([b'(' * k, b'[' * k, b'-' * k, b'not ' * k])
        elif op == 5:                           # swap two lines
            lines = bytes(data).split(b'\n')
            if len(lines) > 2:
                i, j = rnd.randrange(len(lines)), rnd.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
                data = bytearray(b'\n'.join(lines))
        elif op == 6:                           # truncate
            data = data[:pos]
        else:                                   # change indentation of a line
            lines = bytes(data).split(b'\n')
            if lines:
                i = rnd.randrange(len(lines))
                lines[i] = rnd.choice([b'', b' ', b'        ', b'\t']) + lines[i].lstrip()
                data = bytearray(b'\n'.join(lines))
    return bytes(data)


def run_one(garter, src, timeout):
    with tempfile.TemporaryDirectory(prefix='garter-fuzz-') as tmp:
        path = os.path.join(tmp, 'fuzz.py')
        with open(path, 'wb') as f:
            f.write(src)
        env = dict(os.environ, PYTHONHASHSEED='0')
        opts = env.get('ASAN_OPTIONS', 'detect_leaks=1')
        env['ASAN_OPTIONS'] = opts + ':allocator_may_return_null=1:hard_rss_limit_mb=3000'
        try:
            p = subprocess.run([garter, 'fuzz.py'], cwd=tmp, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               timeout=timeout, env=env, start_new_session=True)
        except subprocess.TimeoutExpired:
            return 'timeout', b''
        err = p.stderr
        if (p.returncode < 0 and -p.returncode in CRASH_SIGNALS) or BAD.search(err):
            return 'crash', err + (b'\n[signal %d]\n' % -p.returncode if p.returncode < 0 else b'')
        return 'ok', b''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--garter', default=os.path.join(ROOT, 'garter-asan'))
    ap.add_argument('--seconds', type=float, default=180)
    ap.add_argument('--seed', type=int, default=None)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--timeout', type=float, default=10)
    ap.add_argument('--out', default=os.path.join(ROOT, 'build', 'fuzz'))
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else random.randrange(1 << 30)
    garter = os.path.abspath(a.garter)
    corpus = []
    for top in ('tests', 'lib'):
        for root, dirs, files in os.walk(os.path.join(ROOT, top)):
            dirs[:] = sorted(d for d in dirs if d != 'fuzz')
            for f in sorted(files):
                if f.endswith('.py'):
                    with open(os.path.join(root, f), 'rb') as fh:
                        corpus.append(fh.read())
    os.makedirs(a.out, exist_ok=True)
    print('fuzz: %d seed files, seed %d, %.0f s, %s' % (len(corpus), seed, a.seconds, garter))
    deadline = time.time() + a.seconds
    counts = {'ok': 0, 'timeout': 0, 'crash': 0}
    crashes = []

    def worker(wid):
        rnd = random.Random(seed * 1000 + wid)
        while time.time() < deadline:
            src = mutate(rnd.choice(corpus), rnd)
            kind, err = run_one(garter, src, a.timeout)
            counts[kind] += 1
            if kind == 'crash':
                n = len(crashes)
                crashes.append(n)
                base = os.path.join(a.out, 'crash-%04d-%d' % (n, wid))
                with open(base + '.py', 'wb') as f:
                    f.write(src)
                with open(base + '.err', 'wb') as f:
                    f.write(err)
                first = [l for l in err.decode('utf-8', 'replace').splitlines()
                         if BAD.search(l.encode()) or l.startswith('    #')][:3]
                print('CRASH %s.py: %s' % (base, ' | '.join(first)), flush=True)

    with ThreadPoolExecutor(a.jobs) as ex:
        list(ex.map(worker, range(a.jobs)))
    print('fuzz: %d runs, %d timeouts, %d crashes' % (sum(counts.values()), counts['timeout'],
                                                     counts['crash']))
    return 1 if counts['crash'] else 0


if __name__ == '__main__':
    sys.exit(main())
