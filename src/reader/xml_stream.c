/* libxml2's streaming reader over a zip entry, with limits and UTF-8 repair. */
#include <libxml/xmlerror.h>
#include <stdlib.h>
#include <string.h>

#include "reader/xml_stream.h"
#include "util/ctx.h"

enum { RAW_CAP = 64 * 1024 };

struct vn_xml {
    vn_package *pkg;
    char *part;
    zip_file_t *zf;
    xmlTextReaderPtr reader;
    unsigned long long part_bytes;   /* inflated from this part */
    unsigned long long comp_size;    /* declared compressed size */
    unsigned long long declared;     /* declared uncompressed size, 0 when unknown */
    unsigned char raw[RAW_CAP];      /* inflated bytes not yet handed to libxml2 */
    size_t rpos, rlen;
    bool eof;
    bool repair;                     /* UTF-8 repair on (off for UTF-16 parts) */
    bool started;
    size_t invalid;
    vnplan_status error;             /* first error, recorded in the context */
    const char *attr_scratch;
};

/* Records the first error of the stream; later calls keep it. */
static vnplan_status xml_fail(vn_xml *x, vnplan_status code, const char *msg) {
    if (x->error)
        return x->error;
    x->error = code;
    vn_fail_line(x->pkg->ctx, code, x->part, x->reader ? xmlTextReaderGetParserLineNumber(x->reader) : 0,
                 "%s", msg);
    return code;
}

static vnplan_status xml_fail_limit(vn_xml *x, const char *what, long long limit, const char *name) {
    char msg[200];
    snprintf(msg, sizeof msg, "%s %lld (limit %s)", what, limit, name);
    return xml_fail(x, VNPLAN_ELIMIT, msg);
}

/* Pulls more inflated bytes into raw[], keeping the unread tail. */
static bool refill(vn_xml *x) {
    if (x->rpos > 0) {
        memmove(x->raw, x->raw + x->rpos, x->rlen - x->rpos);
        x->rlen -= x->rpos;
        x->rpos = 0;
    }
    if (x->eof || x->rlen == RAW_CAP)
        return x->rlen > 0;
    zip_int64_t n = zip_fread(x->zf, x->raw + x->rlen, RAW_CAP - x->rlen);
    if (n < 0) {
        char msg[200];
        snprintf(msg, sizeof msg, "corrupt compressed data (%s)", zip_error_strerror(zip_file_get_error(x->zf)));
        xml_fail(x, VNPLAN_EFORMAT, msg);
        return false;
    }
    if (n == 0)
        x->eof = true;
    x->rlen += (size_t)n;
    x->part_bytes += (unsigned long long)n;
    x->pkg->inflated += (unsigned long long)n;
    vnplan_ctx *ctx = x->pkg->ctx;
    if (x->declared && x->part_bytes > x->declared) {
        char msg[200];
        snprintf(msg, sizeof msg, "the zip entry inflates to more than its declared %llu bytes "
                 "(a corrupt or hostile package)", x->declared);
        xml_fail(x, VNPLAN_EFORMAT, msg);
        return false;
    }
    long long part_max = vn_limit(ctx, VNPLAN_LIMIT_PART_BYTES);
    long long total_max = vn_limit(ctx, VNPLAN_LIMIT_TOTAL_UNCOMPRESSED);
    long long ratio = vn_limit(ctx, VNPLAN_LIMIT_COMPRESSION_RATIO);
    if (x->part_bytes > (unsigned long long)part_max) {
        xml_fail_limit(x, "the part inflates to more bytes than", part_max, "max-part-bytes");
        return false;
    }
    if (x->pkg->inflated > (unsigned long long)total_max) {
        xml_fail_limit(x, "the package inflates to more bytes than", total_max, "max-total-uncompressed");
        return false;
    }
    /* Small parts are never bombs; the ratio is checked past 1 MiB. */
    if (x->part_bytes > (1u << 20) && x->part_bytes / (x->comp_size ? x->comp_size : 1) > (unsigned long long)ratio) {
        xml_fail_limit(x, "a zip bomb: the part inflates beyond a compression ratio of", ratio, "max-compression-ratio");
        return false;
    }
    return x->rlen > 0;
}

/* Length of a valid UTF-8 sequence at s (avail bytes), 0 when invalid,
 * -1 when it may be valid but is cut off. */
static int utf8_len(const unsigned char *s, size_t avail) {
    unsigned char c = s[0];
    int n;
    unsigned char lo = 0x80, hi = 0xBF;
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
        unsigned char b = s[i];
        if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF))
            return 0;
    }
    return n;
}

