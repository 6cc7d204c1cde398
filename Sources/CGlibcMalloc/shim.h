#ifndef CGLIBCMALLOC_SHIM_H
#define CGLIBCMALLOC_SHIM_H
// glibc's allocator settings (mallopt); part of the C library, nothing to link. Empty where there is
// no <malloc.h> (macOS); the Swift side calls it only where Glibc is.
#if defined(__linux__) && __has_include(<malloc.h>)
#include <malloc.h>
#endif
#endif
