/* fastsearch.c — byte-string search shared by str and bytes methods (see
 * fastsearch.h): memchr for one-byte needles, a bloom-mask Horspool scan
 * for longer ones that starts without any set-up cost worth measuring, and
 * memmem (two-way, linear) once the scan has compared too many bytes. */
#include "objects/fastsearch.h"

#include <string.h>

#define BLOOM_ADD(mask, ch) ((mask) |= (uint64_t)1 << ((unsigned char)(ch) & 63))
#define BLOOM(mask, ch)     ((mask) & ((uint64_t)1 << ((unsigned char)(ch) & 63)))

intptr_t str_fast_count_byte(const char *h, size_t nh, unsigned char c)
{
    /* eight bytes at a time: a byte of x is zero exactly where h has c;
     * per-byte tallies (at most 255 rounds) are summed without popcount,
     * which baseline x86-64 lacks */
    const uint64_t ones = 0x0101010101010101ull, low7 = 0x7f7f7f7f7f7f7f7full;
    const uint64_t lanes = 0x00ff00ff00ff00ffull;
    const uint64_t pat = ones * c;
    intptr_t count = 0;
    size_t i = 0;
    while (i + 8 <= nh) {
        size_t lim = nh - i > 8 * 255 ? i + 8 * 255 : nh;
        uint64_t acc = 0;
        for (; i + 8 <= lim; i += 8) {
            uint64_t w;
            memcpy(&w, h + i, 8);
            uint64_t x = w ^ pat;
            uint64_t t = ((x & low7) + low7) | x;   /* high bit set where x != 0 */
            acc += (~t & ~low7) >> 7;
        }
        acc = (acc & lanes) + ((acc >> 8) & lanes);
        count += (intptr_t)((acc * 0x0001000100010001ull) >> 48);
    }
    for (; i < nh; i++)
        count += (unsigned char)h[i] == c;
    return count;
}

/* The Horspool scan: the first match at or after h, or NULL.  When it has
 * compared more than about twice the bytes it passed, it finishes with
 * memmem instead, so the whole search stays linear. */
static const char *horspool(const char *h, size_t nh, const char *n, size_t nn)
{
    size_t w = nh - nn, mlast = nn - 1, skip = mlast;
    uint64_t mask = 0;
    for (size_t i = 0; i < mlast; i++) {
        BLOOM_ADD(mask, n[i]);
        if (n[i] == n[mlast])
            skip = mlast - i - 1;
    }
    BLOOM_ADD(mask, n[mlast]);
    const char last = n[mlast];
    size_t hits = 0;
    for (size_t i = 0; i <= w; i++) {
        if (h[i + mlast] == last) {
            size_t j = 0;
            while (j < mlast && h[i + j] == n[j])
                j++;
            if (j == mlast)
                return h + i;
            hits += j + 1;
            if (hits > 2 * i + 1024)
                return memmem(h + i + 1, nh - i - 1, n, nn);
            if (i + nn < nh && !BLOOM(mask, h[i + nn]))
                i += nn;
            else
                i += skip;
        } else if (i + nn < nh && !BLOOM(mask, h[i + nn])) {
            i += nn;
        }
    }
    return NULL;
}

const char *str_fast_find(const char *h, size_t nh, const char *n, size_t nn)
{
    if (nn == 0)
        return h;
    if (nn > nh)
        return NULL;
    if (nn == 1)
        return memchr(h, (unsigned char)n[0], nh);
    return horspool(h, nh, n, nn);
}

const char *str_fast_rfind(const char *h, size_t nh, const char *n, size_t nn)
{
    if (nn == 0)
        return h + nh;
    if (nn > nh)
        return NULL;
    if (nn == 1)
        return memrchr(h, (unsigned char)n[0], nh);
    size_t mlast = nn - 1, skip = mlast;
    uint64_t mask = 0;
    BLOOM_ADD(mask, n[0]);
    for (size_t i = mlast; i > 0; i--) {
        BLOOM_ADD(mask, n[i]);
        if (n[i] == n[0])
            skip = i - 1;
    }
    /* i counts down from nh - nn; kept signed so the skips can pass 0 */
    for (intptr_t i = (intptr_t)(nh - nn); i >= 0; i--) {
        if (h[i] == n[0]) {
            size_t j = mlast;
            while (j > 0 && h[i + (intptr_t)j] == n[j])
                j--;
            if (j == 0)
                return h + i;
            if (i > 0 && !BLOOM(mask, h[i - 1]))
                i -= (intptr_t)nn;
            else
                i -= (intptr_t)skip;
        } else if (i > 0 && !BLOOM(mask, h[i - 1])) {
            i -= (intptr_t)nn;
        }
    }
    return NULL;
}

intptr_t str_fast_count(const char *h, size_t nh, const char *n, size_t nn,
                        intptr_t maxcount)
{
    if (nn > nh || maxcount <= 0)
        return 0;
    if (nn == 1 && maxcount >= (intptr_t)nh)
        return str_fast_count_byte(h, nh, (unsigned char)n[0]);
    intptr_t count = 0;
    const char *e = h + nh, *p;
    while (count < maxcount && (size_t)(e - h) >= nn &&
           (p = str_fast_find(h, (size_t)(e - h), n, nn)) != NULL) {
        count++;
        h = p + nn;
    }
    return count;
}
