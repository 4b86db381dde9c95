/*
 * A pull tokenizer for the XML of OOXML parts: elements, attributes,
 * namespaces, text with XML's five entities and character references,
 * CDATA; comments and processing instructions skipped; DOCTYPEs refused.
 * Well-formedness is checked as far as the reader needs to trust what it
 * reads: matching end tags, one root, defined prefixes, no duplicate
 * attributes, only XML characters.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader/xml_input.h"
#include "reader/xml_stream.h"
#include "util/buf.h"
#include "util/ctx.h"

/* Attributes on one element: Word writes a few dozen at most; the cap
 * bounds the duplicate check's hash table (duplicate_attr). */
enum { MAX_ATTRS = 512 };

static const char XML_NS[] = "http://www.w3.org/XML/1998/namespace";

typedef struct attr { size_t qname, local, value; } attr;
typedef struct open_elem { size_t qname; size_t binds; } open_elem;
typedef struct binding { size_t prefix, plen, uri; } binding;

struct vn_xml {
    vn_xml_input in;
    char *part;
    vnplan_status error;
    /* The current node. */
    int type, depth;
    bool empty;
    const char *local, *ns, *value;
    vn_buf tok;                 /* decoded strings of the current node */
    attr *attrs;
    size_t nattrs, attrs_cap;
    /* Open elements and the namespace bindings in scope. */
    open_elem *stack;
    size_t nopen, stack_cap;
    vn_buf names;               /* qnames of the open elements */
    binding *binds;
    size_t nbinds, binds_cap;
    vn_buf nsbuf;               /* prefixes and URIs of the bindings */
    /* The last prefix looked up and its URI (Word's parts use "w:" on almost
     * every name), valid while the bindings stay as they were. */
    char cached_prefix[16];
    size_t cached_plen;
    const char *cached_uri;
    bool pop_pending;           /* the current node closed an element */
    bool root_seen;
};

/* Records the first error of the stream, with the part and line, and
 * returns it; an error of the input layer (already recorded) wins. */
static vnplan_status vfail(vn_xml *x, vnplan_status code, const char *prefix, const char *fmt, va_list ap) {
    if (x->error)
        return x->error;
    if (x->in.error)
        return x->error = x->in.error;
    x->error = code;
    char msg[400];
    vsnprintf(msg, sizeof msg, fmt, ap);
    vn_fail_line(x->in.pkg->ctx, code, x->part, vn_xml_input_line(&x->in), "%s%s", prefix, msg);
    return code;
}

