/*
 * Streaming WordprocessingML -> blocks. A stack of frames follows the
 * element nesting that matters (containers, tables, rows, paragraphs);
 * everything else is either transparent (its text kept in place: ins,
 * hyperlink, smartTag, customXml, sdt content, field results) or skipped
 * whole (del, moveFrom, instrText, sdtPr, the unused branch of
 * mc:AlternateContent).
 *
 * Block memory goes to p->mem: the document's arena when the whole
 * document is read; in streaming mode (a sink is given, see block_stream.h)
 * a block arena emptied whenever the body is between top-level blocks, and,
 * inside a top-level table, the arena of the current chunk of rows
 * (table_chunks.h). Warnings always go to the document.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader/block_stream.h"
#include "reader/table_chunks.h"
#include "reader/wml_body.h"
#include "reader/xml_stream.h"
#include "text/text_internal.h"
#include "util/ctx.h"

typedef enum { F_CONTAINER, F_TABLE, F_ROW, F_PARA } frame_kind;

typedef struct run_props {
    const char *rstyle;     /* borrowed from the XML: copied below */
    char rstyle_buf[64];
    int bold, italic, vanish;
    char *font;             /* direct rFonts, owned */
} run_props;

typedef struct frame {
    frame_kind kind;
    int depth;                      /* XML depth of the element */
    /* F_CONTAINER: blocks; as a cell, its grid span and vertical merge */
    vn_vec blocks;
    bool is_cell;
    size_t grid_span;
    vnplan_vmerge vmerge;
    /* F_TABLE */
    vn_vec rows;                    /* vnplan_row */
    size_t n_cols;
    int table_depth;
    vn_vec last_restart;            /* vnplan_cell *, per grid column */
    size_t rows_done;               /* streamed: rows delivered in earlier chunks */
    bool streamed;                  /* a top-level table delivered in chunks */
    /* F_ROW */
    vn_vec cells;                   /* vnplan_cell */
    bool header;
    size_t next_col;
    /* F_PARA */
    vn_buf text;
    char style[128];
    int num_id, ilvl, align, outline;
    bool mark_deleted, in_ppr, in_rpr, page_break;
    bool has_sect;
    vnplan_section_break sect;
    size_t nonspace, bold_nonspace, italic_nonspace;
    size_t lead_bold;               /* raw bytes of the leading bold text */
    bool lead_open;                 /* still inside the leading bold text */
    vn_vec spans;                   /* vnplan_font_span */
    vn_vec pending;                 /* blocks of text boxes anchored here */
    run_props run;
    bool in_run, in_run_rpr;
} frame;

typedef struct parser {
    vn_wml_env *env;
    vn_xml *x;
    vnplan_ctx *ctx;
    vn_vec frames;                  /* frame */
    vn_vec fields;                  /* bool: inside a field's instructions */
    vn_vec alt;                     /* bool per mc:AlternateContent: a branch was taken */
    vn_buf carry;                   /* text of a paragraph whose mark was deleted */
    vn_buf scratch, label;
    vnplan_status st;
    bool in_sect;                   /* inside a sectPr */
    int in_t;                       /* inside w:t (or m:t): its text is document text */
    vnplan_section_break sect;
    int table_depth;
    vn_arena *mem;                  /* where block memory goes (see the top) */
    /* Streaming mode only (sink != NULL): */
    const vn_block_sink *sink;
    vn_arena block_arena;           /* the top-level block being built */
    vn_chunks chunks;               /* the chunks of the open top-level table */
    size_t chunks_sent;             /* chunks of it delivered */
    vn_vec deferred;                /* vnplan_block: held back until the table ends */
} parser;

static frame *top(parser *p) { return p->frames.n ? vn_vec_at(&p->frames, p->frames.n - 1) : NULL; }

static frame *find_kind(parser *p, frame_kind k) {
    for (size_t i = p->frames.n; i-- > 0;) {
        frame *f = vn_vec_at(&p->frames, i);
        if (f->kind == k)
            return f;
    }
    return NULL;
}

static frame *container(parser *p) { return find_kind(p, F_CONTAINER); }

static bool fail_nomem(parser *p) {
    if (!p->st)
        p->st = vn_fail_nomem(p->ctx);
    return false;
}

static frame *push(parser *p, frame_kind k) {
    frame *f = vn_vec_push(&p->frames);
    if (!f) {
        fail_nomem(p);
        return NULL;
    }
    f->kind = k;
    f->depth = vn_xml_depth(p->x);
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

static void pop(parser *p) {
    frame_free(top(p));
    p->frames.n--;
}

static void *freeze(parser *p, vn_vec *v, size_t *n) {
    void *items = vn_vec_freeze(v, p->mem, n);
    if (*n == (size_t)-1) {
        *n = 0;
        fail_nomem(p);
    }
    return items;
}

/* Streaming: hands a block to the sink, unless reading already stopped. */
static void deliver(parser *p, const vnplan_block *b, bool cont, bool more) {
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
        deliver(p, b, false, false);
        return true;
    }
    vnplan_block *slot = vn_vec_push(&p->deferred);
    if (!slot)
        return fail_nomem(p);
    *slot = *b;
    vn_chunks_pin(&p->chunks);
    return true;
}

/* Appends a block to the innermost container, or to the pending text-box
 * blocks of the paragraph that anchors it. */
