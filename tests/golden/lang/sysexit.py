import sys
def t(code):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e), repr(e.code), e.args)
t(None); t(0); t(1); t('message'); t((1, 2)); t([3])
try:
    raise SystemExit
except SystemExit as e:
    print(repr(e.code))
try:
    exit(4)
except SystemExit as e:
    print(e.code)
try:
    quit()
except SystemExit as e:
    print(e.code)
print(repr(exit), repr(quit))
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def cleanup():
    try:
        sys.exit(3)
    finally:
        print('finally runs on exit')
try:
    cleanup()
except SystemExit as e:
    print('caught', e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(5)
except Exception:
    print('not here')
except BaseException as e:
    print('BaseException catches', e.code)
sys.exit('final message to stderr')
