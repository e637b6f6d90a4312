from . import top
print('init _pkg._leaf', __name__, __package__, top)
leaf = 'leaf'
