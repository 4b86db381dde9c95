/* A package part inflated, decoded to UTF-8 and repaired, under limits. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "reader/xml_input.h"
#include "text/utf8.h"
#include "util/ctx.h"

enum { ENC_UTF8, ENC_UTF16LE, ENC_UTF16BE, ENC_CP1252 };
enum { FIRST_CAP = 64 * 1024 };

/* windows-1252 0x80-0x9F (0 where undefined); 0xA0-0xFF are Latin-1. */
static const unsigned short cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
    0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0, 0x017E, 0x0178};

/* Records the first error of the part, with its line; returns false. */
static bool input_fail(vn_xml_input *in, vnplan_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static bool input_fail(vn_xml_input *in, vnplan_status code, const char *fmt, ...) {
    if (in->error)
        return false;
    in->error = code;
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    vn_fail_line(in->pkg->ctx, code, in->part, vn_xml_input_line(in), "%s", msg);
    return false;
}

static bool limit_fail(vn_xml_input *in, const char *what, long long limit, const char *name) {
    return input_fail(in, VNPLAN_ELIMIT, "%s %lld (limit %s)", what, limit, name);
}

vnplan_status vn_xml_input_open(vn_xml_input *in, vn_package *pkg, const char *part) {
    memset(in, 0, sizeof *in);
    in->pkg = pkg;
    in->part = part;
    in->line = 1;
    vnplan_ctx *ctx = pkg->ctx;
    long idx = vn_zip_find(&pkg->zip, part, true);
    if (idx < 0)
        return vn_fail(ctx, VNPLAN_EFORMAT, part, "part missing from the package");
    const vn_zip_entry *e = &pkg->zip.entries[idx];
    long long part_max = vn_limit(ctx, VNPLAN_LIMIT_PART_BYTES);
    if (e->size > (unsigned long long)part_max)
        return vn_fail(ctx, VNPLAN_ELIMIT, part,
                       "part declares %llu bytes, more than %lld (limit max-part-bytes)",
                       (unsigned long long)e->size, part_max);
    in->comp_size = e->comp_size;
    in->declared = e->size;
    const char *why = NULL;
    in->zf = vn_zip_file_open(&pkg->zip, (size_t)idx, &why);
    if (!in->zf)
        return why == vn_zip_out_of_memory ? vn_fail_nomem(ctx)
                                           : vn_fail(ctx, VNPLAN_EFORMAT, part, "cannot open zip entry (%s)", why);
    size_t first = e->size + 64 < FIRST_CAP ? (size_t)e->size + 64 : FIRST_CAP;
    in->buf = malloc(first);
    in->raw = malloc(VN_XML_RAW_CAP);
    if (!in->buf || !in->raw) {
        free(in->buf);
        free(in->raw);
        vn_zip_file_close(in->zf);
        in->zf = NULL;
        return vn_fail_nomem(ctx);
    }
    in->cap = first;
    return VNPLAN_OK;
}

void vn_xml_input_close(vn_xml_input *in) {
    vn_zip_file_close(in->zf);
    free(in->buf);
    free(in->raw);
    in->zf = NULL;
    in->buf = NULL;
    in->raw = NULL;
}

long vn_xml_input_line(vn_xml_input *in) {
    size_t end = in->pos < in->len ? in->pos : in->len;
    for (const unsigned char *p = in->buf + in->line_pos, *e = in->buf + end;
         p < e && (p = memchr(p, '\n', (size_t)(e - p))) != NULL; p++)
        in->line++;
    if (in->line_pos < in->pos)
        in->line_pos = in->pos;
    return in->line;
}

/* Pulls more inflated bytes into raw[], keeping the undecoded tail. */
static bool raw_refill(vn_xml_input *in) {
    if (in->rpos > 0) {
        memmove(in->raw, in->raw + in->rpos, in->rlen - in->rpos);
        in->rlen -= in->rpos;
        in->rpos = 0;
    }
    if (in->raw_eof || in->rlen == VN_XML_RAW_CAP)
        return in->rlen > 0;
    const char *why = NULL;
    long long n = vn_zip_file_read(in->zf, in->raw + in->rlen, VN_XML_RAW_CAP - in->rlen, &why);
    if (n == -2)
        return input_fail(in, VNPLAN_EFORMAT,
                          "the zip entry inflates to more than its declared %llu bytes "
                          "(a corrupt or hostile package)", in->declared);
    if (n < 0)
        return why == vn_zip_out_of_memory ? (in->error = vn_fail_nomem(in->pkg->ctx), false)
                                           : input_fail(in, VNPLAN_EFORMAT, "%s", why);
    if (n == 0)
        in->raw_eof = true;
    in->rlen += (size_t)n;
    in->part_bytes += (unsigned long long)n;
    in->pkg->inflated += (unsigned long long)n;
    vnplan_ctx *ctx = in->pkg->ctx;
    long long part_max = vn_limit(ctx, VNPLAN_LIMIT_PART_BYTES);
    long long total_max = vn_limit(ctx, VNPLAN_LIMIT_TOTAL_UNCOMPRESSED);
    long long ratio = vn_limit(ctx, VNPLAN_LIMIT_COMPRESSION_RATIO);
    if (in->part_bytes > (unsigned long long)part_max)
        return limit_fail(in, "the part inflates to more bytes than", part_max, "max-part-bytes");
    if (in->pkg->inflated > (unsigned long long)total_max)
        return limit_fail(in, "the package inflates to more bytes than", total_max, "max-total-uncompressed");
    /* Small parts are never bombs; the ratio is checked past 1 MiB. */
    if (in->part_bytes > (1u << 20) &&
        in->part_bytes / (in->comp_size ? in->comp_size : 1) > (unsigned long long)ratio)
        return limit_fail(in, "a zip bomb: the part inflates beyond a compression ratio of", ratio,
                          "max-compression-ratio");
    return in->rlen > 0;
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

/* The encoding from a byte-order mark or the XML declaration. */
static bool detect_encoding(vn_xml_input *in) {
    const unsigned char *r = in->raw;
    size_t n = in->rlen;
    if (n >= 2 && r[0] == 0xFF && r[1] == 0xFE) {
        in->encoding = ENC_UTF16LE;
        in->rpos = 2;
        return true;
    }
    if (n >= 2 && r[0] == 0xFE && r[1] == 0xFF) {
        in->encoding = ENC_UTF16BE;
        in->rpos = 2;
        return true;
    }
    if (n >= 3 && r[0] == 0xEF && r[1] == 0xBB && r[2] == 0xBF) {
        in->rpos = 3;
        return true;
    }
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
    char quote = *enc;
    if (quote != '"' && quote != '\'')
        return true;
    char name[40];
    size_t k = 0;
    for (enc++; *enc && *enc != quote && k < sizeof name - 1; enc++)
        name[k++] = *enc;
    name[k] = '\0';
    if (!strcasecmp(name, "UTF-8") || !strcasecmp(name, "UTF8") || !strcasecmp(name, "US-ASCII") ||
        !strcasecmp(name, "ASCII"))
        return true;
    if (!strcasecmp(name, "ISO-8859-1") || !strcasecmp(name, "latin1") || !strcasecmp(name, "windows-1252") ||
        !strcasecmp(name, "cp1252")) {
        in->encoding = ENC_CP1252;   /* a superset of Latin-1's printable characters */
        return true;
    }
    if (!strncasecmp(name, "UTF-16", 6))   /* without a BOM: read as UTF-8 text that says UTF-16 */
        return true;
    return input_fail(in, VNPLAN_EUNSUPPORTED,
                      "the part is in the XML encoding '%s'; vnplan reads UTF-8, UTF-16, ISO-8859-1 "
                      "and windows-1252", name);
}

/* Decodes raw[rpos..rlen) into buf[len..cap-4). */
static void decode(vn_xml_input *in) {
    unsigned char *o = in->buf;
    size_t len = in->len, room = in->cap - 4;
    const unsigned char *r = in->raw;
    size_t rp = in->rpos, rl = in->rlen;
    while (len < room && rp < rl) {
        unsigned char c = r[rp];
        if (in->encoding == ENC_UTF8) {
            if (c < 0x80) {
                size_t n = rl - rp < room - len ? rl - rp : room - len, i = 0;
                /* Eight bytes at a time while none has its high bit set. */
                for (uint64_t word; i + 8 <= n; i += 8) {
                    memcpy(&word, r + rp + i, 8);
                    if (word & 0x8080808080808080ull)
                        break;
                }
                while (i < n && r[rp + i] < 0x80)
                    i++;
                memcpy(o + len, r + rp, i);
                len += i;
                rp += i;
                continue;
            }
            int k = utf8_len(r + rp, rl - rp);
            if (k == -1 && !in->raw_eof)
                break;   /* cut off: wait for the rest */
            if (k > 0) {
                memcpy(o + len, r + rp, (size_t)k);
                len += (size_t)k;
                rp += (size_t)k;
            } else {
                len += vn_utf8_encode(VN_REPLACEMENT, (char *)o + len);
                rp++;
                in->invalid++;
            }
        } else if (in->encoding == ENC_CP1252) {
            unsigned cp = c < 0x80 ? c : c >= 0xA0 ? c : cp1252_high[c - 0x80];
            if (!cp) {
                cp = 0xFFFD;
                in->invalid++;
            }
            len += vn_utf8_encode(cp, (char *)o + len);
            rp++;
        } else {
            bool le = in->encoding == ENC_UTF16LE;
            if (rl - rp < 2) {
                if (!in->raw_eof)
                    break;
                len += vn_utf8_encode(VN_REPLACEMENT, (char *)o + len);
                in->invalid++;
                rp = rl;
                continue;
            }
            unsigned u = le ? (unsigned)(r[rp] | r[rp + 1] << 8) : (unsigned)(r[rp] << 8 | r[rp + 1]);
            unsigned cp = u;
            size_t used = 2;
            if (u >= 0xD800 && u <= 0xDBFF) {
                if (rl - rp < 4 && !in->raw_eof)
                    break;
                unsigned v = rl - rp >= 4 ? (le ? (unsigned)(r[rp + 2] | r[rp + 3] << 8)
                                                : (unsigned)(r[rp + 2] << 8 | r[rp + 3]))
                                          : 0;
                if (v >= 0xDC00 && v <= 0xDFFF) {
                    cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                    used = 4;
                } else {
                    cp = 0xFFFD;
                    in->invalid++;
                }
            } else if (u >= 0xDC00 && u <= 0xDFFF) {
                cp = 0xFFFD;
                in->invalid++;
            }
            len += vn_utf8_encode(cp, (char *)o + len);
            rp += used;
        }
    }
    in->len = len;
    in->rpos = rp;
}

bool vn_xml_input_more(vn_xml_input *in) {
    if (in->error || in->eof)
        return false;
    if (in->pos > 0) {
        vn_xml_input_line(in);
        memmove(in->buf, in->buf + in->pos, in->len - in->pos);
        in->len -= in->pos;
        in->pos = 0;
        in->line_pos = 0;
    }
    if (in->cap - in->len < in->cap / 4 + 4) {
        size_t cap = in->cap * 2;
        unsigned char *b = realloc(in->buf, cap);
        if (!b) {
            in->error = vn_fail_nomem(in->pkg->ctx);
            return false;
        }
        in->buf = b;
        in->cap = cap;
    }
    size_t before = in->len;
    for (;;) {
        if (!in->raw_eof && !raw_refill(in) && in->error)
            return false;
        if (!in->started) {
            in->started = true;
            if (!detect_encoding(in))
                return false;
        }
        decode(in);
        if (in->len > before)
            return true;
        if (in->raw_eof && in->rpos == in->rlen) {
            in->eof = true;
            return false;
        }
    }
}
