class C:
    __slots__ = ()
C().x = 1
