from _circfrom2 import Y
X = 1
