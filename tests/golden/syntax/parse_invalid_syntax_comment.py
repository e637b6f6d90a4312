x =   # nothing
