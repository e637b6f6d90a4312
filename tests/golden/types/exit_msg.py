print(repr(exit), repr(quit))
print(type(exit).__name__)
exit('bye now')
