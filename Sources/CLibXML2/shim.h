#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
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
