# Invalid UTF-8 in the source: SyntaxError naming the byte.
print("a")
x = "ÿþ"
print(x)
