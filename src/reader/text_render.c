/*
 * vnplan_document_to_text: the document as plain text. One paragraph per
 * line ("LABEL TEXT"); a table row per line with its cells joined by " | "
 * (the paragraphs of one cell joined by a space, a merged continuation
 * cell empty, a nested table in brackets); a blank line between blocks of
 * different kinds. Section breaks print nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "reader/text_render.h"

static void paragraph_line(vn_buf *b, const vnplan_paragraph *p) {
    if (p->label) {
        vn_buf_puts(b, p->label);
        vn_buf_putc(b, ' ');
    }
    vn_buf_append(b, p->text, p->text_len);
}

static void cell_blocks(vn_buf *b, const vnplan_block *blocks, size_t n);

static void table_inline(vn_buf *b, const vnplan_table *t) {
    vn_buf_putc(b, '[');
    for (size_t r = 0; r < t->n_rows; r++) {
        if (r)
            vn_buf_puts(b, " ; ");
        for (size_t c = 0; c < t->rows[r].n_cells; c++) {
            if (c)
                vn_buf_puts(b, " | ");
            const vnplan_cell *cell = &t->rows[r].cells[c];
            if (cell->vmerge != VNPLAN_VMERGE_CONTINUE)
                cell_blocks(b, cell->blocks, cell->n_blocks);
        }
    }
    vn_buf_putc(b, ']');
}

static void cell_blocks(vn_buf *b, const vnplan_block *blocks, size_t n) {
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        const vnplan_block *blk = &blocks[i];
        if (blk->kind == VNPLAN_BLOCK_SECTION_BREAK)
            continue;
        if (blk->kind == VNPLAN_BLOCK_PARAGRAPH && blk->u.paragraph.text_len == 0 &&
            !blk->u.paragraph.label)
            continue;
        if (!first)
            vn_buf_putc(b, ' ');
        first = false;
        size_t start = b->len;
        if (blk->kind == VNPLAN_BLOCK_PARAGRAPH)
            paragraph_line(b, &blk->u.paragraph);
        else
            table_inline(b, &blk->u.table);
        /* One row per line: line breaks inside a cell become spaces. */
        for (size_t k = start; k < b->len; k++)
            if (b->data[k] == '\n')
                b->data[k] = ' ';
    }
}

void vn_text_render_begin(vn_text_renderer *r) { r->last_kind = -1; }

void vn_text_render_block(vn_text_renderer *r, vn_buf *b, const vnplan_block *blk) {
    if (blk->kind == VNPLAN_BLOCK_SECTION_BREAK)
        return;
    if (r->last_kind >= 0 && (int)blk->kind != r->last_kind)
        vn_buf_putc(b, '\n');
    r->last_kind = (int)blk->kind;
    if (blk->kind == VNPLAN_BLOCK_PARAGRAPH) {
        paragraph_line(b, &blk->u.paragraph);
        vn_buf_putc(b, '\n');
        return;
    }
    const vnplan_table *t = &blk->u.table;
    for (size_t row = 0; row < t->n_rows; row++) {
        for (size_t c = 0; c < t->rows[row].n_cells; c++) {
            if (c)
                vn_buf_puts(b, " | ");
            const vnplan_cell *cell = &t->rows[row].cells[c];
            if (cell->vmerge != VNPLAN_VMERGE_CONTINUE)
                cell_blocks(b, cell->blocks, cell->n_blocks);
        }
        vn_buf_putc(b, '\n');
    }
}

char *vnplan_document_to_text(const vnplan_document *doc, size_t *len) {
    if (!doc)
        return NULL;
    vn_buf b = VN_BUF_INIT;
    vn_text_renderer r;
    vn_text_render_begin(&r);
    for (size_t i = 0; i < doc->n_blocks; i++)
        vn_text_render_block(&r, &b, &doc->blocks[i]);
    return vn_buf_detach(&b, len);
}
