"""copy: shallow and deep copies.  Built-in containers are copied
directly; instances use __copy__/__deepcopy__ when they define them,
else a new object made with cls.__new__ gets (a copy of) their __dict__
and __slots__ values."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(len),
           type(lambda: 0), type(Ellipsis), type(NotImplemented), property)


def _is_atomic(x):
    return isinstance(x, _atomic) and type(x) in _atomic


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _new_like(x):
    cls = type(x)
    return cls.__new__(cls)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls in (tuple, frozenset):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, type):
        return x
    return _reconstruct(x, None)


def _reconstruct(x, memo):
    """A new instance of type(x) carrying x's state, deep-copied when memo is
    not None."""
    cls = type(x)
    if isinstance(x, (list, dict, set, tuple)):
        # a subclass of a built-in container: copy the contents too
        if isinstance(x, tuple):
            items = tuple(x) if memo is None else tuple(deepcopy(v, memo) for v in x)
            y = cls.__new__(cls, items) if cls.__new__ is not tuple.__new__ else tuple.__new__(cls, items)
            if memo is not None:
                memo[id(x)] = y
        else:
            y = cls.__new__(cls)
            if memo is not None:
                memo[id(x)] = y
            if isinstance(x, list):
                list.extend(y, x if memo is None else [deepcopy(v, memo) for v in x])
            elif isinstance(x, dict):
                for k, v in dict.items(x):
                    if memo is not None:
                        k, v = deepcopy(k, memo), deepcopy(v, memo)
                    dict.__setitem__(y, k, v)
            else:
                for v in x:
                    set.add(y, v if memo is None else deepcopy(v, memo))
    else:
        try:
            y = cls.__new__(cls)
        except TypeError:
            raise Error('un(deep)copyable object of type %s' % cls) from None
        if memo is not None:
            memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        getstate = getattr(cls, '__setstate__', None)
        if getstate is not None:
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    for name in _slot_names(cls):
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        setattr(y, name, value if memo is None else deepcopy(value, memo))
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is tuple or cls is frozenset:
        items = [deepcopy(a, memo) for a in x]
        # a tuple that contains itself through a mutable object
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = cls(items)
    elif isinstance(x, type):
        return x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    # keep x alive as long as memo so ids stay unique
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
