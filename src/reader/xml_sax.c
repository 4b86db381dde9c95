/* A package part through libxml2's SAX2 push parser, under limits. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "reader/xml_sax.h"
#include "util/buf.h"
#include "util/ctx.h"

/* Attributes on one element: Word writes a few dozen at most. */
enum { MAX_ATTRS = 512, CHUNK = 64 * 1024, NS_CACHE = 8 };

typedef struct sax_attr {
    const xmlChar *local, *uri;
    size_t value;                  /* offset in vals */
} sax_attr;

struct vn_sax {
    vn_package *pkg;
    vnplan_ctx *ctx;
    const char *part;
    const vn_sax_handler *h;
    void *ud;
    xmlParserCtxtPtr pc;
    vnplan_status st;              /* the first error, already in the context */
    int open;                      /* elements open */
    int depth;                     /* of the element of the current callback */
    int skip_depth;                /* depth of the element being skipped, or -1 */
    long long max_depth, max_text;
    /* The element of the current start callback. */
    const xmlChar *uri;
    sax_attr attrs[MAX_ATTRS];
    int nattrs;
    vn_buf vals;                   /* its attribute values, NUL-terminated */
    vn_buf text;                   /* text since the last tag */
    /* URIs seen (interned by libxml2's dictionary) and their VN_NS_* ids. */
    const xmlChar *ns_uri[NS_CACHE];
    int ns_id[NS_CACHE];
    int ns_next;
    size_t invalid;                /* invalid UTF-8 sequences replaced */
    char generic[200];             /* libxml2's first message without a context */
};