static bool add_block(parser *p, const vnplan_block *b) {
    frame *c = container(p);
    if (!c)
        return true;  /* content outside any container is ignored */
    if (p->sink && c == vn_vec_at(&p->frames, 0))
        return stream_block(p, b);
    vnplan_block *slot = vn_vec_push(&c->blocks);
    if (!slot)
        return fail_nomem(p);
    *slot = *b;
    return true;
}

/* --- paragraphs --- */

static void run_reset(frame *f) {
    free(f->run.font);
    memset(&f->run, 0, sizeof f->run);
    f->run.bold = f->run.italic = f->run.vanish = -1;
}

/* The run's effective properties: direct > character style > paragraph style > defaults. */
static void effective_run(parser *p, frame *f, vn_props *out) {
    out->bold = f->run.bold;
    out->italic = f->run.italic;
    out->vanish = f->run.vanish;
    out->font = f->run.font;
    if (f->run.rstyle_buf[0])
        vn_styles_apply_char(p->env->styles, f->run.rstyle_buf, out);
    vn_para_style ps;
    vn_styles_resolve_para(p->env->styles, f->style[0] ? f->style : NULL, &ps);
    if (out->bold < 0) out->bold = ps.run.bold;
    if (out->italic < 0) out->italic = ps.run.italic;
    if (out->vanish < 0) out->vanish = ps.run.vanish;
    if (!out->font) out->font = ps.run.font;
}

static bool in_field_instructions(parser *p) {
    for (size_t i = 0; i < p->fields.n; i++)
        if (*(bool *)vn_vec_at(&p->fields, i))
            return true;
    return false;
}

/* Appends run text to the paragraph, decoding legacy fonts and tracking bold. */
static void para_text(parser *p, const char *s, size_t len) {
    frame *f = find_kind(p, F_PARA);
    if (!f || len == 0 || in_field_instructions(p))
        return;
    vn_props rp;
    effective_run(p, f, &rp);
    if (rp.vanish > 0)
        return;
    size_t before = f->text.len;
    bool caps = false;
    vnplan_encoding enc = rp.font ? vnplan_font_encoding(rp.font, &caps) : VNPLAN_ENC_UTF8;
    if (enc == VNPLAN_ENC_TCVN3 || enc == VNPLAN_ENC_VNI) {
        vn_text_decode_append(&f->text, enc, caps, s, len);
        vnplan_font_span *span = vn_vec_push(&f->spans);
        if (!span) {
            fail_nomem(p);
            return;
        }
        span->start = before;
        span->end = f->text.len;
        span->font = vn_arena_strdup(p->mem, rp.font);
    } else {
        vn_buf_append(&f->text, s, len);
    }
    if (f->text.failed) {
        fail_nomem(p);
        return;
    }
    size_t max = (size_t)vn_limit(p->ctx, VNPLAN_LIMIT_PARAGRAPH_BYTES);
    if (f->text.len > max && !p->st)
        p->st = vn_fail_line(p->ctx, VNPLAN_ELIMIT, vn_xml_part(p->x), vn_xml_line(p->x),
                             "a paragraph longer than %zu bytes (limit max-paragraph-bytes)", max);
    bool bold = rp.bold > 0, italic = rp.italic > 0;
    for (size_t i = before; i < f->text.len; i++) {
        unsigned char c = (unsigned char)f->text.data[i];
        if (c == ' ' || c == '\t' || c == '\n' || (c & 0xC0) == 0x80)
            continue;
        f->nonspace++;
        f->bold_nonspace += bold;
        f->italic_nonspace += italic;
    }
    if (f->lead_open) {
        if (bold)
            f->lead_bold = f->text.len;
        else {
            /* Leading spaces in a non-bold run do not end the bold lead. */
            bool only_space = true;
            for (size_t i = before; i < f->text.len; i++)
                if (f->text.data[i] != ' ' && f->text.data[i] != '\t')
                    only_space = false;
            if (!only_space)
                f->lead_open = false;
        }
    }
}

static void para_char(parser *p, const char *utf8) { para_text(p, utf8, strlen(utf8)); }

/* Word's w:sym: a character of a symbol font; the private-use codes of
 * Symbol/Wingdings are mapped where a standard character exists. */
static void para_sym(parser *p) {
    const char *c = vn_xml_attr(p->x, "char");
    if (!c)
        return;
    unsigned long cp = strtoul(c, NULL, 16);
    if (cp >= 0xF000 && cp <= 0xF0FF)
        cp -= 0xF000;
    static const struct {
        unsigned long code;
        const char *utf8;
    } map[] = {{0xB7, "\xE2\x80\xA2"}, {0xA7, "\xE2\x96\xAA"}, {0xD8, "\xE2\x9E\xA2"},
               {0xFC, "\xE2\x9C\x93"}, {0x2D, "-"},           {0xAE, "\xE2\x86\x92"},
               {0x76, "\xE2\x9D\x96"}, {0xE0, "\xE2\x86\x92"}, {0x6E, "\xE2\x96\xA0"}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].code == cp) {
            para_char(p, map[i].utf8);
            return;
        }
    if (cp >= 0x20 && cp < 0x7F) {
        char s[2] = {(char)cp, 0};
        para_char(p, s);
        return;
    }
    vn_document_warn(p->env->doc, "%s: symbol character U+%04lX of font %s dropped",
                     vn_xml_part(p->x), strtoul(c, NULL, 16),
                     vn_xml_attr(p->x, "font") ? vn_xml_attr(p->x, "font") : "?");
}

