# seeds/004_210530994c27c047.txt, "Local vs Global" (verbatim)
x = 50
def global_func():
    x = 5
    print(x)
global_func() # 5 because it will print the local func x
print(x) # 50 becase it will print the script level variable
