/* Tables of WordprocessingML: rows, cells, column spans and vertical
 * merges, and in streaming mode the chunks of a long top-level table. */
#include <stdlib.h>
#include <string.h>

#include "reader/wml_parser.h"
#include "util/ctx.h"

void wml_table_start(parser *p) {
    frame *f = wml_push(p, F_TABLE);
    if (!f)
        return;
    f->table_depth = p->table_depth++;
    /* Streaming: a table right in the body is delivered in chunks, its rows
     * in chunk arenas. (Tables in cells or text boxes belong to a block.) */
    if (p->sink && p->frames.n == 2) {
        vn_arena *a = vn_chunks_next(&p->chunks);
        if (!a) {
            wml_fail_nomem(p);
            return;
        }
        f->streamed = true;
        p->mem = a;
        p->chunks_sent = 0;
    }
}

/* The rows gathered so far as a table block (in p->mem). */
static vnplan_block table_block(parser *p, frame *f) {
    vnplan_block b;
    memset(&b, 0, sizeof b);
    b.kind = VNPLAN_BLOCK_TABLE;
    size_t n;
    b.u.table.rows = wml_freeze(p, &f->rows, &n);
    b.u.table.n_rows = n;
    b.u.table.n_cols = f->n_cols;
    b.u.table.depth = f->table_depth;
    return b;
}

/* Streaming: delivers the rows of the streamed table `f` gathered so far. */
static void chunk_deliver(parser *p, frame *f, bool more) {
    vnplan_block b = table_block(p, f);
    wml_deliver(p, &b, p->chunks_sent > 0, more);
    f->rows_done += b.u.table.n_rows;
    p->chunks_sent++;
}

/* Streaming: a row begins while the chunk is full, so the table goes on:
 * the chunk goes out and the rows that follow go to a new one. (Delivering
 * a chunk only once more rows come keeps the last chunk from being empty.) */
void wml_chunk_flush(parser *p, frame *f) {
    chunk_deliver(p, f, true);
    vn_arena *a = vn_chunks_next(&p->chunks);
    if (!a) {
        wml_fail_nomem(p);
        return;
    }
    p->mem = a;
}

void wml_table_end(parser *p) {
    frame *f = wml_top(p);
    if (f->streamed) {
        chunk_deliver(p, f, false);
        for (size_t i = 0; i < p->deferred.n; i++)
            wml_deliver(p, vn_vec_at(&p->deferred, i), false, false);
        p->deferred.n = 0;
        p->table_depth--;
        wml_pop(p);
        /* Nothing of the table is referenced any more. */
        vn_chunks_free(&p->chunks);
        p->mem = &p->block_arena;
        return;
    }
    vnplan_block b = table_block(p, f);
    p->table_depth--;
    wml_pop(p);
    wml_add_block(p, &b);
}

void wml_row_end(parser *p) {
    frame *f = wml_top(p);
    frame *t = wml_find_kind(p, F_TABLE);
    vnplan_row row;
    memset(&row, 0, sizeof row);
    row.header = f->header;
    size_t n;
    vnplan_cell *cells = wml_freeze(p, &f->cells, &n);
    row.cells = cells;
    row.n_cells = n;
    size_t cols = f->next_col;
    wml_pop(p);
    if (!t)
        return;
    if (cols > t->n_cols)
        t->n_cols = cols;
    long long max_cells = vn_limit(p->ctx, VNPLAN_LIMIT_TABLE_CELLS);
    size_t rows = t->rows_done + t->rows.n + 1;   /* all rows of the table, every chunk */
    if ((long long)(rows * (t->n_cols ? t->n_cols : 1)) > max_cells && !p->st) {
        p->st = vn_fail_line(p->ctx, VNPLAN_ELIMIT, vn_sax_part(p->x), vn_sax_line(p->x),
                             "a table with more than %lld cells (limit max-table-cells)", max_cells);
        return;
    }
    /* Vertical merges: the cells are in the arena now, so pointers are stable.
     * Streaming, a slot may point into an earlier chunk, kept alive for it. */
    for (size_t i = 0; i < n; i++) {
        vnplan_cell *c = &cells[i];
        while (t->last_restart.n < c->grid_col + c->grid_span) {
            const vnplan_cell **slot = vn_vec_push(&t->last_restart);
            if (!slot) {
                wml_fail_nomem(p);
                return;
            }
            *slot = NULL;
        }
        const vnplan_cell **at = vn_vec_at(&t->last_restart, c->grid_col);
        if (c->vmerge == VNPLAN_VMERGE_CONTINUE) {
            c->continues = *at;
            if (*at)
                ((vnplan_cell *)*at)->row_span++;
            if (*at && t->streamed && !vn_chunks_continue(&p->chunks, c->grid_col)) {
                wml_fail_nomem(p);
                return;
            }
        } else {
            bool restart = c->vmerge == VNPLAN_VMERGE_RESTART;
            for (size_t k = 0; k < c->grid_span; k++) {
                *(const vnplan_cell **)vn_vec_at(&t->last_restart, c->grid_col + k) = restart ? c : NULL;
                if (t->streamed && !vn_chunks_point(&p->chunks, c->grid_col + k, restart)) {
                    wml_fail_nomem(p);
                    return;
                }
            }
        }
    }
    vnplan_row *slot = vn_vec_push(&t->rows);
    if (!slot) {
        wml_fail_nomem(p);
        return;
    }
    *slot = row;
}

