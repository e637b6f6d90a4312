# garter-only: a usage error exits 2 with the usage line and the -h hint
# args: -z
print("not run")
