/* Deep copies of blocks, for the head of a streamed document: the reader
 * frees each block once it was handed over, the head is read later. */
#include <string.h>

#include "extract/extract_internal.h"

static const char *copy_str(vn_arena *a, const char *s, bool *ok) {
    if (!s)
        return NULL;
    char *c = vn_arena_strdup(a, s);
    *ok &= c != NULL;
    return c;
}

static bool copy_into(vn_arena *a, vnplan_block *dst, const vnplan_block *src);

static const vnplan_block *copy_blocks(vn_arena *a, const vnplan_block *src, size_t n, bool *ok) {
    if (!n)
        return NULL;
    vnplan_block *out = vn_arena_calloc(a, n, sizeof *out);
    if (!out) {
        *ok = false;
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        *ok &= copy_into(a, &out[i], &src[i]);
    return out;
}

/* A cell; the restart cell a continuing cell points to is copied on its own
 * (only its text is ever read through `continues`). */
static bool copy_cell(vn_arena *a, vnplan_cell *dst, const vnplan_cell *src, bool follow) {
    bool ok = true;
    *dst = *src;
    dst->blocks = copy_blocks(a, src->blocks, src->n_blocks, &ok);
    dst->continues = NULL;
    if (follow && src->continues) {
        vnplan_cell *c = vn_arena_calloc(a, 1, sizeof *c);
        ok &= c && copy_cell(a, c, src->continues, false);
        dst->continues = c;
    }
    return ok;
}

static bool copy_into(vn_arena *a, vnplan_block *dst, const vnplan_block *src) {
    bool ok = true;
    *dst = *src;
    if (src->kind == VNPLAN_BLOCK_PARAGRAPH) {
        vnplan_paragraph *p = &dst->u.paragraph;
        const vnplan_paragraph *s = &src->u.paragraph;
        char *text = vn_arena_strndup(a, s->text, s->text_len);
        ok &= text != NULL;
        p->text = text ? text : "";
        p->label = copy_str(a, s->label, &ok);
        p->style_id = copy_str(a, s->style_id, &ok);
        p->style_name = copy_str(a, s->style_name, &ok);
        p->legacy_spans = NULL;
        if (s->n_legacy_spans) {
            vnplan_font_span *spans = vn_arena_calloc(a, s->n_legacy_spans, sizeof *spans);
            ok &= spans != NULL;
            for (size_t i = 0; spans && i < s->n_legacy_spans; i++) {
                spans[i] = s->legacy_spans[i];
                spans[i].font = copy_str(a, s->legacy_spans[i].font, &ok);
            }
            p->legacy_spans = spans;
        }
    } else if (src->kind == VNPLAN_BLOCK_TABLE) {
        const vnplan_table *t = &src->u.table;
        vnplan_row *rows = t->n_rows ? vn_arena_calloc(a, t->n_rows, sizeof *rows) : NULL;
        ok &= rows || !t->n_rows;
        for (size_t r = 0; rows && r < t->n_rows; r++) {
            rows[r] = t->rows[r];
            vnplan_cell *cells = t->rows[r].n_cells ? vn_arena_calloc(a, t->rows[r].n_cells, sizeof *cells) : NULL;
            ok &= cells || !t->rows[r].n_cells;
            for (size_t c = 0; cells && c < t->rows[r].n_cells; c++)
                ok &= copy_cell(a, &cells[c], &t->rows[r].cells[c], true);
            rows[r].cells = cells;
        }
        dst->u.table.rows = rows;
    }
    return ok;
}

const vnplan_block *ex_block_copy(vn_arena *a, const vnplan_block *b) {
    vnplan_block *out = vn_arena_calloc(a, 1, sizeof *out);
    return out && copy_into(a, out, b) ? out : NULL;
}
