import sys
print('running', __name__, __package__ == '', sys.argv[0].endswith('/_runme.py'), sys.argv[1:])
print('__main__' in sys.modules, sys.modules['__main__'].__name__)
print(__file__ == sys.argv[0])
