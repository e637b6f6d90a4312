from _circfrom import X
Y = 2
