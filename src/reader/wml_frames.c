/*
 * The frames of the WordprocessingML reader and the blocks they gather:
 * the stack that follows the element nesting that matters, and where a
 * finished block goes (the innermost container, or in streaming mode the
 * sink). Used by the dispatcher (wml_body.c) and the readers of each job
 * (wml_paragraph.c, wml_table.c, wml_stories.c), which never call each
 * other through here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader/wml_parser.h"
#include "util/ctx.h"

frame *wml_top(parser *p) { return p->frames.n ? vn_vec_at(&p->frames, p->frames.n - 1) : NULL; }

frame *wml_find_kind(parser *p, frame_kind k) {
    for (size_t i = p->frames.n; i-- > 0;) {
        frame *f = vn_vec_at(&p->frames, i);
        if (f->kind == k)
            return f;
    }
    return NULL;
}

frame *wml_container(parser *p) { return wml_find_kind(p, F_CONTAINER); }

bool wml_fail_nomem(parser *p) {
    if (!p->st)
        p->st = vn_fail_nomem(p->ctx);
    return false;
}

frame *wml_push(parser *p, frame_kind k) {
    frame *f = vn_vec_push(&p->frames);
    if (!f) {
        wml_fail_nomem(p);
        return NULL;
    }
    f->kind = k;
    f->depth = vn_sax_depth(p->x);
    vn_vec_init(&f->blocks, sizeof(vnplan_block));
    vn_vec_init(&f->rows, sizeof(vnplan_row));
    vn_vec_init(&f->last_restart, sizeof(const vnplan_cell *));
    vn_vec_init(&f->cells, sizeof(vnplan_cell));
    vn_vec_init(&f->spans, sizeof(vnplan_font_span));
    vn_vec_init(&f->pending, sizeof(vnplan_block));
    vn_buf_init(&f->text);
    f->grid_span = 1;
    f->num_id = f->ilvl = f->align = f->outline = -1;
    f->run.bold = f->run.italic = f->run.vanish = -1;
    return f;
}

static void frame_free(frame *f) {
    vn_vec_free(&f->blocks);
    vn_vec_free(&f->rows);
    vn_vec_free(&f->last_restart);
    vn_vec_free(&f->cells);
    vn_vec_free(&f->spans);
    vn_vec_free(&f->pending);
    vn_buf_free(&f->text);
    free(f->run.font);
}

void wml_pop(parser *p) {
    frame_free(wml_top(p));
    p->frames.n--;
}

void *wml_freeze(parser *p, vn_vec *v, size_t *n) {
    void *items = vn_vec_freeze(v, p->mem, n);
    if (*n == (size_t)-1) {
        *n = 0;
        wml_fail_nomem(p);
    }
    return items;
}

/* Streaming: hands a block to the sink, unless reading already stopped. */
void wml_deliver(parser *p, const vnplan_block *b, bool cont, bool more) {
    if (p->st)
        return;
    vnplan_status st = p->sink->block(p->sink->ud, b, cont, more);
    if (st != VNPLAN_OK)
        p->st = st;
}

/* Streaming: the top-level table being delivered in chunks, or NULL. */
static frame *streamed_table(parser *p) {
    frame *t = p->frames.n >= 2 ? vn_vec_at(&p->frames, 1) : NULL;
    return t && t->kind == F_TABLE && t->streamed ? t : NULL;
}

/* Streaming: a top-level block. One that completes while a chunked table
 * is open (a paragraph or table directly in w:tbl or w:tr, outside any
 * cell: invalid, but read) comes before the table in the whole-document
 * model. Before the first chunk went out it is delivered at once, in that
 * same order; after it, it is held back (its chunk pinned) and delivered
 * after the table, so the chunks of a table stay consecutive. */
static bool stream_block(parser *p, const vnplan_block *b) {
    if (!streamed_table(p) || p->chunks_sent == 0) {
        wml_deliver(p, b, false, false);
        return true;
    }
    vnplan_block *slot = vn_vec_push(&p->deferred);
    if (!slot)
        return wml_fail_nomem(p);
    *slot = *b;
    vn_chunks_pin(&p->chunks);
    return true;
}

/* Appends a block to the innermost container, or to the pending text-box
 * blocks of the paragraph that anchors it. */
bool wml_add_block(parser *p, const vnplan_block *b) {
    frame *c = wml_container(p);
    if (!c)
        return true;  /* content outside any container is ignored */
    if (p->sink && c == vn_vec_at(&p->frames, 0))
        return stream_block(p, b);
    vnplan_block *slot = vn_vec_push(&c->blocks);
    if (!slot)
        return wml_fail_nomem(p);
    *slot = *b;
    return true;
}
