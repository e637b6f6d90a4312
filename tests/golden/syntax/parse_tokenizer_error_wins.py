x = a b
y = "unterminated
