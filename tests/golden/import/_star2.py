pub = 'pub'
_hidden = 'hidden'
also = 'also'
