# seeds/004_210530994c27c047.txt, "Built-in" (verbatim)
x = [0,1,3]
def count_(x):
    print(len(x)) # len is built in functions
count_(x)
