# seeds/001_e4e09587b23bd74f.txt, print_word() then sleep(5) (verbatim): sleep was never
# imported, so CPython stops with NameError before sleeping
def print_word():
  word = 'Seven'
  
print_word() #  ref count object 'Seven' is 1 
sleep(5)
