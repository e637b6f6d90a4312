from .. import top
deep = 'deep+' + top
