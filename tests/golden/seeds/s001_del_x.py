# seeds/001_e4e09587b23bd74f.txt, inline `del(x)` on its own (verbatim): x was never bound here,
# so CPython raises NameError
del(x)
