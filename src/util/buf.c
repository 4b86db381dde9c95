#include "util/buf.h"
#include "util/alloc_failures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void vn_buf_init(vn_buf *b) {
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->failed = false;
}

void vn_buf_free(vn_buf *b) {
    free(b->data);
    vn_buf_init(b);
}

bool vn_buf_grow(vn_buf *b, size_t extra) {
    if (b->failed)
        return false;
    if (extra > SIZE_MAX / 2 - b->len - 1) {
        b->failed = true;
        vn_alloc_failed();
        return false;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap += cap / 2 + 16;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        vn_alloc_failed();
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void vn_buf_append(vn_buf *b, const void *data, size_t len) {
    if (!vn_buf_grow(b, len))
        return;
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void vn_buf_puts(vn_buf *b, const char *s) { vn_buf_append(b, s, strlen(s)); }

void vn_buf_putc(vn_buf *b, char c) {
    if (b->len + 1 < b->cap && !b->failed) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return;
    }
    vn_buf_append(b, &c, 1);
}

size_t vn_utf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

void vn_buf_put_utf8(vn_buf *b, uint32_t cp) {
    char s[4];
    vn_buf_append(b, s, vn_utf8_encode(cp, s));
}

void vn_buf_vprintf(vn_buf *b, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0 || !vn_buf_grow(b, (size_t)n))
        return;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void vn_buf_printf(vn_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vn_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void vn_buf_clear(vn_buf *b) { vn_buf_truncate(b, 0); }

void vn_buf_truncate(vn_buf *b, size_t len) {
    if (len < b->len) {
        b->len = len;
        b->data[len] = '\0';
    }
}

char *vn_buf_detach(vn_buf *b, size_t *len) {
    if (b->failed) {
        vn_buf_free(b);
        return NULL;
    }
    if (!b->data) {
        if (!vn_buf_grow(b, 0))
            return NULL;
        b->data[0] = '\0';
    }
    char *p = b->data;
    if (len)
        *len = b->len;
    vn_buf_init(b);
    return p;
}

const char *vn_buf_cstr(const vn_buf *b) { return b->data ? b->data : ""; }

void vn_buf_html(vn_buf *b, const char *s, size_t len) {
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        const char *rep;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default: continue;
        }
        vn_buf_append(b, s + run, i - run);
        vn_buf_puts(b, rep);
        run = i + 1;
    }
    vn_buf_append(b, s + run, len - run);
}
