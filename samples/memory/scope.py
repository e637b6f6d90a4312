# Local, enclosing, global and builtin namespaces (LEGB).
x = 50

def global_func():
    x = 5
    print(x)                # 5: the local x

global_func()
print(x)                    # 50: the global x

def outer():
    x = 57
    def nested_func():
        print(x)            # 57: from the enclosing function
    nested_func()

outer()

x = [0, 1, 3]
def count_(x):
    print(len(x))           # len comes from builtins

count_(x)

def print_word():
    word = 'Seven'          # freed when the function returns
    return len(word)

print(print_word())
