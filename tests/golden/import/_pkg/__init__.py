print('init _pkg', __name__, __package__)
top = 'pkg-top'
