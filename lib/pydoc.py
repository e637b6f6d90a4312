"""pydoc — plain-text documentation for help(object), after CPython's
pydoc.TextDoc: the signature and docstring of functions and methods,
classes with their methods, properties and data, modules with their
classes, functions and data.  Text goes straight to sys.stdout (no pager)."""

import sys
from _sitebuiltins import signature as _signature

_NOTHING = object()


def getdoc(obj):
    """The docstring with its indentation cleaned up, or None."""
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            if margin is None or indent < margin:
                margin = indent
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def indent(text, prefix='    '):
    if not text:
        return ''
    lines = [prefix + line for line in text.split('\n')]
    lines[-1] = lines[-1].rstrip()
    return '\n'.join(lines)


def _kind(obj):
    return type(obj).__name__


def _params(func, drop_first=False):
    sig = _signature(func)
    if sig is None:
        return '(...)'
    if drop_first:
        inner = sig[1:-1]
        parts = inner.split(', ', 1)
        rest = parts[1] if len(parts) > 1 else ''
        if parts[0].startswith('*'):
            return sig
        return '(' + rest + ')'
    return sig


def docroutine(obj, name=None, cls=None):
    """A function, method or built-in: 'name(params)' and its docstring."""
    realname = getattr(obj, '__name__', name) or name
    name = name or realname
    note = ''
    kind = _kind(obj)
    if kind == 'method':
        self = obj.__self__
        func = obj.__func__
        if isinstance(self, type):
            note = ' from ' + _classname(self)
            sig = _params(func, True)
        else:
            note = ' method of %s instance' % _classname(type(self))
            sig = _params(func, True)
        doc = getdoc(func)
    elif kind == 'function':
        sig = _params(obj)
        doc = getdoc(obj)
        if doc is None and cls is not None:
            doc = _inherited_doc(cls, name)
    else:
        sig = '(...)'
        doc = getdoc(obj)
    title = name
    if name != realname and realname:
        title = name + ' = ' + realname
    decl = title + sig + note
    if doc:
        return decl + '\n' + indent(doc) + '\n'
    return decl + '\n'


def _inherited_doc(cls, name):
    """The docstring of the method a class's method overrides (as
    inspect.getdoc finds it), or None."""
    for base in cls.__mro__[1:]:
        if name in base.__dict__:
            doc = getdoc(base.__dict__[name])
            if doc:
                return doc
    return None


def _classname(cls, module=None):
    mod = getattr(cls, '__module__', None)
    name = cls.__qualname__ if hasattr(cls, '__qualname__') else cls.__name__
    if mod and mod != module:
        return mod + '.' + name
    return name


