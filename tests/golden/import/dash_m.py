# args: -m _runme
# garter -m runs a module found on sys.path as __main__; this file is only
# an argument here.
