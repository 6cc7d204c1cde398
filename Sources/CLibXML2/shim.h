#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> would include the system's
   <unicode/ucnv.h>, whose types clash with Foundation's own ICU copy (_FoundationICU) in any
   module that imports both ("'UErrorCode' has different definitions in different modules").
   The ICU-only fields are inside xmlCharEncodingHandler, which Swift code never touches. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

/* xmlFree is a mutable global function pointer, which Swift 6 rejects; call it through this. */
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }

#endif
