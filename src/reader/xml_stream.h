/*
 * A libxml2 streaming reader over one package part, safe for hostile input:
 * no network, no DTD, no entity substitution (a part with a DOCTYPE is
 * rejected), nesting depth, part size, total size and compression ratio
 * counted on the bytes really inflated (declared sizes lie), and invalid
 * UTF-8 repaired to U+FFFD before the parser sees it.
 */
#ifndef VN_XML_STREAM_H
#define VN_XML_STREAM_H

#include <libxml/xmlreader.h>
#include <stdbool.h>

#include "reader/zip_package.h"

typedef struct vn_xml vn_xml;

/* Opens `part` for streaming. */
vnplan_status vn_xml_open(vn_package *pkg, const char *part, vn_xml **out);
/* Closes and frees; returns the first error met while reading (or OK). */
void vn_xml_close(vn_xml *x);

/* Advances to the next node. Returns 1 on a node, 0 at the end, or a
 * negative status (recorded in the context) on any error or limit. */
int vn_xml_next(vn_xml *x);

/* The current node. */
int vn_xml_type(vn_xml *x);              /* XML_READER_TYPE_* */
const char *vn_xml_local(vn_xml *x);     /* local name */
const char *vn_xml_ns(vn_xml *x);        /* namespace URI or "" */
int vn_xml_depth(vn_xml *x);
bool vn_xml_empty(vn_xml *x);            /* <a/> */
/* Attribute by local name (any namespace); NULL when absent. Valid until
 * the next call. */
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