def docclass(cls, name=None):
    realname = cls.__name__
    name = name or realname
    bases = cls.__bases__
    title = 'class ' + realname
    if bases:
        title += '(' + ', '.join(_classname(b, cls.__module__) for b in bases) + ')'
    contents = []
    init = cls.__dict__.get('__init__')
    if _kind(init) == 'function':
        contents.append(realname + _params(init, True))
        contents.append('')
    doc = getdoc(cls)
    if doc:
        contents.append(doc)
        contents.append('')
    mro = cls.__mro__
    if len(mro) > 2:
        contents.append('Method resolution order:')
        for base in mro:
            contents.append('    ' + _classname(base, cls.__module__))
        contents.append('')
    methods, classmethods, staticmethods, props, descrs, data = [], [], [], [], [], []
    for key in sorted(cls.__dict__):
        value = cls.__dict__[key]
        kind = _kind(value)
        if key in ('__module__', '__doc__', '__qualname__'):
            continue
        if kind == 'function':
            methods.append(docroutine(value, key, cls))
        elif kind == 'classmethod':
            f = value.__func__
            classmethods.append(key + _params(f, True) + ' from builtins.type\n'
                                + _docpart(getdoc(f)))
        elif kind == 'staticmethod':
            staticmethods.append(docroutine(value.__func__, key))
        elif kind == 'property':
            ro = value.fset is None
            props.append((ro, key + '\n' + _docpart(getdoc(value))))
        elif kind == 'getset_descriptor' or kind == 'member_descriptor' or key in ('__dict__', '__weakref__'):
            descrs.append(key + '\n' + _docpart(getdoc(value)))
        else:
            data.append(key + ' = ' + repr(value) + '\n')
    sections = []
    if methods:
        sections.append(('Methods defined here:', methods))
    if classmethods:
        sections.append(('Class methods defined here:', classmethods))
    if staticmethods:
        sections.append(('Static methods defined here:', staticmethods))
    ro = [t for r, t in props if r]
    rw = [t for r, t in props if not r]
    if ro:
        sections.append(('Readonly properties defined here:', ro))
    if rw or descrs:
        sections.append(('Data descriptors defined here:', rw + descrs))
    if data:
        sections.append(('Data and other attributes defined here:', data))
    for base in mro[1:]:
        if base is object:
            continue
        inh_methods, inh_descrs = [], []
        for key in sorted(base.__dict__):
            owner = None
            for c in mro:
                if key in c.__dict__:
                    owner = c
                    break
            if owner is not base:
                continue
            value = base.__dict__[key]
            kind = _kind(value)
            if kind == 'function':
                inh_methods.append(docroutine(value, key, base))
            elif kind == 'property' or key in ('__dict__', '__weakref__'):
                inh_descrs.append(key + '\n' + _docpart(getdoc(value)))
        bname = _classname(base, cls.__module__)
        if inh_methods:
            sections.append(('Methods inherited from %s:' % bname, inh_methods))
        if inh_descrs:
            sections.append(('Data descriptors inherited from %s:' % bname, inh_descrs))
    first = True
    for head, items in sections:
        if not first:
            contents.append('-' * 70)
        first = False
        contents.append(head)
        contents.append('')
        for item in items:
            contents.append(item.rstrip('\n'))
            contents.append('')
    while contents and contents[-1] == '':
        contents.pop()
    body = '\n'.join(contents)
    lines = [' |  ' + line for line in body.split('\n')] if body else []
    return title + '\n' + '\n'.join(line.rstrip() if line.strip() != '|' else ' |  '
                                    for line in lines) + '\n'


def _docpart(doc):
    return indent(doc) + '\n' if doc else ''


def docmodule(mod):
    name = mod.__name__
    doc = getdoc(mod)
    parts = []
    synopsis, rest = '', ''
    if doc:
        lines = doc.split('\n')
        if len(lines) == 1 or not lines[1].strip():
            synopsis = lines[0]
            rest = '\n'.join(lines[2:]).strip('\n')
        else:
            rest = doc
    parts.append('NAME\n' + indent(name + (' - ' + synopsis if synopsis else '')))
    if rest:
        parts.append('DESCRIPTION\n' + indent(rest))
    classes, funcs, data, class_objs = [], [], [], []
    public = getattr(mod, '__all__', None)
    for key in sorted(vars(mod)):
        if public is not None:
            if key not in public:
                continue
        elif key.startswith('_'):
            continue
        value = getattr(mod, key)
        kind = _kind(value)
        if isinstance(value, type):
            if getattr(value, '__module__', name) == name:
                classes.append(docclass(value, key))
                class_objs.append(value)
        elif kind in ('function', 'builtin_function_or_method'):
            if kind == 'builtin_function_or_method' or getattr(value, '__module__', name) == name:
                funcs.append(docroutine(value, key))
        elif kind != 'module':
            data.append(key + ' = ' + repr(value))
    if classes:
        tree = []
        for base, names in _class_tree(class_objs, name):
            tree.append('    ' + base)
            for n in names:
                tree.append('        ' + n)
        tree.append('    ')
        parts.append('CLASSES\n' + '\n'.join(tree) + '\n'
                     + '\n'.join(indent(c.rstrip('\n')) + '\n' for c in classes).rstrip('\n'))
    if funcs:
        parts.append('FUNCTIONS\n' + '\n'.join(indent(f.rstrip('\n')) + '\n' for f in funcs).rstrip('\n'))
    if data:
        parts.append('DATA\n' + indent('\n'.join(data)))
    file = getattr(mod, '__file__', None)
    parts.append('FILE\n' + indent(file if file else '(built-in)'))
    return '\n\n'.join(parts) + '\n\n'


