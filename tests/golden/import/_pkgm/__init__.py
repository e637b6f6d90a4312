print('init _pkgm', __name__)