static int read_cb(void *opaque, char *buf, int len) {
    vn_xml *x = opaque;
    if (x->error)
        return -1;
    if (!x->started) {
        x->started = true;
        if (!refill(x) && x->error)
            return -1;
        /* A DOCTYPE is refused before libxml2 reads its declarations. */
        size_t scan = x->rlen < 4096 ? x->rlen : 4096;
        for (size_t i = 0; i + 9 <= scan; i++)
            if (x->raw[i] == '<' && memcmp(x->raw + i, "<!DOCTYPE", 9) == 0) {
                xml_fail(x, VNPLAN_EFORMAT,
                         "refused: the part has a DOCTYPE declaration (entity expansion or "
                         "external entities), which OOXML never uses");
                return -1;
            }
        /* UTF-16 parts (with a BOM) are passed through untouched. */
        if (x->rlen >= 2 && ((x->raw[0] == 0xFF && x->raw[1] == 0xFE) || (x->raw[0] == 0xFE && x->raw[1] == 0xFF)))
            x->repair = false;
    }
    int out = 0;
    while (out + 4 <= len) {
        if (x->rpos == x->rlen && !refill(x))
            break;
        if (!x->repair) {
            size_t n = x->rlen - x->rpos;
            if (n > (size_t)(len - out))
                n = (size_t)(len - out);
            memcpy(buf + out, x->raw + x->rpos, n);
            x->rpos += n;
            out += (int)n;
            continue;
        }
        const unsigned char *s = x->raw + x->rpos;
        size_t avail = x->rlen - x->rpos;
        if (*s < 0x80) {
            size_t n = 0, room = (size_t)(len - out);
            while (n < avail && n < room && s[n] < 0x80)
                n++;
            memcpy(buf + out, s, n);
            x->rpos += n;
            out += (int)n;
            continue;
        }
        int k = utf8_len(s, avail);
        if (k == -1 && !x->eof) {
            if (!refill(x) && x->error)
                return -1;
            if (x->rlen - x->rpos > avail)
                continue;
            k = 0;   /* cut off at the end of the part */
        } else if (k == -1) {
            k = 0;
        }
        if (k > 0) {
            memcpy(buf + out, s, (size_t)k);
            x->rpos += (size_t)k;
            out += k;
        } else {
            memcpy(buf + out, "\xEF\xBF\xBD", 3);
            out += 3;
            x->rpos += 1;
            x->invalid++;
        }
    }
    return x->error ? -1 : out;
}

static int close_cb(void *opaque) {
    (void)opaque;
    return 0;
}

static void error_cb(void *opaque, xmlErrorPtr err) {
    vn_xml *x = opaque;
    if (!err || err->level < XML_ERR_ERROR || x->error)
        return;
    if (err->message && strstr(err->message, "Excessive depth")) {
        /* libxml2's own cap (256 without XML_PARSE_HUGE, which stays off). */
        long long max_depth = vn_limit(x->pkg->ctx, VNPLAN_LIMIT_XML_DEPTH);
        x->error = VNPLAN_ELIMIT;
        vn_fail_line(x->pkg->ctx, VNPLAN_ELIMIT, x->part, err->line,
                     "XML elements nested deeper than %lld (limit max-xml-depth)",
                     max_depth < 256 ? max_depth : 256);
        return;
    }
    x->error = VNPLAN_EFORMAT;
    char msg[300];
    snprintf(msg, sizeof msg, "%s", err->message ? err->message : "malformed XML");
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = '\0';
    vn_fail_line(x->pkg->ctx, VNPLAN_EFORMAT, x->part, err->line, "malformed XML: %s", msg);
}