def _class_tree(classes, module):
    """[(base name, [class names])] grouped by each class's first base,
    in the order the bases are first met."""
    groups = []
    for c in classes:
        base = _classname(c.__bases__[0], module) if c.__bases__ else 'builtins.object'
        if base == 'object':
            base = 'builtins.object'
        for g in groups:
            if g[0] == base:
                g[1].append(_classname(c, module))
                break
        else:
            groups.append((base, [_classname(c, module)]))
    return groups


def describe(obj):
    kind = _kind(obj)
    if kind == 'module':
        return 'module ' + obj.__name__
    if isinstance(obj, type):
        return 'class ' + obj.__name__
    if kind == 'function':
        return 'function ' + obj.__name__
    if kind == 'method':
        return 'method ' + obj.__func__.__name__
    if kind == 'builtin_function_or_method':
        return 'built-in function ' + obj.__name__
    if kind == 'method_descriptor':
        return 'method_descriptor'
    return type(obj).__name__ + ' object'


def render_doc(obj, title='Help on %s:', name=None):
    desc = describe(obj)
    kind = _kind(obj)
    module = getattr(obj, '__module__', None)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif kind in ('function', 'method', 'builtin_function_or_method') or isinstance(obj, type):
        if kind == 'method':
            module = getattr(obj.__func__, '__module__', None)
        if kind == 'builtin_function_or_method' and module is None:
            module = 'builtins'
        if module and isinstance(module, str):
            desc += ' in module ' + module
    if kind == 'module':
        text = docmodule(obj)
    elif isinstance(obj, type):
        text = docclass(obj)
    elif kind in ('function', 'method', 'builtin_function_or_method', 'method_descriptor'):
        text = docroutine(obj, name)
    else:
        # an instance: document its class, as CPython does
        obj = type(obj)
        desc = obj.__name__ + ' in module ' + obj.__module__ + ' object'
        text = docclass(obj)
    return (title % desc) + '\n\n' + text


def locate(path):
    """The object a dotted name refers to (a builtin, a module or an
    attribute of one), or None."""
    import builtins
    parts = path.split('.')
    if len(parts) == 1 and hasattr(builtins, path):
        return getattr(builtins, path)
    obj = None
    n = 0
    for i in range(len(parts), 0, -1):
        try:
            obj = __import__('.'.join(parts[:i]))
        except ImportError:
            continue
        n = i
        break
    if obj is None:
        if hasattr(builtins, parts[0]):
            obj = getattr(builtins, parts[0])
            n = 1
        else:
            return None
    else:
        for p in parts[1:n]:
            obj = getattr(obj, p)
    for p in parts[n:]:
        if not hasattr(obj, p):
            return None
        obj = getattr(obj, p)
    return obj


def help(request=_NOTHING):
    out = sys.stdout
    if request is _NOTHING:
        out.write('\nWelcome to garter\'s help.\n\n'
                  'garter has no interactive help browser: call help(object) for the\n'
                  'documentation of a function, class, method or module, or\n'
                  'help("name") for a built-in or importable name such as help("len").\n\n')
        return
    if isinstance(request, str):
        obj = locate(request)
        if obj is None:
            out.write('No Python documentation found for %r.\n'
                      'Use help() to get the interactive help utility.\n'
                      'Use help(str) for help on the str class.\n\n' % request)
            return
        out.write(render_doc(obj, name=request) + '\n')
        return
    out.write(render_doc(request) + '\n')
