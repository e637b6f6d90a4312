# seeds/001_e4e09587b23bd74f.txt, the `del root / del node1 / del node2` lines after the Node
# example (verbatim, with the Node class the text means and the typos
# rigt/next-as-method corrected): node1 was never bound, NameError
import sys

class Node:
  def __init__(self, value):
    self.value = value

  def set_next(self, next):
    self.next = next

root = Node('root')
left = Node('left')
right = Node('right')

root.set_next(left)
left.set_next(right)
right.set_next(left)
# the notes count root 1, left 3, right 2; getrefcount adds its argument
print(sys.getrefcount(root) - 1, sys.getrefcount(left) - 1, sys.getrefcount(right) - 1)

del root
print(sys.getrefcount(left) - 1, sys.getrefcount(right) - 1)
del node1
del node2
