import sys
from . import _helper
print('_pkgm main', __name__, __package__, sys.argv[0].endswith('/_pkgm/__main__.py'), sys.argv[1:], _helper.h)
