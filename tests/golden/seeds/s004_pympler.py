# seeds/004_210530994c27c047.txt, "Memory profiling" 2) (verbatim): pympler is not installed,
# ModuleNotFoundError
from pympler import asizeof

my_list = [1, 2, [3, 4]]
print(asizeof.asizeof(my_list))  # Includes nested objects
