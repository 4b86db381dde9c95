/*
 * One package part parsed by libxml2's SAX2 push parser, for hostile input:
 * the zip entry is inflated 64 KiB at a time and each chunk handed to
 * xmlParseChunk, so only a chunk and libxml2's window are held, never the
 * part. The limits on inflated bytes (part, package, compression ratio,
 * declared size) are checked on every chunk; nesting depth and attributes
 * per element in the callbacks. No DTD is loaded, no entity is substituted
 * (XML_PARSE_NONET, no NOENT, no HUGE) and a part with a DOCTYPE is refused.
 * A part in UTF-8 has its invalid sequences replaced by U+FFFD before
 * libxml2 sees it (as the reader always did: Word's own files are clean,
 * broken ones come from converters); a part in another encoding is decoded
 * by libxml2 (UTF-16, ISO-8859-1, windows-1252, windows-1258, ...).
 *
 * The consumer's callbacks are called from libxml2's SAX2 callbacks, no
 * queue between them. Names come resolved: an element is its namespace
 * (VN_NS_*, from the URI, never the prefix) and its local name. Every
 * element has an end callback, an empty one (<a/>) too. Text is handed over
 * whole between two tags (libxml2 cuts it in pieces; they are joined).
 */
#ifndef VN_XML_SAX_H
#define VN_XML_SAX_H

#include <stdbool.h>
#include <stddef.h>

#include "reader/zip_package.h"

/* The namespaces the reader dispatches on. Transitional and Strict OOXML
 * share an id: the names inside are the same. */
enum {
    VN_NS_OTHER,   /* any other URI, or none */
    VN_NS_W,       /* WordprocessingML main */
    VN_NS_MC,      /* markup compatibility (AlternateContent) */
    VN_NS_M,       /* Office Math */
    VN_NS_A,       /* DrawingML main (theme fonts) */
    VN_NS_RELS,    /* package relationships */
    VN_NS_CT,      /* content types */
};

typedef struct vn_sax vn_sax;

/* The consumer. A callback returns VNPLAN_OK to go on, or a negative status
 * (already recorded in the context) to stop the parse with it. */
typedef struct vn_sax_handler {
    vnplan_status (*start)(void *ud, vn_sax *x, int ns, const char *local);
    vnplan_status (*end)(void *ud, vn_sax *x, int ns, const char *local);
    /* Text of an element (CDATA included), s[0..len) valid during the call. */
    vnplan_status (*text)(void *ud, vn_sax *x, const char *s, size_t len);
} vn_sax_handler;

/* Parses `part` of the package, calling h with ud. Returns the first error
 * (of the package, of libxml2, of a limit or of a callback). On success
 * *invalid_utf8 (if not NULL) is the number of sequences replaced. */
vnplan_status vn_sax_parse(vn_package *pkg, const char *part, const vn_sax_handler *h, void *ud,
                           size_t *invalid_utf8);

/* During a start callback: attribute `local`, unprefixed or in the
 * element's own namespace (a foreign x:val or x:Target is ignored, as Word
 * reads it); NULL when absent. Valid until the callback returns. */
const char *vn_sax_attr(vn_sax *x, const char *local);
/* Attribute `local` as an integer; `missing` when absent, not a number or
 * beyond +-1e9. */
int vn_sax_int_attr(vn_sax *x, const char *local, int missing);
/* True when the start tag is empty (<a/>): its end callback follows at once. */
bool vn_sax_empty(vn_sax *x);
/* During a start callback: skip the element's subtree; its end callback,
 * and every callback of what it contains, are not called. */
void vn_sax_skip(vn_sax *x);
/* Depth of the current element (the root is 0). */
int vn_sax_depth(vn_sax *x);
/* The URI of the current element's namespace ("" for none). */
const char *vn_sax_uri(vn_sax *x);
/* The part name and current line, for messages. */
const char *vn_sax_part(vn_sax *x);
long vn_sax_line(vn_sax *x);

/* True when the attribute value means "on" (absent value counts as on):
 * all but "0", "false", "off", "none". */
bool vn_sax_onoff(const char *value);

#endif
