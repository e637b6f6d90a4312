# Dict-heavy: count words in generated text.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]
counts = {}
seed = 12345
for i in range(1800000):
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    w = words[seed % 16] + str(seed % 50)
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top)