static vnplan_status xml_fail(vn_xml *x, vnplan_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static vnplan_status xml_fail(vn_xml *x, vnplan_status code, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vnplan_status st = vfail(x, code, "", fmt, ap);
    va_end(ap);
    return st;
}

static vnplan_status malformed(vn_xml *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static vnplan_status malformed(vn_xml *x, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vnplan_status st = vfail(x, VNPLAN_EFORMAT, "malformed XML: ", fmt, ap);
    va_end(ap);
    return st;
}

/* The input layer's error (already in the context) as the stream's. */
static vnplan_status input_error(vn_xml *x) {
    if (!x->error)
        x->error = x->in.error;
    return x->error;
}

static vnplan_status nomem(vn_xml *x) {
    if (!x->error)
        x->error = vn_fail_nomem(x->in.pkg->ctx);
    return x->error;
}

/* Grows an array of `size`-byte items to hold n + 1. */
static bool reserve(void **items, size_t *cap, size_t n, size_t size) {
    if (n < *cap)
        return true;
    size_t c = *cap ? *cap * 2 : 16;
    void *p = realloc(*items, c * size);
    if (!p)
        return false;
    *items = p;
    *cap = c;
    return true;
}

vnplan_status vn_xml_open(vn_package *pkg, const char *part, vn_xml **out) {
    *out = NULL;
    vn_xml *x = calloc(1, sizeof *x);
    char *name = x ? strdup(part) : NULL;
    if (!name) {
        free(x);
        return vn_fail_nomem(pkg->ctx);
    }
    x->part = name;
    vnplan_status st = vn_xml_input_open(&x->in, pkg, x->part);
    if (st) {
        free(x->part);
        free(x);
        return st;
    }
    *out = x;
    return VNPLAN_OK;
}

void vn_xml_close(vn_xml *x) {
    if (!x)
        return;
    vn_xml_input_close(&x->in);
    vn_buf_free(&x->tok);
    vn_buf_free(&x->names);
    vn_buf_free(&x->nsbuf);
    free(x->attrs);
    free(x->stack);
    free(x->binds);
    free(x->part);
    free(x);
}

/* --- scanning the input -------------------------------------------------- */

/* One token (a text, a tag, a comment) is held whole in memory; past four
 * times max-paragraph-bytes (16 MiB by default) no Word part needs it, and
 * a hostile one must not make the tokenizer hold the whole part. True (and
 * the error recorded) when `scanned` bytes of one token are too many. */
static bool token_too_long(vn_xml *x, size_t scanned) {
    long long max = 4 * vn_limit(x->in.pkg->ctx, VNPLAN_LIMIT_PARAGRAPH_BYTES);
    if ((long long)scanned <= max)
        return false;
    xml_fail(x, VNPLAN_ELIMIT, "one text, tag or comment longer than %lld bytes (4 x limit max-paragraph-bytes)",
             max);
    return true;
}

/* Byte i after pos, reading more input as needed; -1 past the end. */
static inline int byte_at(vn_xml *x, size_t i) {
    while (x->in.pos + i >= x->in.len)
        if (!vn_xml_input_more(&x->in))
            return -1;
    return x->in.buf[x->in.pos + i];
}

/* memmem, which C11 and POSIX lack. */
static const unsigned char *find_bytes(const unsigned char *h, size_t hn, const char *pat, size_t pn) {
    while (hn >= pn) {
        const unsigned char *c = memchr(h, pat[0], hn - pn + 1);
        if (!c)
            return NULL;
        if (!memcmp(c, pat, pn))
            return c;
        hn -= (size_t)(c + 1 - h);
        h = c + 1;
    }
    return NULL;
}

/* Offset from pos of the next `pat`, searching from `from`; SIZE_MAX when
 * the part ends first. */
static size_t find(vn_xml *x, size_t from, const char *pat, size_t plen) {
    for (;;) {
        size_t avail = x->in.len - x->in.pos;
        if (avail >= from + plen) {
            const unsigned char *hit = find_bytes(x->in.buf + x->in.pos + from, avail - from, pat, plen);
            if (hit)
                return (size_t)(hit - (x->in.buf + x->in.pos));
            from = avail - plen + 1;
        }
        if (token_too_long(x, x->in.len - x->in.pos) || !vn_xml_input_more(&x->in))
            return SIZE_MAX;
    }
}

/* Length of the tag at pos through its '>', quotes respected; 0 when the
 * part ends first. */
static size_t tag_length(vn_xml *x) {
    size_t i = 1;
    unsigned char quote = 0;
    for (;;) {
        const unsigned char *b = x->in.buf + x->in.pos;
        size_t avail = x->in.len - x->in.pos;
        for (; i < avail; i++) {
            unsigned char c = b[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '>') {
                return i + 1;
            } else if (c == '"' || c == '\'') {
                quote = c;
            }
        }
        if (token_too_long(x, avail) || !vn_xml_input_more(&x->in))
            return 0;
    }
}

static inline bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static inline bool is_name_byte(unsigned char c) {
    return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == ':' || c == '-' || c == '.';
}

/* A name at s[i..n): its end, or i when there is none. */
static size_t name_end(const unsigned char *s, size_t i, size_t n) {
    if (i >= n || !is_name_byte(s[i]) || s[i] == '-' || s[i] == '.' || (s[i] >= '0' && s[i] <= '9'))
        return i;
    while (i < n && is_name_byte(s[i]))
        i++;
    return i;
}

/* --- text ----------------------------------------------------------------- */

/* A character reference's value, or 0 when it is not an XML character. */
static uint32_t char_ref(const unsigned char *s, size_t n) {
    uint32_t v = 0;
    bool hex = n > 0 && s[0] == 'x';
    size_t i = hex ? 1 : 0;
    if (i == n)
        return 0;
    for (; i < n; i++) {
        unsigned c = s[i], d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            d = (c | 0x20) - 'a' + 10;
        else
            return 0;
        v = v * (hex ? 16 : 10) + d;
        if (v > 0x10FFFF)
            return 0;
    }
    bool ok = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) ||
              v >= 0x10000;
    return ok ? v : 0;
}

enum { AS_TEXT, AS_ATTR, AS_CDATA };

/* Appends s[0..n) to out with line ends normalised and, except in CDATA,
 * references replaced; in an attribute value, white space becomes a space.
 * Checks that every character is an XML character. */
static bool decode_text(vn_xml *x, vn_buf *out, const unsigned char *s, size_t n, int mode) {
    bool in_attr = mode == AS_ATTR;
    size_t run = 0;   /* start of the bytes not yet copied */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c >= 0x20 && c != '&' && c != 0xEF)
            continue;
        if (c == '&' && mode == AS_CDATA)
            continue;
        if (c == 0xEF) {   /* U+FFFE and U+FFFF are not XML characters */
            if (i + 2 < n && s[i + 1] == 0xBF && (s[i + 2] == 0xBE || s[i + 2] == 0xBF)) {
                malformed(x, "a character that XML does not allow (U+FFFE or U+FFFF)");
                return false;
            }
            continue;
        }
        if (c == '\n' || (c == '\t' && !in_attr))
            continue;
        vn_buf_append(out, s + run, i - run);
        if (c == '\t') {
            vn_buf_putc(out, ' ');
        } else if (c == '\r' || c == '\n') {
            vn_buf_putc(out, in_attr ? ' ' : '\n');
            if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
                i++;
        } else if (c == '&') {
            const unsigned char *semi = memchr(s + i + 1, ';', n - i - 1);
            if (!semi) {
                malformed(x, "a '&' that starts no entity or character reference");
                return false;
            }
            const unsigned char *r = s + i + 1;
            size_t rn = (size_t)(semi - r);
            if (rn > 0 && r[0] == '#') {
                uint32_t cp = char_ref(r + 1, rn - 1);
                if (!cp) {
                    malformed(x, "a character reference to a character XML does not allow");
                    return false;
                }
                vn_buf_put_utf8(out, cp);
            } else if (rn == 2 && r[0] == 'l' && r[1] == 't') {
                vn_buf_putc(out, '<');
            } else if (rn == 2 && r[0] == 'g' && r[1] == 't') {
                vn_buf_putc(out, '>');
            } else if (rn == 3 && !memcmp(r, "amp", 3)) {
                vn_buf_putc(out, '&');
            } else if (rn == 4 && !memcmp(r, "quot", 4)) {
                vn_buf_putc(out, '"');
            } else if (rn == 4 && !memcmp(r, "apos", 4)) {
                vn_buf_putc(out, '\'');
            } else {
                malformed(x, "entity '%.*s' not defined (a part may use only XML's five entities)",
                          (int)(rn < 63 ? rn : 63), (const char *)r);
                return false;
            }
            i += rn + 1;
        } else {
            malformed(x, "a control character (U+%04X) that XML does not allow", c);
            return false;
        }
        run = i + 1;
    }
    vn_buf_append(out, s + run, n - run);
    if (out->failed) {
        nomem(x);
        return false;
    }
    return true;
}

