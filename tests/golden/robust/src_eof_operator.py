# The file ends after a binary operator, without a newline.
def f():
    return 1 +