#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2 is a macro that Swift does not import; this calls the function it expands to. */
static inline int czlib_inflate_init2(z_streamp stream, int window_bits) {
    return inflateInit2_(stream, window_bits, ZLIB_VERSION, (int)sizeof(z_stream));
}
#endif