/* --- namespaces ------------------------------------------------------------ */

static bool bind(vn_xml *x, const char *prefix, size_t plen, const char *uri) {
    x->cached_uri = NULL;
    if (!reserve((void **)&x->binds, &x->binds_cap, x->nbinds, sizeof *x->binds))
        return false;
    binding *b = &x->binds[x->nbinds++];
    b->prefix = x->nsbuf.len;
    b->plen = plen;
    vn_buf_append(&x->nsbuf, prefix, plen);
    vn_buf_putc(&x->nsbuf, '\0');
    b->uri = x->nsbuf.len;
    vn_buf_puts(&x->nsbuf, uri);
    vn_buf_putc(&x->nsbuf, '\0');
    return !x->nsbuf.failed;
}

/* The URI bound to prefix[0..plen) ("" for no default namespace), or NULL. */
static const char *lookup(vn_xml *x, const char *prefix, size_t plen) {
    if (x->cached_uri && plen == x->cached_plen && !memcmp(prefix, x->cached_prefix, plen))
        return x->cached_uri;
    for (size_t i = x->nbinds; i-- > 0;) {
        const binding *b = &x->binds[i];
        if (b->plen == plen && !memcmp(x->nsbuf.data + b->prefix, prefix, plen)) {
            if (plen < sizeof x->cached_prefix) {
                memcpy(x->cached_prefix, prefix, plen);
                x->cached_plen = plen;
                x->cached_uri = x->nsbuf.data + b->uri;
            }
            return x->nsbuf.data + b->uri;
        }
    }
    if (plen == 3 && !memcmp(prefix, "xml", 3))
        return XML_NS;
    return plen == 0 ? "" : NULL;
}

