"""_pydump.py — prints CPython's ast for a file in the format of
`garter --dump-ast`, so garter's trees (kinds, fields and every span) can be
checked against the oracle:

    python3 tests/golden/parse/_pydump.py FILE | diff - <(./garter --dump-ast FILE)

Used when writing the hand-made .exp files of this folder.
"""
import ast
import sys

OPS = {ast.Add: 'Add', ast.Sub: 'Sub', ast.Mult: 'Mult', ast.MatMult: 'MatMult',
       ast.Div: 'Div', ast.Mod: 'Mod', ast.Pow: 'Pow', ast.LShift: 'LShift',
       ast.RShift: 'RShift', ast.BitOr: 'BitOr', ast.BitXor: 'BitXor',
       ast.BitAnd: 'BitAnd', ast.FloorDiv: 'FloorDiv'}
out = []


def span(n):
    return ' (%d:%d-%d:%d)' % (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)


def ctx(n):
    return type(n.ctx).__name__


def quoted(s, isbytes=False):
    r = ["'"]
    for ch in s:
        if ch == '\n': r.append('\\n')
        elif ch == '\t': r.append('\\t')
        elif ch == '\r': r.append('\\r')
        elif ch == '\\': r.append('\\\\')
        elif ch == "'": r.append("\\'")
        elif ord(ch) < 0x20 or ord(ch) == 0x7f or (isbytes and ord(ch) >= 0x80): r.append('\\x%02x' % ord(ch))
        else: r.append(ch)
    r.append("'")
    return ''.join(r)


def line(ind, text):
    out.append('  ' * ind + text)


def field(name, ind):
    line(ind, '.' + name)


def opt(name, e, ind):
    if e is not None:
        field(name, ind)
        expr(e, ind + 1)


def exprs(name, seq, ind):
    if not seq:
        return
    if name:
        field(name, ind)
    for e in seq:
        if e is None:
            line(ind + (name is not None), 'None')
        else:
            expr(e, ind + (name is not None))


def arg(what, a, ind):
    line(ind, '%s %s%s' % (what, a.arg, span(a)))
    opt('annotation', a.annotation, ind + 1)


def arguments(a, ind):
    for x in a.posonlyargs: arg('posonlyarg', x, ind)
    for x in a.args: arg('arg', x, ind)
    if a.vararg: arg('vararg', a.vararg, ind)
    for x in a.kwonlyargs: arg('kwonlyarg', x, ind)
    if a.kwarg: arg('kwarg', a.kwarg, ind)
    exprs('defaults', a.defaults, ind)
    if any(d is not None for d in a.kw_defaults):
        exprs('kw_defaults', a.kw_defaults, ind)


def keywords(ks, ind):
    for k in ks:
        line(ind, 'keyword %s%s' % (k.arg or '**', span(k)))
        expr(k.value, ind + 1)


def const(v):
    if v is None: return ' None'
    if v is True: return ' True'
    if v is False: return ' False'
    if v is Ellipsis: return ' Ellipsis'
    if isinstance(v, str): return ' str ' + quoted(v)
    if isinstance(v, bytes): return ' bytes b' + quoted(v.decode('latin-1'), True)
    return None


