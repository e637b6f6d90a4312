# seeds/004_210530994c27c047.txt, "Enclosing" (verbatim)
def outer():
    x = 57
    def nested_func():
        print(x) # it will show 57 or x value
    nested_func()
outer()