/* Closes the element of the previous node (an end tag or an empty element). */
static void pop_element(vn_xml *x) {
    open_elem *e = &x->stack[--x->nopen];
    if (x->nbinds > e->binds)
        x->cached_uri = NULL;
    size_t keep = x->nbinds > e->binds ? x->binds[e->binds].prefix : x->nsbuf.len;
    x->nbinds = e->binds;
    vn_buf_truncate(&x->nsbuf, keep);
    vn_buf_truncate(&x->names, e->qname);
    x->pop_pending = false;
}

/* --- nodes ------------------------------------------------------------------ */

/* The first attribute name that appears twice on the element, or NULL:
 * pairwise for a few attributes, through a small hash table for many (a
 * hostile part with hundreds of attributes on every element must not cost
 * a quadratic number of comparisons). */
static const char *duplicate_attr(const vn_xml *x, const char *t) {
    enum { PAIRWISE_MAX = 16, SLOTS = 2 * MAX_ATTRS };
    size_t n = x->nattrs;
    if (n <= PAIRWISE_MAX) {
        for (size_t k = 1; k < n; k++)
            for (size_t j = 0; j < k; j++)
                if (!strcmp(t + x->attrs[k].qname, t + x->attrs[j].qname))
                    return t + x->attrs[k].qname;
        return NULL;
    }
    unsigned short slot[SLOTS];   /* attribute index + 1, 0 when free */
    memset(slot, 0, sizeof slot);
    for (size_t k = 0; k < n; k++) {
        const char *q = t + x->attrs[k].qname;
        uint32_t h = 2166136261u;   /* FNV-1a */
        for (const unsigned char *c = (const unsigned char *)q; *c; c++)
            h = (h ^ *c) * 16777619u;
        for (size_t i = h % SLOTS;; i = (i + 1) % SLOTS) {
            if (!slot[i]) {
                slot[i] = (unsigned short)(k + 1);
                break;
            }
            if (!strcmp(q, t + x->attrs[slot[i] - 1].qname))
                return q;
        }
    }
    return NULL;
}

