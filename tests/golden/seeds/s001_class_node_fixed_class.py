# seeds/001_e4e09587b23bd74f.txt, the Node example with only `Class` spelt `class`: next() rebinds
# the attribute next over the method, so left.next(right) calls the Node
# stored there (TypeError: 'Node' object is not callable)
class Node:
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