def expr(e, ind):
    k = type(e).__name__
    t = k
    if isinstance(e, ast.BoolOp): t += ' And' if isinstance(e.op, ast.And) else ' Or'
    elif isinstance(e, ast.BinOp): t += ' ' + OPS[type(e.op)]
    elif isinstance(e, ast.UnaryOp): t += ' ' + type(e.op).__name__
    elif isinstance(e, ast.Compare): t += ''.join(' ' + type(o).__name__ for o in e.ops)
    elif isinstance(e, ast.FormattedValue):
        if e.conversion != -1: t += ' !' + chr(e.conversion)
    elif isinstance(e, ast.Constant):
        c = const(e.value)
        if c is None:
            seg = ast.get_source_segment(SRC, e)
            kind = 'int' if isinstance(e.value, int) else 'float' if isinstance(e.value, float) else 'complex'
            c = ' %s %s' % (kind, seg)
        t += c
    elif isinstance(e, ast.Attribute): t += ' .%s %s' % (e.attr, ctx(e))
    elif isinstance(e, (ast.Subscript, ast.Starred, ast.List, ast.Tuple)): t += ' ' + ctx(e)
    elif isinstance(e, ast.Name): t += ' %s %s' % (e.id, ctx(e))
    line(ind, t + span(e))
    ind += 1
    if isinstance(e, ast.BoolOp): exprs(None, e.values, ind)
    elif isinstance(e, ast.NamedExpr): expr(e.target, ind); expr(e.value, ind)
    elif isinstance(e, ast.BinOp): expr(e.left, ind); expr(e.right, ind)
    elif isinstance(e, ast.UnaryOp): expr(e.operand, ind)
    elif isinstance(e, ast.Lambda): arguments(e.args, ind); opt('body', e.body, ind)
    elif isinstance(e, ast.IfExp): expr(e.test, ind); expr(e.body, ind); expr(e.orelse, ind)
    elif isinstance(e, ast.Dict):
        for kk, v in zip(e.keys, e.values):
            if kk is None: line(ind, '**')
            else: expr(kk, ind)
            expr(v, ind + 1)
    elif isinstance(e, ast.Set): exprs(None, e.elts, ind)
    elif isinstance(e, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
        expr(e.elt, ind); comps(e.generators, ind)
    elif isinstance(e, ast.DictComp):
        expr(e.key, ind); expr(e.value, ind); comps(e.generators, ind)
    elif isinstance(e, (ast.Yield, ast.YieldFrom, ast.Await)):
        if e.value is not None: expr(e.value, ind)
    elif isinstance(e, ast.Compare):
        expr(e.left, ind)
        for c in e.comparators: expr(c, ind)
    elif isinstance(e, ast.Call):
        expr(e.func, ind); exprs('args', e.args, ind)
        if e.keywords: field('keywords', ind); keywords(e.keywords, ind + 1)
    elif isinstance(e, ast.FormattedValue):
        expr(e.value, ind); opt('format_spec', e.format_spec, ind)
    elif isinstance(e, ast.JoinedStr): exprs(None, e.values, ind)
    elif isinstance(e, ast.Attribute): expr(e.value, ind)
    elif isinstance(e, ast.Subscript): expr(e.value, ind); expr(e.slice, ind)
    elif isinstance(e, ast.Starred): expr(e.value, ind)
    elif isinstance(e, (ast.List, ast.Tuple)): exprs(None, e.elts, ind)
    elif isinstance(e, ast.Slice):
        opt('lower', e.lower, ind); opt('upper', e.upper, ind); opt('step', e.step, ind)


def comps(gs, ind):
    for g in gs:
        line(ind, 'comprehension')
        opt('target', g.target, ind + 1)
        opt('iter', g.iter, ind + 1)
        exprs('ifs', g.ifs, ind + 1)


def body(name, b, ind):
    if b:
        field(name, ind)
        for s in b: stmt(s, ind + 1)


def stmt(s, ind):
    k = type(s).__name__
    t = k
    if isinstance(s, (ast.FunctionDef, ast.ClassDef)): t += ' ' + s.name
    elif isinstance(s, ast.AugAssign): t += ' ' + OPS[type(s.op)]
    elif isinstance(s, ast.AnnAssign):
        if s.simple: t += ' simple'
    elif isinstance(s, ast.ImportFrom): t += ' ' + '.' * s.level + (s.module or '')
    elif isinstance(s, (ast.Global, ast.Nonlocal)): t += ''.join(' ' + n for n in s.names)
    line(ind, t + span(s))
    ind += 1
    if isinstance(s, ast.FunctionDef):
        exprs('decorators', s.decarator_list if False else s.decorator_list, ind)
        field('args', ind); arguments(s.args, ind + 1)
        opt('returns', s.returns, ind); body('body', s.body, ind)
    elif isinstance(s, ast.ClassDef):
        exprs('decorators', s.decorator_list, ind); exprs('bases', s.bases, ind)
        if s.keywords: field('keywords', ind); keywords(s.keywords, ind + 1)
        body('body', s.body, ind)
    elif isinstance(s, (ast.Return, ast.Expr)):
        if s.value is not None: expr(s.value, ind)
    elif isinstance(s, ast.Delete): exprs(None, s.targets, ind)
    elif isinstance(s, ast.Assign): exprs('targets', s.targets, ind); opt('value', s.value, ind)
    elif isinstance(s, ast.AugAssign): expr(s.target, ind); expr(s.value, ind)
    elif isinstance(s, ast.AnnAssign):
        opt('target', s.target, ind); opt('annotation', s.annotation, ind); opt('value', s.value, ind)
    elif isinstance(s, ast.For):
        opt('target', s.target, ind); opt('iter', s.iter, ind)
        body('body', s.body, ind); body('orelse', s.orelse, ind)
    elif isinstance(s, (ast.While, ast.If)):
        opt('test', s.test, ind); body('body', s.body, ind); body('orelse', s.orelse, ind)
    elif isinstance(s, ast.With):
        for w in s.items:
            line(ind, 'withitem'); expr(w.context_expr, ind + 1); opt('as', w.optional_vars, ind + 1)
        body('body', s.body, ind)
    elif isinstance(s, ast.Raise): opt('exc', s.exc, ind); opt('cause', s.cause, ind)
    elif isinstance(s, ast.Try):
        body('body', s.body, ind)
        for h in s.handlers:
            line(ind, 'ExceptHandler' + (' as ' + h.name if h.name else '') + span(h))
            opt('type', h.type, ind + 1); body('body', h.body, ind + 1)
        body('orelse', s.orelse, ind); body('finalbody', s.finalbody, ind)
    elif isinstance(s, ast.Assert): expr(s.test, ind); opt('msg', s.msg, ind)
    elif isinstance(s, (ast.Import, ast.ImportFrom)):
        for a in s.names:
            line(ind, 'alias %s%s%s' % (a.name, ' as ' + a.asname if a.asname else '', span(a)))


SRC = open(sys.argv[1], encoding='utf-8').read()
tree = ast.parse(SRC)
out.append('Module')
for s in tree.body:
    stmt(s, 1)
print('\n'.join(out))