static int start_tag(vn_xml *x, size_t len) {
    const unsigned char *s = x->in.buf + x->in.pos;
    size_t n = len - 1;   /* up to the '>' */
    size_t ne = name_end(s, 1, n);
    if (ne == 1)
        return malformed(x, "a '<' that starts no tag");
    vn_buf_clear(&x->tok);
    x->nattrs = 0;
    vn_buf_append(&x->tok, s + 1, ne - 1);
    vn_buf_putc(&x->tok, '\0');
    size_t i = ne;
    bool empty = false;
    for (;;) {
        size_t ws = i;
        while (i < n && is_space(s[i]))
            i++;
        if (i == n)
            break;
        if (s[i] == '/' && i + 1 == n) {
            empty = true;
            break;
        }
        size_t ae = name_end(s, i, n);
        if (ae == i || ws == i)
            return malformed(x, "a malformed attribute in <%s>", x->tok.data);
        size_t qs = i;
        i = ae;
        while (i < n && is_space(s[i]))
            i++;
        if (i == n || s[i] != '=')
            return malformed(x, "an attribute without '=' in <%s>", x->tok.data);
        i++;
        while (i < n && is_space(s[i]))
            i++;
        if (i == n || (s[i] != '"' && s[i] != '\''))
            return malformed(x, "an attribute value without quotes in <%s>", x->tok.data);
        unsigned char q = s[i++];
        const unsigned char *v = s + i;
        const unsigned char *ve = memchr(v, q, n - i);
        if (!ve)
            return malformed(x, "an unterminated attribute value in <%s>", x->tok.data);
        if (memchr(v, '<', (size_t)(ve - v)))
            return malformed(x, "a '<' in an attribute value of <%s>", x->tok.data);
        if (x->nattrs == MAX_ATTRS)
            return malformed(x, "more than %d attributes on <%s>", MAX_ATTRS, x->tok.data);
        if (!reserve((void **)&x->attrs, &x->attrs_cap, x->nattrs, sizeof *x->attrs))
            return nomem(x);
        attr *a = &x->attrs[x->nattrs++];
        a->qname = x->tok.len;
        vn_buf_append(&x->tok, s + qs, ae - qs);
        vn_buf_putc(&x->tok, '\0');
        a->value = x->tok.len;
        if (!decode_text(x, &x->tok, v, (size_t)(ve - v), AS_ATTR))
            return x->error;
        vn_buf_putc(&x->tok, '\0');
        i = (size_t)(ve - s) + 1;
    }
    if (x->tok.failed)
        return nomem(x);
    const char *t = x->tok.data;
    long long max_depth = vn_limit(x->in.pkg->ctx, VNPLAN_LIMIT_XML_DEPTH);
    if ((long long)x->nopen + 1 > max_depth)
        return xml_fail(x, VNPLAN_ELIMIT, "XML elements nested deeper than %lld (limit max-xml-depth)", max_depth);
    if (x->nopen == 0 && x->root_seen)
        return malformed(x, "content after the root element (<%s>)", t);
    /* Open the element: its namespace declarations, then its names. */
    if (!reserve((void **)&x->stack, &x->stack_cap, x->nopen, sizeof *x->stack))
        return nomem(x);
    open_elem *e = &x->stack[x->nopen++];
    e->qname = x->names.len;
    e->binds = x->nbinds;
    vn_buf_puts(&x->names, t);
    vn_buf_putc(&x->names, '\0');
    x->root_seen = true;
    const char *twice = duplicate_attr(x, t);
    if (twice)
        return malformed(x, "attribute '%s' appears twice on <%s>", twice, t);
    for (size_t k = 0; k < x->nattrs; k++) {
        const char *q = t + x->attrs[k].qname;
        if (!strcmp(q, "xmlns")) {
            if (!bind(x, "", 0, t + x->attrs[k].value))
                return nomem(x);
        } else if (!strncmp(q, "xmlns:", 6)) {
            if (!bind(x, q + 6, strlen(q + 6), t + x->attrs[k].value))
                return nomem(x);
        }
    }
    if (x->names.failed)
        return nomem(x);
    for (size_t k = 0; k < x->nattrs; k++) {
        const char *q = t + x->attrs[k].qname, *colon = strchr(q, ':');
        x->attrs[k].local = x->attrs[k].qname + (colon ? (size_t)(colon + 1 - q) : 0);
        if (colon && strncmp(q, "xmlns:", 6) && !lookup(x, q, (size_t)(colon - q)))
            return malformed(x, "namespace prefix of '%s' on <%s> is not defined", q, t);
    }
    const char *colon = strchr(t, ':');
    const char *uri = lookup(x, t, colon ? (size_t)(colon - t) : 0);
    if (!uri)
        return malformed(x, "namespace prefix %.*s on <%s> is not defined", (int)(colon - t), t, t);
    x->type = VN_XML_ELEMENT;
    x->depth = (int)x->nopen - 1;
    x->empty = empty;
    x->local = colon ? colon + 1 : t;
    x->ns = uri;
    x->value = "";
    x->pop_pending = empty;
    x->in.pos += len;
    return 1;
}

