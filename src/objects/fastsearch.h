/* fastsearch.h — substring search over byte strings for str and bytes:
 * find, reverse find and non-overlapping count.  Short needles use a
 * Horspool-style scan with a bloom mask of the needle's bytes (CPython's
 * fastsearch); a scan that compares too much hands over to memmem, which
 * is linear in the worst case.  UTF-8 needles found in UTF-8 text always
 * start on a character boundary, so str uses these on its bytes. */
#ifndef GARTER_FASTSEARCH_H
#define GARTER_FASTSEARCH_H

#include <stddef.h>
#include <stdint.h>

/* First occurrence of n[0..nn) in h[0..nh), NULL if none; an empty needle
 * is found at h. */
const char *str_fast_find(const char *h, size_t nh, const char *n, size_t nn);
/* Last occurrence, NULL if none; an empty needle is found at h + nh. */
const char *str_fast_rfind(const char *h, size_t nh, const char *n, size_t nn);
/* Number of non-overlapping occurrences scanning left to right, at most
 * maxcount; the needle must not be empty. */
intptr_t str_fast_count(const char *h, size_t nh, const char *n, size_t nn,
                        intptr_t maxcount);
/* Occurrences of byte c in h[0..nh). */
intptr_t str_fast_count_byte(const char *h, size_t nh, unsigned char c);

#endif
