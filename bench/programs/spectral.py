# Float math: spectral norm.
def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def mul_Av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(i, j) * v[j]
        out.append(s)
    return out

def mul_Atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(j, i) * v[j]
        out.append(s)
    return out

def mul_AtAv(v, n):
    return mul_Atv(mul_Av(v, n), n)

n = 400
u = [1.0] * n
for _ in range(10):
    v = mul_AtAv(u, n)
    u = mul_AtAv(v, n)
vBv = vv = 0.0
for i in range(n):
    vBv += u[i] * v[i]
    vv += v[i] * v[i]
print("%.9f" % ((vBv / vv) ** 0.5))
