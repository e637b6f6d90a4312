# A syntax error in an imported module is a SyntaxError naming that file.
import sys
folder = __file__.rpartition('/')[0]
for name in ['_badsyntax', '_badindent']:
    try:
        __import__(name)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, repr(e.text), e.end_lineno)
        if name == '_badsyntax':
            print(e.offset, e.end_offset)
        print(e.filename.replace(folder, '<dir>'))
        print(str(e))
    print(name in sys.modules)
