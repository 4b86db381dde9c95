/*
 * A growable byte buffer, always NUL-terminated, with amortised O(1)
 * appends. Used everywhere instead of ad-hoc realloc (as cmark_strbuf).
 * An allocation failure is sticky: `failed` is set, later appends are
 * no-ops, and the owner checks it once at the end.
 */
#ifndef VN_BUF_H
#define VN_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct vn_buf {
    char *data;   /* NUL-terminated when cap > 0; NULL before the first append */
    size_t len;
    size_t cap;
    bool failed;  /* an allocation failed; contents are incomplete */
} vn_buf;

#define VN_BUF_INIT {NULL, 0, 0, false}

void vn_buf_init(vn_buf *b);
void vn_buf_free(vn_buf *b);
/* Makes room for `extra` more bytes (plus the NUL). Returns false on failure. */
bool vn_buf_grow(vn_buf *b, size_t extra);
void vn_buf_append(vn_buf *b, const void *data, size_t len);
void vn_buf_puts(vn_buf *b, const char *s);
/* s[0..len) escaped for HTML text and attribute values (& < > " '): the one
 * escaper of the HTML report and the server's pages. */
void vn_buf_html(vn_buf *b, const char *s, size_t len);
void vn_buf_putc(vn_buf *b, char c);
/* Appends the UTF-8 encoding of code point cp (cp must be a scalar value). */
void vn_buf_put_utf8(vn_buf *b, uint32_t cp);
/* Encodes cp into out (4 bytes of room); returns the length. The one UTF-8
 * encoder of the library (text/utf8.h has the decoder). */
size_t vn_utf8_encode(uint32_t cp, char *out);
void vn_buf_printf(vn_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void vn_buf_vprintf(vn_buf *b, const char *fmt, va_list ap);
void vn_buf_clear(vn_buf *b);
void vn_buf_truncate(vn_buf *b, size_t len);
/* Hands the data to the caller (malloc'ed, NUL-terminated) and resets b.
 * Returns NULL if the buffer failed; then b is freed. */
char *vn_buf_detach(vn_buf *b, size_t *len);
/* The contents as a C string ("" when empty). */
const char *vn_buf_cstr(const vn_buf *b);

#endif
