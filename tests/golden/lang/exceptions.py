# exception semantics
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
# the built-in hierarchy
names = ['BaseException', 'SystemExit', 'KeyboardInterrupt', 'GeneratorExit', 'Exception',
         'StopIteration', 'ArithmeticError', 'FloatingPointError', 'OverflowError',
         'ZeroDivisionError', 'AssertionError', 'AttributeError', 'BufferError', 'EOFError',
         'ImportError', 'ModuleNotFoundError', 'LookupError', 'IndexError', 'KeyError',
         'MemoryError', 'NameError', 'UnboundLocalError', 'OSError', 'FileNotFoundError',
         'PermissionError', 'TimeoutError', 'ReferenceError', 'RuntimeError',
         'NotImplementedError', 'RecursionError', 'SyntaxError', 'IndentationError',
         'TabError', 'SystemError', 'TypeError', 'ValueError', 'UnicodeError',
         'UnicodeDecodeError' if False else 'UnicodeError', 'Warning', 'UserWarning',
         'DeprecationWarning', 'RuntimeWarning', 'StopAsyncIteration', 'ConnectionError',
         'BrokenPipeError', 'IsADirectoryError', 'NotADirectoryError', 'FileExistsError',
         'ChildProcessError', 'ProcessLookupError', 'InterruptedError', 'BlockingIOError']
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [c.__name__ for c in cls.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
# str/repr/args
for e in (ValueError(), ValueError('x'), ValueError('x', 2), ValueError(None), ValueError(''),
          KeyError('k'), KeyError(), KeyError('a', 'b'), KeyError(1), IndexError(5),
          StopIteration(3), SystemExit(2), OSError(2, 'No such file'), Exception([1, 2]),
          AttributeError('attr'), NameError('nm'), UnicodeError('u')):
    print(repr(e), '|', str(e), '|', e.args)
e = StopIteration(3)
print(e.value, StopIteration().value)
e = SystemExit(5)
print(e.code, SystemExit().code, SystemExit(1, 2).code)
e = OSError(2, 'No such file or directory', 'f.txt')
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
e = FileNotFoundError(2, 'nope')
print(e.errno, str(e))
print(type(OSError(2, 'x')).__name__)
e = ImportError('msg', name='mod', path='p')
print(e.name, e.path, e.msg, str(e))
e = AttributeError('a')
print(e.args)
# exceptions are classes with attributes
class MyErr(ValueError):
    def __init__(self, code):
        super().__init__('my error %d' % code)
        self.code = code
try:
    raise MyErr(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
class NoInit(Exception): pass
print(repr(NoInit(1, 2)), str(NoInit('one')))
class WithStr(Exception):
    def __str__(self): return 'custom str'
print(repr(WithStr()), str(WithStr()))
# try/except/else/finally flow
def flow(kind):
    out = []
    try:
        out.append('try')
        if kind == 'raise':
            raise KeyError(kind)
        if kind == 'return':
            return out + ['returned']
    except KeyError as e:
        out.append('except ' + repr(e))
    else:
        out.append('else')
    finally:
        out.append('finally')
    return out
print(flow('ok'), flow('raise'), flow('return'))
# tuples of exception types, and inheritance
for exc in (KeyError('k'), IndexError(1), ZeroDivisionError(), TypeError('t')):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print('lookup', type(e).__name__)
    except ArithmeticError as e:
        print('arith', type(e).__name__)
    except Exception as e:
        print('other', type(e).__name__)
# as-name is cleared after the block
try:
    raise ValueError('v')
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)
def clear_local():
    try:
        raise ValueError
    except ValueError as x:
        pass
    return x
try:
    clear_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)
# finally overriding
def ret_in_finally():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_in_finally())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def finally_order():
    log = []
    try:
        try:
            log.append(1)
            return log
        finally:
            log.append(2)
    finally:
        log.append(3)
print(finally_order())
# exception in except and finally chains
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError('first')
    except ValueError as v:
        raise TypeError('second') from v
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second') from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
t(lambda: exec('raise ValueError from 5'))
t(lambda: exec('raise 5'))
t(lambda: exec('raise object()'))
class NotExc: pass
t(lambda: exec('raise NotExc'))
t(lambda: exec('raise ValueError from ValueError'))
# bare raise
def reraise():
    try:
        raise KeyError('again')
    except KeyError:
        raise
t(reraise)
t(lambda: exec('raise'))
def reraise_after():
    try:
        raise ValueError('inner')
    except ValueError:
        pass
    raise
t(reraise_after)
# sys.exc_info
print(sys.exc_info())
try:
    raise IndexError('ei')
except IndexError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, type(tb).__name__)
print(sys.exc_info())
# raise a class: instantiated
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)
# with_traceback and __traceback__
try:
    raise ValueError('tb')
except ValueError as e:
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
# nested exception handling keeps outer exception
try:
    raise ValueError('outer')
except ValueError:
    try:
        raise TypeError('inner')
    except TypeError:
        pass
    print(sys.exc_info()[1])
# exception groups are out of scope; except with non-class
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print('caught first in tuple')
except TypeError as e:
    print(type(e).__name__, e)
# exceptions from builtins
t(lambda: int('abc')); t(lambda: [].pop()); t(lambda: {}.popitem()); t(lambda: next(iter([])))
t(lambda: float('x')); t(lambda: 'abc'.index('z')); t(lambda: [1].index(2)); t(lambda: chr(-1))
t(lambda: ord('ab')); t(lambda: {}['missing']); t(lambda: getattr(1, 'nope'))
t(lambda: int(float('inf'))); t(lambda: int(float('nan'))); t(lambda: 10 ** 400 * 1.0)
t(lambda: 2.0 ** 10000); t(lambda: range(1, 2, 0)); t(lambda: [1, 2, 3][::0])
t(lambda: list(range(3)).remove(5)); t(lambda: set().pop()); t(lambda: 'x'.foo)
t(lambda: None.foo); t(lambda: len); t(lambda: hash([])); t(lambda: {[]: 1})
t(lambda: {1, []}); t(lambda: iter(5)); t(lambda: next(5)); t(lambda: tuple(5))