static const struct { const char *uri; int id; } known_ns[] = {
    {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", VN_NS_W},
    {"http://purl.oclc.org/ooxml/wordprocessingml/main", VN_NS_W},
    {"http://schemas.openxmlformats.org/markup-compatibility/2006", VN_NS_MC},
    {"http://schemas.openxmlformats.org/officeDocument/2006/math", VN_NS_M},
    {"http://purl.oclc.org/ooxml/officeDocument/math", VN_NS_M},
    {"http://schemas.openxmlformats.org/drawingml/2006/main", VN_NS_A},
    {"http://purl.oclc.org/ooxml/drawingml/main", VN_NS_A},
    {"http://schemas.openxmlformats.org/package/2006/relationships", VN_NS_RELS},
    {"http://schemas.openxmlformats.org/package/2006/content-types", VN_NS_CT},
};

static int ns_of(vn_sax *x, const xmlChar *uri) {
    if (!uri)
        return VN_NS_OTHER;
    for (int i = 0; i < NS_CACHE; i++)
        if (x->ns_uri[i] == uri)
            return x->ns_id[i];
    int id = VN_NS_OTHER;
    for (size_t i = 0; i < sizeof known_ns / sizeof known_ns[0]; i++)
        if (!strcmp((const char *)uri, known_ns[i].uri))
            id = known_ns[i].id;
    x->ns_uri[x->ns_next] = uri;
    x->ns_id[x->ns_next] = id;
    x->ns_next = (x->ns_next + 1) % NS_CACHE;
    return id;
}

static void stop(vn_sax *x, vnplan_status st) {
    if (!x->st)
        x->st = st;
    if (x->pc)
        xmlStopParser(x->pc);
}

static void sax_fail(vn_sax *x, vnplan_status code, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void sax_fail(vn_sax *x, vnplan_status code, long line, const char *fmt, ...) {
    if (x->st)
        return;
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    stop(x, vn_fail_line(x->ctx, code, x->part, line, "%s", msg));
}

long vn_sax_line(vn_sax *x) { return x->pc ? (long)xmlSAX2GetLineNumber(x->pc) : 1; }
const char *vn_sax_part(vn_sax *x) { return x->part; }
int vn_sax_depth(vn_sax *x) { return x->depth; }
const char *vn_sax_uri(vn_sax *x) { return x->uri ? (const char *)x->uri : ""; }
void vn_sax_skip(vn_sax *x) {
    if (x->skip_depth < 0)
        x->skip_depth = x->open - 1;
}

/* libxml2 calls startElementNs with its input at the end of the start tag:
 * at "/>" for an empty element, whose end callback it makes next. */
bool vn_sax_empty(vn_sax *x) {
    const xmlChar *c = x->pc && x->pc->input ? x->pc->input->cur : NULL;
    return c && c[0] == '/' && c[1] == '>';
}

const char *vn_sax_attr(vn_sax *x, const char *local) {
    for (int i = 0; i < x->nattrs; i++) {
        const sax_attr *a = &x->attrs[i];
        if (strcmp((const char *)a->local, local))
            continue;
        if (a->uri && a->uri != x->uri && (!x->uri || strcmp((const char *)a->uri, (const char *)x->uri)))
            continue;
        return x->vals.data + a->value;
    }
    return NULL;
}

int vn_sax_int_attr(vn_sax *x, const char *local, int missing) {
    const char *v = vn_sax_attr(x, local);
    if (!v)
        return missing;
    char *end;
    long n = strtol(v, &end, 10);
    return (end == v || n < -1000000000L || n > 1000000000L) ? missing : (int)n;
}

bool vn_sax_onoff(const char *v) {
    if (!v)
        return true;
    return !(strcmp(v, "0") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0 ||
             strcmp(v, "none") == 0);
}

/* --- the SAX2 callbacks ---------------------------------------------------- */

static void call(vn_sax *x, vnplan_status st) {
    if (st)
        stop(x, st);
}

/* Hands the text gathered since the last tag to the consumer. */
static void flush_text(vn_sax *x) {
    if (!x->text.len)
        return;
    if (x->skip_depth < 0 && x->h->text && !x->st)
        call(x, x->h->text(x->ud, x, x->text.data, x->text.len));
    vn_buf_clear(&x->text);
}

static void on_start(void *ud, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri, int nb_ns,
                     const xmlChar **ns, int nb_attrs, int nb_defaulted, const xmlChar **attrs) {
    (void)prefix, (void)nb_ns, (void)ns, (void)nb_defaulted;
    vn_sax *x = ud;
    if (x->st)
        return;
    flush_text(x);
    if (x->open + 1 > x->max_depth) {
        sax_fail(x, VNPLAN_ELIMIT, vn_sax_line(x), "XML elements nested deeper than %lld (limit max-xml-depth)",
                 x->max_depth);
        return;
    }
    x->open++;
    if (x->skip_depth >= 0 || x->st)
        return;
    if (nb_attrs > MAX_ATTRS) {
        sax_fail(x, VNPLAN_EFORMAT, vn_sax_line(x), "malformed XML: more than %d attributes on <%s>", MAX_ATTRS,
                 (const char *)local);
        return;
    }
    vn_buf_clear(&x->vals);
    for (int i = 0; i < nb_attrs; i++) {
        const xmlChar **a = attrs + 5 * i;   /* local, prefix, URI, value, end */
        x->attrs[i].local = a[0];
        x->attrs[i].uri = a[2];
        x->attrs[i].value = x->vals.len;
        vn_buf_append(&x->vals, a[3], (size_t)(a[4] - a[3]));
        vn_buf_putc(&x->vals, '\0');
    }
    if (x->vals.failed) {
        stop(x, vn_fail_nomem(x->ctx));
        return;
    }
    x->nattrs = nb_attrs;
    x->uri = uri;
    x->depth = x->open - 1;
    call(x, x->h->start(x->ud, x, ns_of(x, uri), (const char *)local));
    x->nattrs = 0;
}

static void on_end(void *ud, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri) {
    (void)prefix;
    vn_sax *x = ud;
    if (x->st)
        return;
    flush_text(x);
    x->open--;
    if (x->skip_depth >= 0) {
        if (x->open == x->skip_depth)
            x->skip_depth = -1;
        return;
    }
    x->uri = uri;
    x->depth = x->open;
    if (x->h->end)
        call(x, x->h->end(x->ud, x, ns_of(x, uri), (const char *)local));
}

static void on_text(void *ud, const xmlChar *s, int len) {
    vn_sax *x = ud;
    if (x->st || x->skip_depth >= 0 || len <= 0)
        return;
    vn_buf_append(&x->text, s, (size_t)len);
    if (x->text.failed)
        stop(x, vn_fail_nomem(x->ctx));
    else if ((long long)x->text.len > x->max_text)
        sax_fail(x, VNPLAN_ELIMIT, vn_sax_line(x),
                 "one text longer than %lld bytes (4 x limit max-paragraph-bytes)", x->max_text);
}

static void on_doctype(void *ud, const xmlChar *name, const xmlChar *ext, const xmlChar *sys) {
    (void)name, (void)ext, (void)sys;
    vn_sax *x = ud;
    sax_fail(x, VNPLAN_EFORMAT, vn_sax_line(x),
             "refused: the part has a DOCTYPE declaration (entity expansion or external entities), "
             "which OOXML never uses");
}

/* libxml2's errors, one line each; warnings are not errors. */
static void on_error(void *ud, xmlErrorPtr e) {
    vn_sax *x = ud;
    if (!x || x->st || !e || e->level < XML_ERR_ERROR)
        return;
    char msg[300];
    snprintf(msg, sizeof msg, "%s", e->message ? e->message : "unknown error");
    for (size_t n = strlen(msg); n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '); n--)
        msg[n - 1] = '\0';
    if (x->generic[0])   /* the cause (an encoder's failure) came first */
        snprintf(msg, sizeof msg, "%s", x->generic);
    if (e->code == XML_ERR_UNSUPPORTED_ENCODING)
        sax_fail(x, VNPLAN_EUNSUPPORTED, e->line, "the part is in an XML encoding libxml2 cannot read (%s)", msg);
    else
        sax_fail(x, VNPLAN_EFORMAT, e->line, "malformed XML: %s", msg);
}

/* Errors libxml2 raises without a parser context (an encoder failing on
 * bytes its encoding does not define) would go to stderr; the library never
 * prints: the first is kept, as the cause of the error that follows. */
static void generic_error(void *ud, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void generic_error(void *ud, const char *fmt, ...) {
    vn_sax *x = ud;
    if (x->generic[0])
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(x->generic, sizeof x->generic, fmt, ap);
    va_end(ap);
    for (size_t n = strlen(x->generic); n > 0 && (x->generic[n - 1] == '\n' || x->generic[n - 1] == ' '); n--)
        x->generic[n - 1] = '\0';
}

static void init_once(void) { xmlInitParser(); }

/* --- feeding the parser ---------------------------------------------------- */

/* Length of a valid UTF-8 sequence at s (avail bytes), 0 when invalid,
 * -1 when it may be valid but is cut off. */
static int utf8_len(const unsigned char *s, size_t avail) {
    unsigned char c = s[0], lo = 0x80, hi = 0xBF;
    int n;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else
        return 0;
    for (int i = 1; i < n; i++) {
        if ((size_t)i >= avail)
            return -1;
        if (s[i] < (i == 1 ? lo : 0x80) || s[i] > (i == 1 ? hi : 0xBF))
            return 0;
    }
    return n;
}

/* True when the part is UTF-8 (libxml2's default): no UTF-16 byte-order
 * mark or layout, and no XML declaration naming another encoding. */
static bool is_utf8_part(const unsigned char *r, size_t n) {
    if (n >= 2 && ((r[0] == 0xFF && r[1] == 0xFE) || (r[0] == 0xFE && r[1] == 0xFF) || (r[0] == '<' && !r[1]) ||
                   (!r[0] && r[1] == '<')))
        return false;
    if (n < 5 || memcmp(r, "<?xml", 5) != 0)
        return true;
    char decl[256];
    size_t d = 0;
    while (d < n && d < sizeof decl - 1 && r[d] != '>')
        decl[d] = (char)r[d], d++;
    decl[d] = '\0';
    const char *enc = strstr(decl, "encoding");
    if (!enc)
        return true;
    enc += 8;
    while (*enc == ' ' || *enc == '=' || *enc == '\t' || *enc == '\r' || *enc == '\n')
        enc++;
    if (*enc != '"' && *enc != '\'')
        return true;
    enc++;
    return !strncasecmp(enc, "UTF-8", 5) || !strncasecmp(enc, "UTF8", 4) || !strncasecmp(enc, "US-ASCII", 8) ||
           !strncasecmp(enc, "ASCII", 5);
}

/* Replaces the invalid UTF-8 sequences of r[0..*n) into out; the bytes of
 * a sequence cut off at the end are left for the next chunk (unless eof):
 * *n becomes the bytes consumed. Returns the bytes to parse (r itself when
 * nothing was invalid). */
static const unsigned char *repair(vn_sax *x, const unsigned char *r, size_t *n, bool eof, vn_buf *out,
                                   size_t *out_len) {
    size_t i = 0, len = *n;
    vn_buf_clear(out);
    bool copied = false;
    while (i < len) {
        if (r[i] < 0x80) {
            i++;
            continue;
        }
        int k = utf8_len(r + i, len - i);
        if (k > 0) {
            i += (size_t)k;
            continue;
        }
        if (k == -1 && !eof)
            break;
        if (!copied)
            vn_buf_append(out, r, i);
        copied = true;
        vn_buf_puts(out, "\xEF\xBF\xBD");
        x->invalid++;
        i++;
        /* the valid bytes up to the next invalid one */
        size_t j = i;
        while (j < len) {
            if (r[j] < 0x80) { j++; continue; }
            int kk = utf8_len(r + j, len - j);
            if (kk <= 0)
                break;
            j += (size_t)kk;
        }
        vn_buf_append(out, r + i, j - i);
        i = j;
    }
    *n = i;
    if (!copied) {
        *out_len = i;
        return r;
    }
    *out_len = out->len;
    return (const unsigned char *)out->data;
}

/* Inflates the next chunk into raw[have..cap), checking the limits.
 * Returns the bytes read (0 at the end) or -1 on an error (recorded). */
static long long inflate_chunk(vn_sax *x, vn_zip_file *zf, unsigned char *raw, size_t cap,
                               unsigned long long *part_bytes, const vn_zip_entry *e) {
    const char *why = NULL;
    long long n = vn_zip_file_read(zf, raw, cap, &why);
    long line = vn_sax_line(x);
    if (n == -2) {
        sax_fail(x, VNPLAN_EFORMAT, line,
                 "the zip entry inflates to more than its declared %llu bytes (a corrupt or hostile package)",
                 (unsigned long long)e->size);
        return -1;
    }
    if (n < 0) {
        if (why == vn_zip_out_of_memory)
            stop(x, vn_fail_nomem(x->ctx));
        else
            sax_fail(x, VNPLAN_EFORMAT, line, "%s", why);
        return -1;
    }
    *part_bytes += (unsigned long long)n;
    x->pkg->inflated += (unsigned long long)n;
    long long part_max = vn_limit(x->ctx, VNPLAN_LIMIT_PART_BYTES);
    long long total_max = vn_limit(x->ctx, VNPLAN_LIMIT_TOTAL_UNCOMPRESSED);
    long long ratio = vn_limit(x->ctx, VNPLAN_LIMIT_COMPRESSION_RATIO);
    if (*part_bytes > (unsigned long long)part_max)
        sax_fail(x, VNPLAN_ELIMIT, line, "the part inflates to more bytes than %lld (limit max-part-bytes)", part_max);
    else if (x->pkg->inflated > (unsigned long long)total_max)
        sax_fail(x, VNPLAN_ELIMIT, line,
                 "the package inflates to more bytes than %lld (limit max-total-uncompressed)", total_max);
    /* Small parts are never bombs; the ratio is checked past 1 MiB. */
    else if (*part_bytes > (1u << 20) && *part_bytes / (e->comp_size ? e->comp_size : 1) > (unsigned long long)ratio)
        sax_fail(x, VNPLAN_ELIMIT, line,
                 "a zip bomb: the part inflates beyond a compression ratio of %lld (limit max-compression-ratio)",
                 ratio);
    return x->st ? -1 : n;
}

static void parse_entry(vn_sax *x, vn_zip_file *zf, const vn_zip_entry *e, xmlSAXHandler *sax) {
    unsigned char *raw = malloc(CHUNK + 4);
    vn_buf fixed = VN_BUF_INIT;
    if (!raw) {
        stop(x, vn_fail_nomem(x->ctx));
        return;
    }
    unsigned long long part_bytes = 0;
    size_t carry = 0;            /* bytes of a cut UTF-8 sequence kept at raw[0] */
    bool first = true, utf8 = true;
    for (;;) {
        long long n = inflate_chunk(x, zf, raw + carry, CHUNK - carry, &part_bytes, e);
        if (n < 0)
            break;
        bool eof = n == 0;
        size_t have = carry + (size_t)n, used = have, len = have;
        const unsigned char *feed = raw;
        if (first)
            utf8 = is_utf8_part(raw, have);
        if (utf8)
            feed = repair(x, raw, &used, eof, &fixed, &len);
        if (fixed.failed) {
            stop(x, vn_fail_nomem(x->ctx));
            break;
        }
        int rc = 0;
        if (first) {
            first = false;
            x->pc = xmlCreatePushParserCtxt(sax, x, (const char *)feed, (int)len, x->part);
            if (!x->pc) {
                stop(x, vn_fail_nomem(x->ctx));
                break;
            }
            xmlCtxtUseOptions(x->pc, XML_PARSE_NONET);
            if (eof || len == 0)
                rc = xmlParseChunk(x->pc, NULL, 0, eof);
        } else {
            rc = xmlParseChunk(x->pc, (const char *)feed, (int)len, eof);
        }
        if (rc && !x->st)
            sax_fail(x, VNPLAN_EFORMAT, vn_sax_line(x), "malformed XML: %s",
                     x->generic[0] ? x->generic : "the bytes are not valid in the part's encoding");
        if (x->st || eof)
            break;
        carry = have - used;
        memmove(raw, raw + used, carry);
    }
    free(raw);
    vn_buf_free(&fixed);
}

vnplan_status vn_sax_parse(vn_package *pkg, const char *part, const vn_sax_handler *h, void *ud,
                           size_t *invalid_utf8) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_once);
    vnplan_ctx *ctx = pkg->ctx;
    long idx = vn_zip_find(&pkg->zip, part, true);
    if (idx < 0)
        return vn_fail(ctx, VNPLAN_EFORMAT, part, "part missing from the package");
    const vn_zip_entry *e = &pkg->zip.entries[idx];
    long long part_max = vn_limit(ctx, VNPLAN_LIMIT_PART_BYTES);
    if (e->size > (unsigned long long)part_max)
        return vn_fail(ctx, VNPLAN_ELIMIT, part, "part declares %llu bytes, more than %lld (limit max-part-bytes)",
                       (unsigned long long)e->size, part_max);
    /* A large part that declares a bomb's ratio is refused before it
     * inflates (one that lies is caught as it inflates, below): a bomb's one
     * endless token would otherwise reach libxml2's 10 MB lookup limit
     * (no XML_PARSE_HUGE) before 200 times its compressed size is out, and
     * fail less clearly. Below 8 MiB the parse's own limits speak first. */
    long long ratio = vn_limit(ctx, VNPLAN_LIMIT_COMPRESSION_RATIO);
    if (e->size > (8u << 20) && e->size / (e->comp_size ? e->comp_size : 1) > (unsigned long long)ratio)
        return vn_fail(ctx, VNPLAN_ELIMIT, part,
                       "a zip bomb: the part declares a compression ratio beyond %lld (limit max-compression-ratio)",
                       ratio);
    const char *why = NULL;
    vn_zip_file *zf = vn_zip_file_open(&pkg->zip, (size_t)idx, &why);
    if (!zf)
        return why == vn_zip_out_of_memory ? vn_fail_nomem(ctx)
                                           : vn_fail(ctx, VNPLAN_EFORMAT, part, "cannot open zip entry (%s)", why);
    vn_sax *x = calloc(1, sizeof *x);
    if (!x) {
        vn_zip_file_close(zf);
        return vn_fail_nomem(ctx);
    }
    x->pkg = pkg;
    x->ctx = ctx;
    x->part = part;
    x->h = h;
    x->ud = ud;
    x->skip_depth = -1;
    x->max_depth = vn_limit(ctx, VNPLAN_LIMIT_XML_DEPTH);
    x->max_text = 4 * vn_limit(ctx, VNPLAN_LIMIT_PARAGRAPH_BYTES);

    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_text;
    sax.cdataBlock = on_text;
    sax.ignorableWhitespace = on_text;
    sax.internalSubset = on_doctype;
    sax.externalSubset = on_doctype;
    sax.serror = on_error;

    /* libxml2's global error handlers are per thread: quiet them for the
     * parse and give the caller's back. */
    xmlGenericErrorFunc old_generic = xmlGenericError;
    void *old_generic_ctx = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(x, generic_error);
    parse_entry(x, zf, e, &sax);
    xmlSetGenericErrorFunc(old_generic_ctx, old_generic);

    if (!x->st && x->pc && !x->pc->wellFormed)
        sax_fail(x, VNPLAN_EFORMAT, vn_sax_line(x), "malformed XML");
    if (!x->st && x->open != 0)
        sax_fail(x, VNPLAN_EFORMAT, vn_sax_line(x), "malformed XML: the part ends inside an element (truncated)");
    vnplan_status st = x->st;
    if (!st && invalid_utf8)
        *invalid_utf8 = x->invalid;
    if (x->pc)
        xmlFreeParserCtxt(x->pc);
    vn_buf_free(&x->vals);
    vn_buf_free(&x->text);
    free(x);
    vn_zip_file_close(zf);
    return st;
}
