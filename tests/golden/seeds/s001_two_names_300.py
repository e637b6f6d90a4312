# seeds/001_e4e09587b23bd74f.txt, "Reference count": two names bound to 300 (verbatim, prints nothing)
x = 300
y = 300
