print('_raises starts')
raise ValueError('boom in module body')