/* Streaming: the memory one top-level block holds until it is delivered
 * (a chunk of rows with the tables nested in its cells, one row of many
 * cells) is bounded: past 4 x max-paragraph-bytes (16 MiB by default) the
 * document is refused rather than read in memory that grows with it. The
 * bytes counted are the block arena's and the cells of the open rows. */
static bool stream_bound_exceeded(parser *p) {
    if (!p->sink || p->st)
        return false;
    size_t held = p->mem->total;
    for (size_t i = 0; i < p->frames.n; i++) {
        frame *f = vn_vec_at(&p->frames, i);
        held += f->cells.n * sizeof(vnplan_cell) + f->rows.n * sizeof(vnplan_row);
    }
    long long max = 4 * vn_limit(p->ctx, VNPLAN_LIMIT_PARAGRAPH_BYTES);
    if ((long long)held <= max)
        return false;
    p->st = vn_fail_line(p->ctx, VNPLAN_ELIMIT, vn_sax_part(p->x), vn_sax_line(p->x),
                         "one top-level table row holds more than %lld bytes (a table nested in a cell, "
                         "or a row of too many cells; 4 x limit max-paragraph-bytes)", max);
    return true;
}

void wml_cell_end(parser *p) {
    if (stream_bound_exceeded(p))
        return;
    frame *f = wml_top(p);
    frame *r = p->frames.n >= 2 ? vn_vec_at(&p->frames, p->frames.n - 2) : NULL;
    vnplan_cell cell;
    memset(&cell, 0, sizeof cell);
    size_t n;
    cell.blocks = wml_freeze(p, &f->blocks, &n);
    cell.n_blocks = n;
    cell.grid_span = f->grid_span;
    cell.vmerge = f->vmerge;
    cell.row_span = 1;
    wml_pop(p);
    if (!r || r->kind != F_ROW)
        return;
    cell.grid_col = r->next_col;
    r->next_col += cell.grid_span;
    vnplan_cell *slot = vn_vec_push(&r->cells);
    if (!slot) {
        wml_fail_nomem(p);
        return;
    }
    *slot = cell;
}

/* A property of the row, table or cell `f` (tblHeader, gridBefore, gridCol,
 * gridSpan, vMerge); true when `f` is one of them and `n` was handled there. */
bool wml_table_props(parser *p, frame *f, frame *para, const char *n) {
    if (f && f->kind == F_ROW) {
        if (NAME_IS(n, "tblHeader"))
            f->header = vn_sax_onoff(vn_sax_attr(p->x, "val"));
        else if (NAME_IS(n, "gridBefore")) {
            int v = vn_sax_int_attr(p->x, "val", 0);
            if (v > 0 && v <= vn_limit(p->ctx, VNPLAN_LIMIT_GRID_SPAN))
                f->next_col += (size_t)v;
        }
        return true;
    }
    if (f && f->kind == F_TABLE) {
        if (NAME_IS(n, "gridCol"))
            f->n_cols++;
        return true;
    }
    if (f && f->kind == F_CONTAINER && f->is_cell && !para) {
        if (NAME_IS(n, "gridSpan")) {
            long long max = vn_limit(p->ctx, VNPLAN_LIMIT_GRID_SPAN);
            const char *v = vn_sax_attr(p->x, "val");
            long long span = v ? strtoll(v, NULL, 10) : 1;
            if (span > max && !p->st)
                p->st = vn_fail_line(p->ctx, VNPLAN_ELIMIT, vn_sax_part(p->x), vn_sax_line(p->x),
                                     "a table cell spans %lld columns, more than %lld (limit max-grid-span)",
                                     span, max);
            else if (span < 1)   /* as LibreOffice reads it: one column */
                vn_document_warn(p->env->doc, "a table cell's gridSpan '%.20s' is not a positive number: read as 1",
                                 v ? v : "");
            f->grid_span = span >= 1 && span <= max ? (size_t)span : 1;
        } else if (NAME_IS(n, "vMerge")) {
            const char *v = vn_sax_attr(p->x, "val");
            f->vmerge = (v && !strcmp(v, "restart")) ? VNPLAN_VMERGE_RESTART : VNPLAN_VMERGE_CONTINUE;
        } else if (NAME_IS(n, "hMerge")) {
            /* legacy horizontal merge: treated like gridSpan by Word; rare */
        }
        return true;
    }
    return false;
}

/* The end of a row or table frame `f`; true when `n` closed it. */
bool wml_table_end_child(parser *p, frame *f, const char *n) {
    if (f->kind == F_ROW && NAME_IS(n, "tr") && vn_sax_depth(p->x) == f->depth) {
        wml_row_end(p);
        return true;
    }
    if (f->kind == F_TABLE && NAME_IS(n, "tbl") && vn_sax_depth(p->x) == f->depth) {
        wml_table_end(p);
        return true;
    }
    return false;
}
