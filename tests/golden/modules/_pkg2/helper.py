value = 42
print('helper loaded as', __name__, __package__)
