/* hash.c — CPython's numeric hash (modulo the Mersenne prime 2**61 - 1) and
 * garter's deterministic byte hash for str and bytes.  Owns no state. */
#include <math.h>
#include <string.h>
#include "objects/hash.h"

/* Rotate a pointer so the alignment zeros do not cluster dict slots. */
hash_t hash_pointer(const void *p)
{
    uint64_t y = (uint64_t)(uintptr_t)p;
    y = (y >> 4) | (y << 60);
    hash_t h = (hash_t)y;
    return h == -1 ? -2 : h;
}

/* CPython's _Py_HashDouble: the value of v as a rational number, reduced
 * modulo 2**61-1, so equal ints and floats hash alike. */
hash_t hash_double(Object *inst, double v)
{
    if (!isfinite(v)) {
        if (isinf(v))
            return v > 0 ? HASH_INF : -HASH_INF;
        return hash_pointer(inst);
    }
    int e, sign = 1;
    double m = frexp(v, &e);
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0, y;
    const uint64_t M = (uint64_t)HASH_MODULUS;
    while (m) {
        x = ((x << 28) & M) | x >> (HASH_BITS - 28);
        m *= 268435456.0;           /* 2**28 */
        e -= 28;
        y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= M)
            x -= M;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & M) | x >> (HASH_BITS - e);
    x = x * (uint64_t)(int64_t)sign;
    if (x == (uint64_t)-1)
        x = (uint64_t)-2;
    return (hash_t)x;
}

hash_t hash_i64(int64_t v)
{
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    hash_t h = (hash_t)(mag % (uint64_t)HASH_MODULUS);
    if (v < 0)
        h = -h;
    return h == -1 ? -2 : h;
}

/* Magnitude modulo 2**61-1, most significant limb first; 2**64 is 8 mod M. */
hash_t hash_limbs(int negative, const uint64_t *limbs, size_t n)
{
    const unsigned __int128 M = (uint64_t)HASH_MODULUS;
    unsigned __int128 x = 0;
    for (size_t i = n; i-- > 0;)
        x = ((x << 64) | limbs[i]) % M;
    hash_t h = (hash_t)(uint64_t)x;
    if (negative)
        h = -h;
    return h == -1 ? -2 : h;
}

static inline uint64_t mix64(uint64_t a, uint64_t b)
{
    unsigned __int128 r = (unsigned __int128)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t rd64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

/* A wyhash-style hash: 8 bytes at a time through a 64x64->128 multiply.
 * Deterministic (fixed seed), no per-run randomisation. */
hash_t hash_bytes(const void *data, size_t n)
{
    const unsigned char *p = data;
    const uint64_t k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull,
                   k2 = 0x8ebc6af09c88c6e3ull;
    uint64_t h = k0 ^ (uint64_t)n;
    size_t i = 0;
    for (; i + 16 <= n; i += 16)
        h = mix64(rd64(p + i) ^ k1, rd64(p + i + 8) ^ h);
    if (i + 8 <= n) {
        h = mix64(rd64(p + i) ^ k1, h ^ k2);
        i += 8;
    }
    if (i < n) {
        uint64_t t = 0;
        memcpy(&t, p + i, n - i);
        h = mix64(t ^ k2, h ^ k1);
    }
    h = mix64(h ^ k0, (uint64_t)n ^ k1);
    hash_t r = (hash_t)h;
    return r == -1 ? -2 : r;
}
