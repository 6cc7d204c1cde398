#ifndef CGLIBCMALLOC_SHIM_H
#define CGLIBCMALLOC_SHIM_H
// glibc's allocator settings (mallopt); part of the C library, nothing to link. Empty where there is
// no <malloc.h> with mallopt (macOS).
#if defined(__GLIBC__) || (defined(__has_include) && __has_include(<malloc.h>) && defined(__linux__))
#include <malloc.h>
#endif
#endif
