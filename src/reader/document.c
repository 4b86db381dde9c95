/* Lifetime of documents, warnings, and documents made from plain text. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "reader/document_internal.h"
#include "text/text_internal.h"
#include "util/buf.h"
#include "util/ctx.h"

vn_document *vn_document_new(const char *format) {
    vn_document *doc = calloc(1, sizeof *doc);
    if (!doc)
        return NULL;
    vn_arena_init(&doc->arena);
    vn_vec_init(&doc->warnings, sizeof(const char *));
    doc->pub.format = format;
    return doc;
}

void vnplan_document_free(vnplan_document *pub) {
    if (!pub)
        return;
    vn_document *doc = (vn_document *)pub;
    vn_vec_free(&doc->warnings);
    vn_arena_free(&doc->arena);
    free(doc);
}

bool vn_document_warn(vn_document *doc, const char *fmt, ...) {
    vn_buf b = VN_BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    vn_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    const char **slot = b.failed ? NULL : vn_vec_push(&doc->warnings);
    char *copy = slot ? vn_arena_strndup(&doc->arena, vn_buf_cstr(&b), b.len) : NULL;
    vn_buf_free(&b);
    if (!copy) {
        if (slot)
            doc->warnings.n--;
        return false;
    }
    *slot = copy;
    return true;
}

bool vn_document_finish(vn_document *doc) {
    size_t n;
    const char *const *w = vn_vec_freeze(&doc->warnings, &doc->arena, &n);
    if (n == (size_t)-1)
        return false;
    doc->pub.warnings = w;
    doc->pub.n_warnings = n;
    return true;
}

vnplan_status vnplan_document_from_text(vnplan_ctx *ctx, const char *text, size_t len,
                                        vnplan_document **out) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, out);
    *out = NULL;
    VN_REQUIRE_ARG(ctx, text);
    vn_document *doc = vn_document_new("text");
    if (!doc)
        return vn_fail_nomem(ctx);
    vn_vec blocks;
    vn_vec_init(&blocks, sizeof(vnplan_block));
    vn_buf line = VN_BUF_INIT;
    size_t invalid = 0;
    size_t max_par = (size_t)vn_limit(ctx, VNPLAN_LIMIT_PARAGRAPH_BYTES);
    vnplan_status st = VNPLAN_OK;
    size_t i = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len;
        size_t stop = end;
        if (stop > i && text[stop - 1] == '\r')
            stop--;
        if (stop - i > max_par) {
            st = vn_fail(ctx, VNPLAN_ELIMIT, NULL,
                         "a line is longer than %zu bytes (limit max-paragraph-bytes)", max_par);
            break;
        }
        vn_buf_clear(&line);
        vn_text_display_append(&line, text + i, stop - i, VNPLAN_TONES_KEEP, &invalid);
        vnplan_block *b = vn_vec_push(&blocks);
        char *copy = vn_arena_strndup(&doc->arena, vn_buf_cstr(&line), line.len);
        if (!b || !copy || line.failed) {
            st = vn_fail_nomem(ctx);
            break;
        }
        b->kind = VNPLAN_BLOCK_PARAGRAPH;
        vnplan_paragraph *p = &b->u.paragraph;
        p->text = copy;
        p->text_len = line.len;
        p->outline_level = -1;
        p->num_id = -1;
        p->num_level = -1;
        i = end + 1;
    }
    vn_buf_free(&line);
    if (st == VNPLAN_OK) {
        size_t n;
        doc->pub.blocks = vn_vec_freeze(&blocks, &doc->arena, &n);
        doc->pub.n_blocks = n;
        doc->pub.invalid_utf8 = invalid;
        if (n == (size_t)-1 || (invalid && !vn_document_warn(doc, "%zu invalid UTF-8 sequences replaced with U+FFFD", invalid)) ||
            !vn_document_finish(doc))
            st = vn_fail_nomem(ctx);
    } else {
        vn_vec_free(&blocks);
    }
    if (st != VNPLAN_OK) {
        vnplan_document_free(&doc->pub);
        return st;
    }
    *out = &doc->pub;
    return VNPLAN_OK;
}