vnplan_status vn_xml_open(vn_package *pkg, const char *part, vn_xml **out) {
    *out = NULL;
    vnplan_ctx *ctx = pkg->ctx;
    zip_int64_t idx = zip_name_locate(pkg->zip, part, ZIP_FL_NOCASE);
    if (idx < 0)
        return vn_fail(ctx, VNPLAN_EFORMAT, part, "part missing from the package");
    zip_stat_t zs;
    zip_stat_init(&zs);
    if (zip_stat_index(pkg->zip, (zip_uint64_t)idx, 0, &zs) != 0)
        return vn_fail(ctx, VNPLAN_EFORMAT, part, "unreadable zip entry");
    long long part_max = vn_limit(ctx, VNPLAN_LIMIT_PART_BYTES);
    if ((zs.valid & ZIP_STAT_SIZE) && zs.size > (zip_uint64_t)part_max)
        return vn_fail(ctx, VNPLAN_ELIMIT, part,
                       "part declares %llu bytes, more than %lld (limit max-part-bytes)",
                       (unsigned long long)zs.size, part_max);
    vn_xml *x = calloc(1, sizeof *x);
    if (!x)
        return vn_fail_nomem(ctx);
    x->pkg = pkg;
    x->repair = true;
    x->comp_size = (zs.valid & ZIP_STAT_COMP_SIZE) ? zs.comp_size : 0;
    x->declared = (zs.valid & ZIP_STAT_SIZE) ? zs.size : 0;
    x->part = strdup(part);
    x->zf = x->part ? zip_fopen_index(pkg->zip, (zip_uint64_t)idx, 0) : NULL;
    if (!x->zf) {
        vnplan_status st = x->part ? vn_fail(ctx, VNPLAN_EFORMAT, part, "cannot open zip entry (%s)",
                                             zip_strerror(pkg->zip))
                                   : vn_fail_nomem(ctx);
        free(x->part);
        free(x);
        return st;
    }
    /* No network, no DTD loading, no entity substitution, no huge mode. */
    x->reader = xmlReaderForIO(read_cb, close_cb, x, part, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
    if (!x->reader) {
        zip_fclose(x->zf);
        free(x->part);
        free(x);
        return vn_fail_nomem(ctx);
    }
    xmlTextReaderSetStructuredErrorHandler(x->reader, error_cb, x);
    *out = x;
    return VNPLAN_OK;
}

void vn_xml_close(vn_xml *x) {
    if (!x)
        return;
    if (x->reader)
        xmlFreeTextReader(x->reader);
    if (x->zf)
        zip_fclose(x->zf);
    free(x->part);
    free(x);
}

int vn_xml_next(vn_xml *x) {
    if (x->error)
        return x->error;
    int r = xmlTextReaderRead(x->reader);
    if (x->error)
        return x->error;
    if (r < 0)
        return xml_fail(x, VNPLAN_EFORMAT, "malformed XML");
    if (r == 0)
        return 0;
    int type = xmlTextReaderNodeType(x->reader);
    if (type == XML_READER_TYPE_DOCUMENT_TYPE)
        return xml_fail(x, VNPLAN_EFORMAT,
                        "refused: the part has a DOCTYPE declaration (entity expansion or external "
                        "entities), which OOXML never uses");
    if (type == XML_READER_TYPE_ENTITY_REFERENCE || type == XML_READER_TYPE_ENTITY)
        return xml_fail(x, VNPLAN_EFORMAT, "refused: the part uses entity references");
    long long max_depth = vn_limit(x->pkg->ctx, VNPLAN_LIMIT_XML_DEPTH);
    if (xmlTextReaderDepth(x->reader) > max_depth)
        return xml_fail_limit(x, "XML elements nested deeper than", max_depth, "max-xml-depth");
    return 1;
}

int vn_xml_skip(vn_xml *x) {
    if (x->error)
        return x->error;
    if (vn_xml_type(x) != XML_READER_TYPE_ELEMENT || vn_xml_empty(x))
        return 1;
    int depth = vn_xml_depth(x);
    int r;
    while ((r = vn_xml_next(x)) == 1)
        if (vn_xml_type(x) == XML_READER_TYPE_END_ELEMENT && vn_xml_depth(x) == depth)
            return 1;
    return r;
}

int vn_xml_type(vn_xml *x) { return xmlTextReaderNodeType(x->reader); }
const char *vn_xml_local(vn_xml *x) {
    const xmlChar *n = xmlTextReaderConstLocalName(x->reader);
    return n ? (const char *)n : "";
}
const char *vn_xml_ns(vn_xml *x) {
    const xmlChar *n = xmlTextReaderConstNamespaceUri(x->reader);
    return n ? (const char *)n : "";
}
int vn_xml_depth(vn_xml *x) { return xmlTextReaderDepth(x->reader); }
bool vn_xml_empty(vn_xml *x) { return xmlTextReaderIsEmptyElement(x->reader) == 1; }
const char *vn_xml_value(vn_xml *x) {
    const xmlChar *v = xmlTextReaderConstValue(x->reader);
    return v ? (const char *)v : "";
}
size_t vn_xml_invalid_utf8(vn_xml *x) { return x->invalid; }
const char *vn_xml_part(vn_xml *x) { return x->part; }
long vn_xml_line(vn_xml *x) { return xmlTextReaderGetParserLineNumber(x->reader); }

const char *vn_xml_attr(vn_xml *x, const char *local) {
    const char *found = NULL;
    if (xmlTextReaderMoveToFirstAttribute(x->reader) == 1) {
        do {
            const xmlChar *n = xmlTextReaderConstLocalName(x->reader);
            if (n && strcmp((const char *)n, local) == 0) {
                found = (const char *)xmlTextReaderConstValue(x->reader);
                break;
            }
        } while (xmlTextReaderMoveToNextAttribute(x->reader) == 1);
        xmlTextReaderMoveToElement(x->reader);
    }
    return found;
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
