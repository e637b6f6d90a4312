x = 'namespace'
