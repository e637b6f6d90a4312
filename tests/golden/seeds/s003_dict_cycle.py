# seeds/003_0be4d6b74610166b.txt, "2.2.2 Example" (verbatim): two dicts in a cycle, names deleted
obj_a = {}
obj_b = {}

# Create a circular reference
obj_a['b_ref'] = obj_b
obj_b['a_ref'] = obj_a

# Now, let's remove the original names
del obj_a
del obj_b