static int end_tag(vn_xml *x, size_t len) {
    const unsigned char *s = x->in.buf + x->in.pos;
    size_t ne = name_end(s, 2, len - 1), i = ne;
    while (i < len - 1 && is_space(s[i]))
        i++;
    vn_buf_clear(&x->tok);
    vn_buf_append(&x->tok, s + 2, ne - 2);
    if (x->tok.failed)
        return nomem(x);
    if (ne == 2 || i != len - 1)
        return malformed(x, "a malformed end tag </%s>", x->tok.data);
    if (x->nopen == 0)
        return malformed(x, "end tag </%s> without a start tag", x->tok.data);
    const char *open = x->names.data + x->stack[x->nopen - 1].qname;
    if (strcmp(open, x->tok.data))
        return malformed(x, "end tag </%s> does not match <%s>", x->tok.data, open);
    x->nattrs = 0;
    const char *colon = strchr(x->tok.data, ':');
    x->type = VN_XML_END_ELEMENT;
    x->depth = (int)x->nopen - 1;
    x->empty = false;
    x->local = colon ? colon + 1 : x->tok.data;
    x->ns = lookup(x, x->tok.data, colon ? (size_t)(colon - x->tok.data) : 0);
    if (!x->ns)
        x->ns = "";
    x->value = "";
    x->pop_pending = true;
    x->in.pos += len;
    return 1;
}

/* Text up to the next '<' (or the end of the part). */
static int text(vn_xml *x) {
    size_t n = 0;
    for (;;) {
        size_t avail = x->in.len - x->in.pos;
        const unsigned char *lt = memchr(x->in.buf + x->in.pos + n, '<', avail - n);
        if (lt) {
            n = (size_t)(lt - (x->in.buf + x->in.pos));
            break;
        }
        n = avail;
        if (token_too_long(x, n) || !vn_xml_input_more(&x->in))
            break;
    }
    if (x->error)
        return x->error;
    if (x->in.error)
        return input_error(x);
    const unsigned char *s = x->in.buf + x->in.pos;
    bool blank = true;
    for (size_t i = 0; i < n && blank; i++)
        blank = is_space(s[i]);
    if (x->nopen == 0) {
        if (!blank)
            return malformed(x, "text %s the root element", x->root_seen ? "after" : "before");
        x->in.pos += n;
        return 0;   /* nothing to report */
    }
    vn_buf_clear(&x->tok);
    if (!decode_text(x, &x->tok, s, n, AS_TEXT))
        return x->error;
    x->nattrs = 0;
    x->type = blank ? VN_XML_SIGNIFICANT_WHITESPACE : VN_XML_TEXT;
    x->depth = (int)x->nopen;
    x->empty = false;
    x->local = "#text";
    x->ns = "";
    x->value = vn_buf_cstr(&x->tok);
    x->in.pos += n;
    return 1;
}

/* Comments, processing instructions, CDATA and DOCTYPEs. */
static int markup(vn_xml *x) {
    int c1 = byte_at(x, 1);
    const unsigned char *s;
    if (c1 == '?') {
        size_t end = find(x, 2, "?>", 2);
        if (end == SIZE_MAX)
            return malformed(x, "an unterminated processing instruction");
        x->in.pos += end + 2;
        return 0;
    }
    if (byte_at(x, 3) < 0)
        return malformed(x, "the part ends inside a tag");
    s = x->in.buf + x->in.pos;
    if (s[2] == '-' && s[3] == '-') {
        size_t end = find(x, 4, "-->", 3);
        if (end == SIZE_MAX)
            return malformed(x, "an unterminated comment");
        x->in.pos += end + 3;
        return 0;
    }
    if (byte_at(x, 8) >= 0 && !memcmp(x->in.buf + x->in.pos, "<![CDATA[", 9)) {
        size_t end = find(x, 9, "]]>", 3);
        if (end == SIZE_MAX)
            return malformed(x, "an unterminated CDATA section");
        if (x->nopen == 0)
            return malformed(x, "a CDATA section outside the root element");
        vn_buf_clear(&x->tok);
        if (!decode_text(x, &x->tok, x->in.buf + x->in.pos + 9, end - 9, AS_CDATA))
            return x->error;
        x->nattrs = 0;
        x->type = VN_XML_CDATA;
        x->depth = (int)x->nopen;
        x->empty = false;
        x->local = "#cdata-section";
        x->ns = "";
        x->value = x->tok.data;
        x->in.pos += end + 3;
        return 1;
    }
    if (byte_at(x, 8) >= 0 && !memcmp(x->in.buf + x->in.pos, "<!DOCTYPE", 9))
        return xml_fail(x, VNPLAN_EFORMAT,
                        "refused: the part has a DOCTYPE declaration (entity expansion or external "
                        "entities), which OOXML never uses");
    return malformed(x, "a '<!' that starts no comment or CDATA section");
}

