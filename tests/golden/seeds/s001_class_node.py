# seeds/001_e4e09587b23bd74f.txt, "Reference counting": the Node example (verbatim): `Class Node:`
# is not Python, CPython rejects the file with SyntaxError
Class Node:
  def __init__(self, value):
    self.value = value
  
  def next(self, next):
    self.next = next
    
root = Node('root')
left = Node('left')
right = Node('right')

root.next(left)
left.next(right)
rigt.next(left)
