#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H
/* pcre2.h refuses to compile without a code unit width, and pkg-config does not set one. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* PCRE2_UNSET is a cast macro that Swift does not import. */
static inline size_t cpcre2_unset(void) { return PCRE2_UNSET; }
#endif
