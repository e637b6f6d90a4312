from . import _a
fb_name = 'fb'
print('_b sees partial _a:', hasattr(_a, 'fa'))