int vn_xml_next(vn_xml *x) {
    if (x->error)
        return x->error;
    if (x->pop_pending)
        pop_element(x);
    for (;;) {
        int c = byte_at(x, 0);
        if (c < 0) {
            if (x->in.error)
                return input_error(x);
            if (x->nopen > 0)
                return malformed(x, "the part ends inside <%s> (truncated)",
                                 x->names.data + x->stack[x->nopen - 1].qname);
            if (!x->root_seen)
                return malformed(x, "the part has no root element");
            return 0;
        }
        int r;
        if (c != '<') {
            r = text(x);
        } else {
            int c1 = byte_at(x, 1);
            if (c1 == '?' || c1 == '!') {
                r = markup(x);
            } else {
                size_t len = tag_length(x);
                if (len == 0)
                    r = x->in.error ? input_error(x)
                                    : malformed(x, "the part ends inside a tag");
                else if (c1 == '/')
                    r = end_tag(x, len);
                else
                    r = start_tag(x, len);
            }
        }
        if (r != 0)
            return r;
    }
}

int vn_xml_skip(vn_xml *x) {
    if (x->error)
        return x->error;
    if (vn_xml_type(x) != VN_XML_ELEMENT || vn_xml_empty(x))
        return 1;
    int depth = vn_xml_depth(x);
    int r;
    while ((r = vn_xml_next(x)) == 1)
        if (vn_xml_type(x) == VN_XML_END_ELEMENT && vn_xml_depth(x) == depth)
            return 1;
    return r;
}

int vn_xml_type(vn_xml *x) { return x->type; }
const char *vn_xml_local(vn_xml *x) { return x->local ? x->local : ""; }
const char *vn_xml_ns(vn_xml *x) { return x->ns ? x->ns : ""; }
int vn_xml_depth(vn_xml *x) { return x->depth; }
bool vn_xml_empty(vn_xml *x) { return x->empty; }
const char *vn_xml_value(vn_xml *x) { return x->value ? x->value : ""; }
size_t vn_xml_invalid_utf8(vn_xml *x) { return x->in.invalid; }
const char *vn_xml_part(vn_xml *x) { return x->part; }
long vn_xml_line(vn_xml *x) { return vn_xml_input_line(&x->in); }

const char *vn_xml_attr(vn_xml *x, const char *local) {
    const char *t = x->tok.data;
    for (size_t i = 0; i < x->nattrs; i++) {
        const char *q = t + x->attrs[i].qname;
        if (strcmp(t + x->attrs[i].local, local) || !strncmp(q, "xmlns", 5))
            continue;
        /* A prefixed attribute counts only in the element's own namespace
         * (w:val on a w: element), as Word reads it: a foreign x:val or
         * x:Target is ignored, never taken for the real one. */
        const char *colon = strchr(q, ':');
        if (colon) {
            const char *uri = lookup(x, q, (size_t)(colon - q));
            if (!uri || !x->ns || strcmp(uri, x->ns))
                continue;
        }
        return t + x->attrs[i].value;
    }
    return NULL;
}

int vn_xml_int_attr(vn_xml *x, const char *local, int missing) {
    const char *v = vn_xml_attr(x, local);
    if (!v)
        return missing;
    char *end;
    long n = strtol(v, &end, 10);
    return (end == v || n < -1000000000L || n > 1000000000L) ? missing : (int)n;
}

bool vn_xml_onoff(const char *v) {
    if (!v)
        return true;
    return !(strcmp(v, "0") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0 ||
             strcmp(v, "none") == 0);
}
