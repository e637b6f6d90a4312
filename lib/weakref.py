"""Support for weak references and weak dictionaries.

ref, proxy, getweakrefcount and getweakrefs come from the C module
_weakref; WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize are
written here on top of them.  Finalizers still alive at exit whose atexit
flag is true run then, newest first, from an atexit handler (as CPython).
"""

from _weakref import (ref, proxy, getweakrefcount, getweakrefs,
                      ReferenceType, ProxyType, CallableProxyType)

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "finalize"]


def _value_remover(selfref, key):
    def remove(wr):
        d = selfref()
        if d is not None and d.data.get(key) is wr:
            del d.data[key]
    return remove


class WeakValueDictionary:
    """Mapping class that references values weakly.

    Entries in the dictionary will be discarded when no strong
    reference to the value exists anymore
    """

    def __init__(self, other=(), **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = ref(value, _value_remover(ref(self), key))

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def keys(self):
        return list(iter(self))

    def values(self):
        out = []
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                out.append(o)
        return out

    def items(self):
        out = []
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((k, o))
        return out

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), **kw):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    def clear(self):
        self.data.clear()


class WeakKeyDictionary:
    """Mapping class that references keys weakly.

    Entries in the dictionary will be discarded when there is no
    longer a strong reference to the key.
    """

    def __init__(self, dict=None):
        self.data = {}
        selfref = ref(self)

        def remove(k):
            d = selfref()
            if d is not None:
                try:
                    del d.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for wr, v in list(self.data.items()) if wr() is not None]

    def items(self):
        out = []
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((o, v))
        return out

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, **kw):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    def clear(self):
        self.data.clear()


class WeakSet:
    """A set of objects held by weak references."""

    def __init__(self, data=None):
        self.data = set()
        selfref = ref(self)

        def remove(item):
            s = selfref()
            if s is not None:
                s.data.discard(item)
        self._remove = remove
        if data is not None:
            for x in data:
                self.add(x)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            wr = self.data.pop()
            o = wr()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)


class finalize:
    """Class for finalization of weakrefable objects

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected. The
    first time the finalizer is called it evaluates func(*arg, **kwargs)
    and returns the result. After this the finalizer is dead, and
    calling it just returns None.
    """

    _registry = {}
    _index = [0]
    _shutdown = False
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        self._key = finalize._index[0]
        finalize._index[0] += 1
        self._wr = ref(obj, self)
        finalize._registry[self._key] = (self._wr, func, args, kwargs, self)
        self.atexit = True

    def __call__(self, _=None):
        info = finalize._registry.pop(self._key, None)
        if info is not None and not finalize._shutdown:
            return info[1](*info[2], **(info[3] or {}))

    @classmethod
    def _exitfunc(cls):
        # At exit: the live finalizers marked atexit, newest first, with
        # the collector off so no new finalizer fires meanwhile; none runs
        # after this
        import gc
        reenable_gc = gc.isenabled()
        gc.disable()
        try:
            while True:
                pending = [k for k, info in cls._registry.items() if info[4].atexit]
                if not pending:
                    break
                f = cls._registry[max(pending)][4]
                try:
                    f()
                except Exception:
                    import sys
                    hook = getattr(sys, "excepthook", None)
                    if hook is not None:
                        hook(*sys.exc_info())
                    else:
                        e = sys.exc_info()[1]
                        sys.stderr.write("%s: %s\n" % (type(e).__name__, e))
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()

    def detach(self):
        info = finalize._registry.get(self._key)
        obj = info and info[0]()
        if obj is not None and finalize._registry.pop(self._key, None):
            return (obj, info[1], info[2], info[3] or {})

    def peek(self):
        info = finalize._registry.get(self._key)
        obj = info and info[0]()
        if obj is not None:
            return (obj, info[1], info[2], info[3] or {})

    @property
    def alive(self):
        return self._key in finalize._registry

    def __repr__(self):
        info = finalize._registry.get(self._key)
        obj = info and info[0]()
        if obj is None:
            return "<finalize object at %#x; dead>" % id(self)
        return "<finalize object at %#x; for %r at %#x>" % (
            id(self), type(obj).__name__, id(obj))
