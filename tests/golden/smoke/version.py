# garter-only: `garter -V` prints garter's own version line.
# args: -V
