# args: -m _pkgm
# garter -m with a package runs its __main__ submodule.
