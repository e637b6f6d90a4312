x = [1, 2 not 3]
