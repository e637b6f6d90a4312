# garter-only: copyright, credits and license carry garter's own texts
print(type(copyright).__name__, type(help).__name__)
print(repr(license))
copyright()
print(credits)
license()
print(repr(help))
help()
