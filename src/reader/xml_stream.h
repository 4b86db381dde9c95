/*
 * A streaming XML pull parser over one package part, safe for hostile
 * input: no DTD and no entities beyond XML's five (a part with a DOCTYPE is
 * refused), namespaces resolved, nesting depth, part size, total size and
 * compression ratio counted on the bytes really inflated (declared sizes
 * lie), and invalid UTF-8 repaired to U+FFFD before the parser sees it.
 * Only the current token is held in memory, never the part.
 *
 * Why not libxml2: OOXML parts need none of DTDs, validation or encodings
 * beyond UTF-8/16, while libxml2 links ICU and libstdc++ — loading them was
 * a third of the start-up of every vnplan process — and its text reader
 * was the largest single cost of reading an ordinary plan.
 */
#ifndef VN_XML_STREAM_H
#define VN_XML_STREAM_H

#include <stdbool.h>
#include <stddef.h>

#include "reader/zip_package.h"

typedef struct vn_xml vn_xml;

/* Node types (numbered as libxml2's reader numbers them). Comments and
 * processing instructions are skipped; an empty element (<a/>) has no end
 * node. Whitespace-only text is SIGNIFICANT_WHITESPACE whatever xml:space
 * says, as libxml2's reader reports it (callers decide what counts). */
enum {
    VN_XML_ELEMENT = 1,
    VN_XML_TEXT = 3,
    VN_XML_CDATA = 4,
    VN_XML_SIGNIFICANT_WHITESPACE = 14,
    VN_XML_END_ELEMENT = 15,
};

/* Opens `part` for streaming. */
vnplan_status vn_xml_open(vn_package *pkg, const char *part, vn_xml **out);
/* Closes and frees; returns the first error met while reading (or OK). */
void vn_xml_close(vn_xml *x);

/* Advances to the next node. Returns 1 on a node, 0 at the end, or a
 * negative status (recorded in the context) on any error or limit. */
int vn_xml_next(vn_xml *x);

/* The current node. */
int vn_xml_type(vn_xml *x);              /* VN_XML_* */
const char *vn_xml_local(vn_xml *x);     /* local name */
const char *vn_xml_ns(vn_xml *x);        /* namespace URI or "" */
int vn_xml_depth(vn_xml *x);
bool vn_xml_empty(vn_xml *x);            /* <a/> */
/* Attribute by local name, unprefixed or in the element's own namespace
 * (a foreign-namespace attribute of that name is ignored); NULL when
 * absent. Valid until the next call. */
const char *vn_xml_attr(vn_xml *x, const char *local);
const char *vn_xml_value(vn_xml *x);     /* text of a text node */
/* Skips the subtree of the current element. Returns like vn_xml_next. */
int vn_xml_skip(vn_xml *x);
/* Invalid UTF-8 sequences replaced so far. */
size_t vn_xml_invalid_utf8(vn_xml *x);
/* The part name and current line, for messages. */
const char *vn_xml_part(vn_xml *x);
long vn_xml_line(vn_xml *x);

/* Attribute `local` as an integer; `missing` when absent, not a number or
 * beyond +-1e9. */
int vn_xml_int_attr(vn_xml *x, const char *local, int missing);

/* True when the attribute value means "on" (absent value counts as on):
 * "1", "true", "on"; false for "0", "false", "off", "none". */
bool vn_xml_onoff(const char *value);

#endif