static char *arena_display(parser *p, const char *s, size_t len, size_t *out_len) {
    vn_buf_clear(&p->scratch);
    vn_text_display_append(&p->scratch, s, len, VNPLAN_TONES_KEEP, &p->env->doc->pub.invalid_utf8);
    if (p->scratch.failed) {
        fail_nomem(p);
        return NULL;
    }
    *out_len = p->scratch.len;
    char *copy = vn_arena_strndup(p->mem, vn_buf_cstr(&p->scratch), p->scratch.len);
    if (!copy)
        fail_nomem(p);
    return copy;
}

static void para_end(parser *p) {
    frame *f = top(p);
    if (f->mark_deleted && !f->has_sect) {
        /* The paragraph mark was deleted: the text joins the next paragraph. */
        vn_buf_append(&p->carry, f->text.data ? f->text.data : "", f->text.len);
        pop(p);
        return;
    }
    vnplan_block b;
    memset(&b, 0, sizeof b);
    b.kind = VNPLAN_BLOCK_PARAGRAPH;
    vnplan_paragraph *para = &b.u.paragraph;
    vn_para_style ps;
    vn_styles_resolve_para(p->env->styles, f->style[0] ? f->style : NULL, &ps);
    int num_id = f->num_id >= 0 ? f->num_id : ps.num_id;
    int ilvl = f->ilvl >= 0 ? f->ilvl : ps.num_ilvl;
    if (ilvl < 0 && ps.style)
        ilvl = vn_numbering_style_level(p->env->numbering, num_id, ps.style->id);
    if (ilvl < 0)
        ilvl = 0;
    para->num_id = -1;
    para->num_level = -1;
    if (ilvl >= vn_limit(p->ctx, VNPLAN_LIMIT_NUMBERING_LEVELS))
        vn_document_warn(p->env->doc, "numbering level %d ignored (limit max-numbering-levels)", ilvl);
    else if (num_id > 0) {
        para->num_format = vn_numbering_next(p->env->numbering, num_id, ilvl, &p->label);
        if (para->num_format != VNPLAN_NUMFMT_NONE || p->label.len) {
            para->num_id = num_id;
            para->num_level = ilvl;
        }
        if (p->label.len) {
            size_t n;
            para->label = arena_display(p, p->label.data, p->label.len, &n);
            if (para->label && !para->label[0])
                para->label = NULL;
        }
    }
    para->outline_level = f->outline >= 0 ? f->outline : ps.outline;
    if (para->outline_level > 8)
        para->outline_level = -1;
    if (ps.style) {
        para->style_id = vn_arena_strdup(p->mem, ps.style->id);
        para->style_name = ps.style->name ? vn_arena_strdup(p->mem, ps.style->name) : NULL;
    }
    para->align = (vnplan_align)(f->align >= 0 ? f->align : (ps.align >= 0 ? ps.align : 0));
    para->page_break_before = f->page_break;
    const char *raw = f->text.data ? f->text.data : "";
    /* Runs typed in a legacy font whose font was later changed (common):
     * the detector recognises the text itself and checks the syllables. */
    if (f->spans.n == 0 && f->text.len) {
        vnplan_encoding enc = vnplan_text_detect(raw, f->text.len);
        if (enc == VNPLAN_ENC_TCVN3 || enc == VNPLAN_ENC_VNI) {
            vn_buf decoded = VN_BUF_INIT;
            vn_text_decode_append(&decoded, enc, false, raw, f->text.len);
            if (decoded.failed) {
                vn_buf_free(&decoded);
                fail_nomem(p);
                return;
            }
            vn_buf_free(&f->text);
            f->text = decoded;
            raw = f->text.data;
            f->lead_bold = 0;
        }
    }
    para->text = arena_display(p, raw, f->text.len, &para->text_len);
    if (!para->text)
        para->text = "";
    para->bold_all = f->nonspace > 0 && f->bold_nonspace == f->nonspace;
    para->italic_all = f->nonspace > 0 && f->italic_nonspace == f->nonspace;
    if (f->lead_bold > 0) {
        size_t n = 0;
        vn_buf_clear(&p->scratch);
        vn_text_display_append(&p->scratch, raw, f->lead_bold, VNPLAN_TONES_KEEP, NULL);
        n = p->scratch.len;
        while (n > 0 && p->scratch.data[n - 1] == ' ')
            n--;
        para->bold_lead_len = n < para->text_len ? n : para->text_len;
    }
    size_t nspans;
    para->legacy_spans = freeze(p, &f->spans, &nspans);
    para->n_legacy_spans = nspans;
    bool has_sect = f->has_sect;
    vnplan_section_break sect = f->sect;
    vn_vec pending = f->pending;
    vn_vec_init(&f->pending, sizeof(vnplan_block));
    pop(p);
    /* A paragraph that only carries a section break is not text. */
    if (!(has_sect && para->text_len == 0 && !para->label))
        add_block(p, &b);
    for (size_t i = 0; i < pending.n; i++)
        add_block(p, vn_vec_at(&pending, i));
    vn_vec_free(&pending);
    if (has_sect) {
        vnplan_block sb;
        memset(&sb, 0, sizeof sb);
        sb.kind = VNPLAN_BLOCK_SECTION_BREAK;
        sb.u.section = sect;
        add_block(p, &sb);
    }
}

