foo(x y z)
