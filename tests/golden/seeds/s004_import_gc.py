# seeds/004_210530994c27c047.txt, the `In [2]:` cell (verbatim): import gc
import gc