static void para_start(parser *p) {
    frame *f = push(p, F_PARA);
    if (!f)
        return;
    f->lead_open = true;
    if (p->carry.len) {
        vn_buf_append(&f->text, p->carry.data, p->carry.len);
        vn_buf_clear(&p->carry);
        f->lead_open = false;
    }
}

/* --- tables --- */

static void table_start(parser *p) {
    frame *f = push(p, F_TABLE);
    if (!f)
        return;
    f->table_depth = p->table_depth++;
    /* Streaming: a table right in the body is delivered in chunks, its rows
     * in chunk arenas. (Tables in cells or text boxes belong to a block.) */
    if (p->sink && p->frames.n == 2) {
        vn_arena *a = vn_chunks_next(&p->chunks);
        if (!a) {
            fail_nomem(p);
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
    b.u.table.rows = freeze(p, &f->rows, &n);
    b.u.table.n_rows = n;
    b.u.table.n_cols = f->n_cols;
    b.u.table.depth = f->table_depth;
    return b;
}

/* Streaming: delivers the rows of the streamed table `f` gathered so far. */
static void chunk_deliver(parser *p, frame *f, bool more) {
    vnplan_block b = table_block(p, f);
    deliver(p, &b, p->chunks_sent > 0, more);
    f->rows_done += b.u.table.n_rows;
    p->chunks_sent++;
}

/* Streaming: a row begins while the chunk is full, so the table goes on:
 * the chunk goes out and the rows that follow go to a new one. (Delivering
 * a chunk only once more rows come keeps the last chunk from being empty.) */
static void chunk_flush(parser *p, frame *f) {
    chunk_deliver(p, f, true);
    vn_arena *a = vn_chunks_next(&p->chunks);
    if (!a) {
        fail_nomem(p);
        return;
    }
    p->mem = a;
}

static void table_end(parser *p) {
    frame *f = top(p);
    if (f->streamed) {
        chunk_deliver(p, f, false);
        for (size_t i = 0; i < p->deferred.n; i++)
            deliver(p, vn_vec_at(&p->deferred, i), false, false);
        p->deferred.n = 0;
        p->table_depth--;
        pop(p);
        /* Nothing of the table is referenced any more. */
        vn_chunks_free(&p->chunks);
        p->mem = &p->block_arena;
        return;
    }
    vnplan_block b = table_block(p, f);
    p->table_depth--;
    pop(p);
    add_block(p, &b);
}

static void row_end(parser *p) {
    frame *f = top(p);
    frame *t = find_kind(p, F_TABLE);
    vnplan_row row;
    memset(&row, 0, sizeof row);
    row.header = f->header;
    size_t n;
    vnplan_cell *cells = freeze(p, &f->cells, &n);
    row.cells = cells;
    row.n_cells = n;
    size_t cols = f->next_col;
    pop(p);
    if (!t)
        return;
    if (cols > t->n_cols)
        t->n_cols = cols;
    long long max_cells = vn_limit(p->ctx, VNPLAN_LIMIT_TABLE_CELLS);
    size_t rows = t->rows_done + t->rows.n + 1;   /* all rows of the table, every chunk */
    if ((long long)(rows * (t->n_cols ? t->n_cols : 1)) > max_cells && !p->st) {
        p->st = vn_fail_line(p->ctx, VNPLAN_ELIMIT, vn_xml_part(p->x), vn_xml_line(p->x),
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
                fail_nomem(p);
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
                fail_nomem(p);
                return;
            }
        } else {
            bool restart = c->vmerge == VNPLAN_VMERGE_RESTART;
            for (size_t k = 0; k < c->grid_span; k++) {
                *(const vnplan_cell **)vn_vec_at(&t->last_restart, c->grid_col + k) = restart ? c : NULL;
                if (t->streamed && !vn_chunks_point(&p->chunks, c->grid_col + k, restart)) {
                    fail_nomem(p);
                    return;
                }
            }
        }
    }
    vnplan_row *slot = vn_vec_push(&t->rows);
    if (!slot) {
        fail_nomem(p);
        return;
    }
    *slot = row;
}

static void cell_end(parser *p) {
    frame *f = top(p);
    frame *r = p->frames.n >= 2 ? vn_vec_at(&p->frames, p->frames.n - 2) : NULL;
    vnplan_cell cell;
    memset(&cell, 0, sizeof cell);
    size_t n;
    cell.blocks = freeze(p, &f->blocks, &n);
    cell.n_blocks = n;
    cell.grid_span = f->grid_span;
    cell.vmerge = f->vmerge;
    cell.row_span = 1;
    pop(p);
    if (!r || r->kind != F_ROW)
        return;
    cell.grid_col = r->next_col;
    r->next_col += cell.grid_span;
    vnplan_cell *slot = vn_vec_push(&r->cells);
    if (!slot) {
        fail_nomem(p);
        return;
    }
    *slot = cell;
}

/* --- the element dispatcher --- */

/* An element's local name against a literal: the first letters compared
 * inline, so the many names that differ there cost no call (this test runs
 * dozens of times for every element of the body). */
#define NAME_IS(n, lit) ((n)[0] == (lit)[0] && !strcmp((n), (lit)))

static bool is_skipped(const char *n) {
    static const char *const names[] = {"del", "moveFrom", "delText", "delInstrText", "instrText",
                                        "sdtPr", "sdtEndPr", "rPrChange", "pPrChange",
                                        "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange",
                                        "numberingChange", "tblPr", "bookmarkStart",
                                        "commentRangeStart", "proofErr", "lastRenderedPageBreak",
                                        "footnoteReference", "endnoteReference",
                                        "commentReference", "annotationRef", "binData", "fldData"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (n[0] == names[i][0] && !strcmp(n, names[i]))
            return true;
    return false;
}

static void set_rstyle(frame *f, const char *v) {
    snprintf(f->run.rstyle_buf, sizeof f->run.rstyle_buf, "%s", v ? v : "");
}

/* Handles a start element; returns false when its subtree was skipped. */
static void on_start(parser *p, const char *n, bool empty) {
    frame *f = top(p);
    frame *para = find_kind(p, F_PARA);
    /* Properties first: they are only meaningful in their parents. */
    if (para && para == f) {
        if (NAME_IS(n, "pPr")) {
            para->in_ppr = !empty;
            return;
        }
        if (para->in_ppr) {
            if (NAME_IS(n, "pStyle"))
                snprintf(para->style, sizeof para->style, "%s", vn_xml_attr(p->x, "val") ? vn_xml_attr(p->x, "val") : "");
            else if (NAME_IS(n, "numId"))
                para->num_id = vn_xml_int_attr(p->x, "val", -1);
            else if (NAME_IS(n, "ilvl"))
                para->ilvl = vn_xml_int_attr(p->x, "val", -1);
            else if (NAME_IS(n, "outlineLvl"))
                para->outline = vn_xml_int_attr(p->x, "val", -1);
            else if (NAME_IS(n, "pageBreakBefore"))
                para->page_break = vn_xml_onoff(vn_xml_attr(p->x, "val"));
            else if (NAME_IS(n, "jc")) {
                const char *v = vn_xml_attr(p->x, "val");
                para->align = !v ? -1 : !strcmp(v, "center") ? VNPLAN_ALIGN_CENTER
                            : (!strcmp(v, "right") || !strcmp(v, "end")) ? VNPLAN_ALIGN_RIGHT
                            : (!strcmp(v, "both") || !strcmp(v, "distribute")) ? VNPLAN_ALIGN_BOTH
                            : VNPLAN_ALIGN_LEFT;
            } else if (NAME_IS(n, "rPr"))
                para->in_rpr = !empty;
            else if (para->in_rpr && (NAME_IS(n, "del") || NAME_IS(n, "moveFrom")))
                para->mark_deleted = true;
            else if (NAME_IS(n, "sectPr"))
                p->in_sect = !empty, para->has_sect = true, memset(&p->sect, 0, sizeof p->sect);
            else if (p->in_sect && NAME_IS(n, "pgSz")) {
                para->sect.page_width = vn_xml_int_attr(p->x, "w", 0);
                para->sect.page_height = vn_xml_int_attr(p->x, "h", 0);
                const char *o = vn_xml_attr(p->x, "orient");
                para->sect.landscape = (o && !strcmp(o, "landscape")) ||
                                       para->sect.page_width > para->sect.page_height;
            }
            if (!empty && (NAME_IS(n, "rPrChange") || NAME_IS(n, "pPrChange") || NAME_IS(n, "numberingChange")))
                vn_xml_skip(p->x);
            return;
        }
    }
    if (para && para->in_run_rpr) {
        if (NAME_IS(n, "rStyle"))
            set_rstyle(para, vn_xml_attr(p->x, "val"));
        else if (NAME_IS(n, "b"))
            para->run.bold = vn_xml_onoff(vn_xml_attr(p->x, "val"));
        else if (NAME_IS(n, "i"))
            para->run.italic = vn_xml_onoff(vn_xml_attr(p->x, "val"));
        else if (NAME_IS(n, "vanish"))
            para->run.vanish = vn_xml_onoff(vn_xml_attr(p->x, "val"));
        else if (NAME_IS(n, "rFonts")) {
            char *font = vn_styles_font_from_attrs(p->env->styles, vn_xml_attr(p->x, "ascii"),
                                                   vn_xml_attr(p->x, "hAnsi"),
                                                   vn_xml_attr(p->x, "asciiTheme"),
                                                   vn_xml_attr(p->x, "hAnsiTheme"));
            if (font) {
                free(para->run.font);
                para->run.font = font;
            }
        } else if (NAME_IS(n, "rPrChange") && !empty)
            vn_xml_skip(p->x);
        return;
    }
    if (is_skipped(n)) {
        if (!empty)
            vn_xml_skip(p->x);
        return;
    }
    if (NAME_IS(n, "AlternateContent")) {
        bool *taken = vn_vec_push(&p->alt);
        if (!taken)
            fail_nomem(p);
        else
            *taken = false;
        if (empty)
            p->alt.n--;
        return;
    }
    if (NAME_IS(n, "Choice") || NAME_IS(n, "Fallback")) {
        bool *taken = p->alt.n ? vn_vec_at(&p->alt, p->alt.n - 1) : NULL;
        if (taken && *taken) {
            if (!empty)
                vn_xml_skip(p->x);
        } else if (taken) {
            *taken = true;
        }
        return;
    }
    if (NAME_IS(n, "p")) {
        if (!empty)
            para_start(p);
        else {
            para_start(p);
            if (!p->st)
                para_end(p);
        }
        return;
    }
    if (NAME_IS(n, "tbl")) {
        table_start(p);
        return;
    }
    if (NAME_IS(n, "tr")) {
        if (f && f->kind == F_TABLE && f->streamed && f->rows.n == VN_STREAM_TABLE_ROWS) {
            chunk_flush(p, f);
            if (p->st)
                return;
        }
        if (f && f->kind == F_TABLE && push(p, F_ROW) && empty)
            row_end(p);
        return;
    }
    if (NAME_IS(n, "tc") || NAME_IS(n, "txbxContent")) {
        frame *c = push(p, F_CONTAINER);
        if (c)
            c->is_cell = NAME_IS(n, "tc");
        if (c && empty) {
            if (c->is_cell)
                cell_end(p);
            else
                pop(p);
        }
        return;
    }
    if (f && f->kind == F_ROW) {
        if (NAME_IS(n, "tblHeader"))
            f->header = vn_xml_onoff(vn_xml_attr(p->x, "val"));
        else if (NAME_IS(n, "gridBefore")) {
            int v = vn_xml_int_attr(p->x, "val", 0);
            if (v > 0 && v <= vn_limit(p->ctx, VNPLAN_LIMIT_GRID_SPAN))
                f->next_col += (size_t)v;
        }
        return;
    }
    if (f && f->kind == F_TABLE) {
        if (NAME_IS(n, "gridCol"))
            f->n_cols++;
        return;
    }
    if (f && f->kind == F_CONTAINER && f->is_cell && !para) {
        if (NAME_IS(n, "gridSpan")) {
            long long max = vn_limit(p->ctx, VNPLAN_LIMIT_GRID_SPAN);
            const char *v = vn_xml_attr(p->x, "val");
            long long span = v ? strtoll(v, NULL, 10) : 1;
            if ((span > max || span < 0) && !p->st)
                p->st = vn_fail_line(p->ctx, VNPLAN_ELIMIT, vn_xml_part(p->x), vn_xml_line(p->x),
                                     "a table cell spans %lld columns, more than %lld (limit max-grid-span)",
                                     span, max);
            f->grid_span = span >= 1 && span <= max ? (size_t)span : 1;
        } else if (NAME_IS(n, "vMerge")) {
            const char *v = vn_xml_attr(p->x, "val");
            f->vmerge = (v && !strcmp(v, "restart")) ? VNPLAN_VMERGE_RESTART : VNPLAN_VMERGE_CONTINUE;
        } else if (NAME_IS(n, "hMerge")) {
            /* legacy horizontal merge: treated like gridSpan by Word; rare */
        }
        return;
    }
    if (!para) {
        if (NAME_IS(n, "sectPr")) {
            p->in_sect = !empty;
            memset(&p->sect, 0, sizeof p->sect);
        } else if (p->in_sect && NAME_IS(n, "pgSz")) {
            p->sect.page_width = vn_xml_int_attr(p->x, "w", 0);
            p->sect.page_height = vn_xml_int_attr(p->x, "h", 0);
            const char *o = vn_xml_attr(p->x, "orient");
            p->sect.landscape = (o && !strcmp(o, "landscape")) || p->sect.page_width > p->sect.page_height;
        }
        return;
    }
    /* Inside a paragraph. */
    if (NAME_IS(n, "t")) {
        if (!empty)
            p->in_t++;
    } else if (NAME_IS(n, "r")) {
        run_reset(para);
        para->in_run = !empty;
    } else if (NAME_IS(n, "rPr")) {
        para->in_run_rpr = !empty;
    } else if (NAME_IS(n, "tab") || NAME_IS(n, "ptab")) {
        para_char(p, "\t");
    } else if (NAME_IS(n, "br") || NAME_IS(n, "cr")) {
        const char *type = vn_xml_attr(p->x, "type");
        if (type && !strcmp(type, "page")) {
            if (para->text.len == 0)
                para->page_break = true;
        } else if (!type || strcmp(type, "column") != 0) {
            para_char(p, "\n");
        }
    } else if (NAME_IS(n, "noBreakHyphen")) {
        para_char(p, "-");
    } else if (NAME_IS(n, "sym")) {
        para_sym(p);
    } else if (NAME_IS(n, "fldChar")) {
        const char *t = vn_xml_attr(p->x, "fldCharType");
        if (t && !strcmp(t, "begin")) {
            bool *b = vn_vec_push(&p->fields);
            if (b)
                *b = true;
            else
                fail_nomem(p);
        } else if (t && !strcmp(t, "separate") && p->fields.n) {
            *(bool *)vn_vec_at(&p->fields, p->fields.n - 1) = false;
        } else if (t && !strcmp(t, "end") && p->fields.n) {
            p->fields.n--;
        }
    }
}

static void on_end(parser *p, const char *n) {
    frame *f = top(p);
    if (!f)
        return;
    if (NAME_IS(n, "t") && p->in_t > 0) {
        p->in_t--;
        return;
    }
    if (f->kind == F_PARA) {
        if (NAME_IS(n, "pPr") && f->in_ppr) {
            f->in_ppr = false;
            return;
        }
        if (f->in_ppr) {
            if (NAME_IS(n, "rPr"))
                f->in_rpr = false;
            else if (NAME_IS(n, "sectPr"))
                p->in_sect = false;
            return;
        }
        if (f->in_run_rpr) {
            if (NAME_IS(n, "rPr"))
                f->in_run_rpr = false;
            return;
        }
        if (NAME_IS(n, "r")) {
            f->in_run = false;
            return;
        }
        if (NAME_IS(n, "p") && vn_xml_depth(p->x) == f->depth) {
            para_end(p);
            return;
        }
    }
    if (NAME_IS(n, "AlternateContent") && p->alt.n) {
        p->alt.n--;
        return;
    }
    if (f->kind == F_CONTAINER && vn_xml_depth(p->x) == f->depth &&
        (NAME_IS(n, "tc") || NAME_IS(n, "txbxContent"))) {
        if (f->is_cell) {
            cell_end(p);
        } else {
            /* Text-box blocks go after the paragraph that anchors them. */
            vn_vec blocks = f->blocks;
            vn_vec_init(&f->blocks, sizeof(vnplan_block));
            pop(p);
            frame *anchor = find_kind(p, F_PARA);
            vn_vec *dest = anchor ? &anchor->pending : NULL;
            for (size_t i = 0; i < blocks.n; i++) {
                if (dest) {
                    vnplan_block *slot = vn_vec_push(dest);
                    if (!slot) {
                        fail_nomem(p);
                        break;
                    }
                    *slot = *(vnplan_block *)vn_vec_at(&blocks, i);
                } else {
                    add_block(p, vn_vec_at(&blocks, i));
                }
            }
            vn_vec_free(&blocks);
        }
        return;
    }
    if (f->kind == F_ROW && NAME_IS(n, "tr") && vn_xml_depth(p->x) == f->depth) {
        row_end(p);
        return;
    }
    if (f->kind == F_TABLE && NAME_IS(n, "tbl") && vn_xml_depth(p->x) == f->depth) {
        table_end(p);
        return;
    }
    if (NAME_IS(n, "sectPr"))
        p->in_sect = false;
}

static void on_text(parser *p) {
    frame *para = find_kind(p, F_PARA);
    /* Only w:t carries text; other text nodes (drawing offsets, ...) are not. */
    if (!para || para->in_ppr || para->in_run_rpr || p->in_t <= 0)
        return;
    const char *v = vn_xml_value(p->x);
    para_text(p, v, strlen(v));
}

/* Runs the parser over the part until the end or an error. `story` names
 * the elements that start a story (NULL: the body); each complete story
 * is handed to on_story. */
typedef void (*story_fn)(parser *p, const char *id, const char *author, vn_vec *stories);

static void parser_init(parser *p, vn_wml_env *env) {
    memset(p, 0, sizeof *p);
    p->env = env;
    p->ctx = env->pkg->ctx;
    p->mem = env->mem;
    vn_arena_init(&p->block_arena);
    vn_chunks_init(&p->chunks);
    vn_vec_init(&p->deferred, sizeof(vnplan_block));
    vn_vec_init(&p->frames, sizeof(frame));
    vn_vec_init(&p->fields, sizeof(bool));
    vn_vec_init(&p->alt, sizeof(bool));
}

static void parser_free(parser *p) {
    while (p->frames.n)
        pop(p);
    vn_vec_free(&p->frames);
    vn_vec_free(&p->fields);
    vn_vec_free(&p->alt);
    vn_buf_free(&p->carry);
    vn_buf_free(&p->scratch);
    vn_buf_free(&p->label);
    vn_vec_free(&p->deferred);
    vn_chunks_free(&p->chunks);
    vn_arena_free(&p->block_arena);
    if (p->x)
        vn_xml_close(p->x);
}

/* One node. */
static int step(parser *p) {
    int r = vn_xml_next(p->x);
    if (r != 1)
        return r;
    int t = vn_xml_type(p->x);
    if (t == VN_XML_ELEMENT)
        on_start(p, vn_xml_local(p->x), vn_xml_empty(p->x));
    else if (t == VN_XML_END_ELEMENT)
        on_end(p, vn_xml_local(p->x));
    else if (t == VN_XML_TEXT || t == VN_XML_CDATA ||
             t == VN_XML_SIGNIFICANT_WHITESPACE) {
        on_text(p);
    }
    /* Streaming: between top-level blocks nothing refers to block memory. */
    if (p->sink && p->frames.n == 1 && p->block_arena.total)
        vn_arena_reset(&p->block_arena);
    return p->st ? p->st : 1;
}

static void note_strict(parser *p) {
    if (!strcmp(vn_xml_ns(p->x), "http://purl.oclc.org/ooxml/wordprocessingml/main"))
        p->env->doc->pub.format = "strict-docx";
}

/* Sets up a parser over `part`; on failure everything is freed. */
static vnplan_status parser_open(parser *p, vn_wml_env *env, const char *part) {
    parser_init(p, env);
    vnplan_status st = vn_xml_open(env->pkg, part, &p->x);
    if (st)
        parser_free(p);
    return st;
}

vnplan_status vn_wml_parse_body(vn_wml_env *env, const char *part, const vn_block_sink *sink) {
    parser p;
    vnplan_status st = parser_open(&p, env, part);
    if (st)
        return st;
    if (sink) {
        p.sink = sink;
        p.mem = &p.block_arena;
    }
    int r;
    bool root_seen = false;
    while ((r = step(&p)) == 1) {
        if (!root_seen && vn_xml_type(p.x) == VN_XML_ELEMENT) {
            root_seen = true;
            note_strict(&p);
            if (strcmp(vn_xml_local(p.x), "document") != 0) {
                r = vn_fail(p.ctx, VNPLAN_EFORMAT, part, "the main part is not a WordprocessingML document (root element <%s>)", vn_xml_local(p.x));
                break;
            }
            /* The body is the one container of the document. */
            if (!push(&p, F_CONTAINER))
                break;
        }
    }
    if (r == 0 && !root_seen)
        r = vn_fail(p.ctx, VNPLAN_EFORMAT, part, "the main document part is empty");
    if (r == 0 && p.frames.n) {
        /* Unclosed frames cannot happen with well-formed XML; close what is open. */
        while (p.frames.n > 1 && !p.st) {
            frame *f = top(&p);
            if (f->kind == F_PARA) para_end(&p);
            else if (f->kind == F_ROW) row_end(&p);
            else if (f->kind == F_TABLE) table_end(&p);
            else if (f->is_cell) cell_end(&p);
            else pop(&p);
        }
        frame *body = top(&p);
        /* The last section's properties close the document. */
        vnplan_block sb;
        memset(&sb, 0, sizeof sb);
        sb.kind = VNPLAN_BLOCK_SECTION_BREAK;
        sb.u.section = p.sect;
        if (p.sink) {
            deliver(&p, &sb, false, false);
        } else {
            vnplan_block *slot = vn_vec_push(&body->blocks);
            if (slot)
                *slot = sb;
            size_t n;
            env->doc->pub.blocks = freeze(&p, &body->blocks, &n);
            env->doc->pub.n_blocks = n;
        }
        r = p.st ? p.st : 0;
    } else if (r > 0) {
        r = p.st;
    }
    if (!r && vn_xml_invalid_utf8(p.x))
        env->doc->pub.invalid_utf8 += vn_xml_invalid_utf8(p.x);
    parser_free(&p);
    return r < 0 ? (vnplan_status)r : VNPLAN_OK;
}

vnplan_status vn_wml_parse_stories(vn_wml_env *env, const char *part, vn_vec *stories) {
    parser p;
    vnplan_status st = parser_open(&p, env, part);
    if (st)
        return st;
    int r;
    int story_depth = -1;
    const char *id = NULL, *author = NULL;
    while ((r = vn_xml_next(p.x)) == 1) {
        int t = vn_xml_type(p.x);
        const char *n = vn_xml_local(p.x);
        if (story_depth < 0 && t == VN_XML_ELEMENT) {
            bool note = NAME_IS(n, "footnote") || NAME_IS(n, "endnote") || NAME_IS(n, "comment");
            bool hf = NAME_IS(n, "hdr") || NAME_IS(n, "ftr");
            const char *type = note ? vn_xml_attr(p.x, "type") : NULL;
            if ((note && !(type && (strstr(type, "eparator") || !strcmp(type, "continuationNotice")))) || hf) {
                story_depth = vn_xml_depth(p.x);
                id = vn_arena_strdup(p.mem, hf ? part : (vn_xml_attr(p.x, "id") ? vn_xml_attr(p.x, "id") : ""));
                author = vn_xml_attr(p.x, "author") ? vn_arena_strdup(p.mem, vn_xml_attr(p.x, "author")) : NULL;
                if (vn_xml_empty(p.x) || !push(&p, F_CONTAINER))
                    story_depth = -1;
            } else if (note && !vn_xml_empty(p.x)) {
                vn_xml_skip(p.x);
            }
            continue;
        }
        if (story_depth >= 0 && t == VN_XML_END_ELEMENT && vn_xml_depth(p.x) == story_depth) {
            frame *c = top(&p);
            vnplan_story *s = vn_vec_push(stories);
            if (!s) {
                r = vn_fail_nomem(p.ctx);
                break;
            }
            size_t nb;
            s->id = id;
            s->author = author;
            s->blocks = freeze(&p, &c->blocks, &nb);
            s->n_blocks = nb;
            pop(&p);
            story_depth = -1;
            continue;
        }
        if (story_depth < 0)
            continue;
        if (t == VN_XML_ELEMENT)
            on_start(&p, n, vn_xml_empty(p.x));
        else if (t == VN_XML_END_ELEMENT)
            on_end(&p, n);
        else if (t == VN_XML_TEXT || t == VN_XML_CDATA ||
                 t == VN_XML_SIGNIFICANT_WHITESPACE)
            on_text(&p);
        if (p.st) {
            r = p.st;
            break;
        }
    }
    if (!r && vn_xml_invalid_utf8(p.x))
        env->doc->pub.invalid_utf8 += vn_xml_invalid_utf8(p.x);
    parser_free(&p);
    return r < 0 ? (vnplan_status)r : VNPLAN_OK;
}
