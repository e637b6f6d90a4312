# seeds/004_210530994c27c047.txt, "How python stores variables" (verbatim)
# name-to-object mapping
x = 50
id(x) # x -> object(50) address in memory
y = x 
print(f"object({y}) is the same as object({x}): {id(y) == id(x)}")
# True
