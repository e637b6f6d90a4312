# garter-only: long options too
# args: --frobnicate
print("not run")
