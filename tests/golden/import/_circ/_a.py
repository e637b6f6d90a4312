from . import _b
def fa():
    return 'fa sees ' + _b.fb_name
