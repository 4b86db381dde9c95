/* JSON text from a jansson tree, in jansson's own layout (see json_out.h). */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "util/json_out.h"

enum { FLUSH_AT = 64 * 1024 };

typedef struct writer {
    vn_buf *b;
    FILE *fp;          /* NULL: everything stays in b */
    bool pretty;
    bool ok;
} writer;

static void flush(writer *w) {
    if (w->fp && w->b->len >= FLUSH_AT) {
        if (fwrite(w->b->data, 1, w->b->len, w->fp) != w->b->len)
            w->ok = false;
        vn_buf_clear(w->b);
    }
}

/* A newline and two spaces per level (pretty), or nothing. */
static void indent(writer *w, int depth) {
    if (!w->pretty)
        return;
    vn_buf_putc(w->b, '\n');
    for (int i = 0; i < depth; i++)
        vn_buf_append(w->b, "  ", 2);
}

/* True when one of the eight bytes of x is below 0x20, '"' or '\\' (the
 * classic "has a zero byte" test on x, x ^ '"' and x ^ '\\'). */
static bool needs_escape8(uint64_t x) {
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
    uint64_t low = (x - ones * 0x20) & ~x;
    uint64_t q = (quote - ones) & ~quote, b = (backslash - ones) & ~backslash;
    return ((low | q | b) & highs) != 0;
}

static void put_string(writer *w, const char *s, size_t n) {
    static const char hex[] = "0123456789ABCDEF";
    vn_buf_putc(w->b, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        /* Eight plain bytes at a time: most text needs no escape at all. */
        while (i + 8 <= n) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            if (needs_escape8(x))
                break;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        vn_buf_append(w->b, s + run, i - run);
        run = i + 1;
        char esc[7] = {'\\', 0};
        size_t k = 2;
        switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default:
            memcpy(esc + 1, "u00", 3);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            k = 6;
        }
        vn_buf_append(w->b, esc, k);
    }
    vn_buf_append(w->b, s + run, n - run);
    vn_buf_putc(w->b, '"');
}

/* As jansson's jsonp_dtostr with precision 6: "%.6g", a ".0" when the text
 * would read back as an integer, no '+' or leading zeros in the exponent. */
static bool put_real(writer *w, double v) {
    if (!isfinite(v))
        return false;
    char s[64];
    int n = snprintf(s, sizeof s, "%.6g", v);
    if (n < 0 || (size_t)n >= sizeof s - 3)
        return false;
    for (char *p = s; *p; p++)
        if (*p == ',')
            *p = '.';   /* a locale's decimal comma */
    if (!strchr(s, '.') && !strchr(s, 'e')) {
        memcpy(s + n, ".0", 3);
        n += 2;
    }
    char *e = strchr(s, 'e');
    if (e) {
        char *start = e + 1, *end = start + 1;
        if (*start == '-')
            start++;
        while (*end == '0')
            end++;
        if (end != start) {
            memmove(start, end, strlen(end) + 1);
            n = (int)strlen(s);
        }
    }
    vn_buf_append(w->b, s, (size_t)n);
    return true;
}

static void put_value(writer *w, const json_t *v, int depth) {
    if (!w->ok)
        return;
    if (!v) {   /* a value a failed allocation never made */
        w->ok = false;
        return;
    }
    flush(w);
    switch (json_typeof(v)) {
    case JSON_NULL: vn_buf_append(w->b, "null", 4); break;
    case JSON_TRUE: vn_buf_append(w->b, "true", 4); break;
    case JSON_FALSE: vn_buf_append(w->b, "false", 5); break;
    case JSON_INTEGER: vn_buf_printf(w->b, "%" JSON_INTEGER_FORMAT, json_integer_value(v)); break;
    case JSON_REAL:
        if (!put_real(w, json_real_value(v)))
            w->ok = false;
        break;
    case JSON_STRING: put_string(w, json_string_value(v), json_string_length(v)); break;
    case JSON_ARRAY: {
        size_t n = json_array_size(v);
        if (n == 0) {
            vn_buf_append(w->b, "[]", 2);
            break;
        }
        vn_buf_putc(w->b, '[');
        indent(w, depth + 1);
        for (size_t i = 0; i < n; i++) {
            put_value(w, json_array_get(v, i), depth + 1);
            if (i + 1 < n) {
                vn_buf_putc(w->b, ',');
                indent(w, depth + 1);
            } else {
                indent(w, depth);
            }
        }
        vn_buf_putc(w->b, ']');
        break;
    }
    case JSON_OBJECT: {
        void *it = json_object_iter((json_t *)v);
        if (!it) {
            vn_buf_append(w->b, "{}", 2);
            break;
        }
        vn_buf_putc(w->b, '{');
        indent(w, depth + 1);
        while (it) {
            put_string(w, json_object_iter_key(it), json_object_iter_key_len(it));
            vn_buf_append(w->b, ": ", w->pretty ? 2 : 1);
            put_value(w, json_object_iter_value(it), depth + 1);
            it = json_object_iter_next((json_t *)v, it);
            if (it) {
                vn_buf_putc(w->b, ',');
                indent(w, depth + 1);
            } else {
                indent(w, depth);
            }
        }
        vn_buf_putc(w->b, '}');
        break;
    }
    }
}

bool vn_json_append(vn_buf *out, const json_t *v, bool pretty) { return vn_json_append_at(out, v, pretty, 0); }

bool vn_json_append_at(vn_buf *out, const json_t *v, bool pretty, int depth) {
    writer w = {out, NULL, pretty, true};
    put_value(&w, v, depth);
    return w.ok && !out->failed;
}

void vn_json_indent(vn_buf *out, bool pretty, int depth) {
    writer w = {out, NULL, pretty, true};
    indent(&w, depth);
}

void vn_json_append_string(vn_buf *out, const char *s, size_t len) {
    writer w = {out, NULL, false, true};
    put_string(&w, s, len);
}

bool vn_json_write(FILE *fp, const json_t *v, bool pretty) {
    vn_buf b = VN_BUF_INIT;
    writer w = {&b, fp, pretty, true};
    put_value(&w, v, 0);
    bool ok = w.ok && !b.failed && fwrite(b.data ? b.data : "", 1, b.len, fp) == b.len;
    vn_buf_free(&b);
    return ok;
}
