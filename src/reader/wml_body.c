/*
 * Streaming WordprocessingML -> blocks: the dispatch of each element by
 * namespace and local name to the reader of its job (wml_paragraph.c,
 * wml_table.c), and the body part. The stack of frames (wml_frames.c)
 * follows the element nesting that matters (containers, tables, rows,
 * paragraphs); everything else is either transparent (its text kept
 * in place: ins, hyperlink, smartTag, customXml, sdt content, field
 * results, elements of other namespaces) or skipped whole (del, moveFrom,
 * instrText, sdtPr, the unused branch of mc:AlternateContent).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader/wml_parser.h"
#include "util/ctx.h"

/* --- the element dispatcher --- */

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

/* True for the elements the body reader knows: WordprocessingML's, the
 * three of markup compatibility and the runs and text of Office Math (a
 * formula's text is read in place). An element of any other namespace is
 * transparent: its children are read as if it were not there. After this
 * test a local name says which element it is. */
static bool known(int ns, const char *n) {
    bool mc_name = NAME_IS(n, "AlternateContent") || NAME_IS(n, "Choice") || NAME_IS(n, "Fallback");
    if (ns == VN_NS_W)
        return !mc_name;
    if (ns == VN_NS_MC)
        return mc_name;
    return ns == VN_NS_M && (NAME_IS(n, "r") || NAME_IS(n, "t"));
}

void wml_on_start(parser *p, int ns, const char *n) {
    if (!known(ns, n))
        return;
    frame *f = wml_top(p);
    frame *para = wml_find_kind(p, F_PARA);
    /* Properties first: they are only meaningful in their parents. */
    if (wml_para_props(p, f, para, n))
        return;
    if (is_skipped(n)) {
        vn_sax_skip(p->x);
        return;
    }
    if (NAME_IS(n, "AlternateContent")) {
        bool *taken = vn_vec_push(&p->alt);
        if (!taken)
            wml_fail_nomem(p);
        else
            *taken = false;
        return;
    }
    if (NAME_IS(n, "Choice") || NAME_IS(n, "Fallback")) {
        bool *taken = p->alt.n ? vn_vec_at(&p->alt, p->alt.n - 1) : NULL;
        if (taken && *taken) {
            vn_sax_skip(p->x);
        } else if (taken) {
            *taken = true;
        }
        return;
    }
    if (NAME_IS(n, "p")) {
        wml_para_start(p);
        return;
    }
    if (NAME_IS(n, "tbl")) {
        wml_table_start(p);
        return;
    }
    if (NAME_IS(n, "tr")) {
        if (f && f->kind == F_TABLE && f->streamed && f->rows.n == VN_STREAM_TABLE_ROWS) {
            wml_chunk_flush(p, f);
            if (p->st)
                return;
        }
        if (f && f->kind == F_TABLE)
            wml_push(p, F_ROW);
        return;
    }
    if (NAME_IS(n, "tc") || NAME_IS(n, "txbxContent")) {
        frame *c = wml_push(p, F_CONTAINER);
        if (c)
            c->is_cell = NAME_IS(n, "tc");
        return;
    }
    if (wml_table_props(p, f, para, n))
        return;
    if (!para) {
        if (NAME_IS(n, "sectPr")) {
            p->in_sect = true;
            memset(&p->sect, 0, sizeof p->sect);
        } else if (p->in_sect && NAME_IS(n, "pgSz")) {
            p->sect.page_width = vn_sax_int_attr(p->x, "w", 0);
            p->sect.page_height = vn_sax_int_attr(p->x, "h", 0);
            const char *o = vn_sax_attr(p->x, "orient");
            p->sect.landscape = (o && !strcmp(o, "landscape")) || p->sect.page_width > p->sect.page_height;
        }
        return;
    }
    wml_para_child(p, para, n);
}

void wml_on_end(parser *p, int ns, const char *n) {
    frame *f = wml_top(p);
    if (!f || !known(ns, n))
        return;
    if (NAME_IS(n, "t") && p->in_t > 0) {
        p->in_t--;
        return;
    }
    if (f->kind == F_PARA && wml_para_end_child(p, f, n))
        return;
    if (NAME_IS(n, "AlternateContent") && p->alt.n) {
        p->alt.n--;
        return;
    }
    if (f->kind == F_CONTAINER && vn_sax_depth(p->x) == f->depth &&
        (NAME_IS(n, "tc") || NAME_IS(n, "txbxContent"))) {
        if (f->is_cell) {
            wml_cell_end(p);
        } else {
            /* Text-box blocks go after the paragraph that anchors them. */
            vn_vec blocks = f->blocks;
            vn_vec_init(&f->blocks, sizeof(vnplan_block));
            wml_pop(p);
            frame *anchor = wml_find_kind(p, F_PARA);
            vn_vec *dest = anchor ? &anchor->pending : NULL;
            for (size_t i = 0; i < blocks.n; i++) {
                if (dest) {
                    vnplan_block *slot = vn_vec_push(dest);
                    if (!slot) {
                        wml_fail_nomem(p);
                        break;
                    }
                    *slot = *(vnplan_block *)vn_vec_at(&blocks, i);
                } else {
                    wml_add_block(p, vn_vec_at(&blocks, i));
                }
            }
            vn_vec_free(&blocks);
        }
        return;
    }
    if (wml_table_end_child(p, f, n))
        return;
    if (NAME_IS(n, "sectPr"))
        p->in_sect = false;
}

void wml_on_text(parser *p, const char *s, size_t len) {
    frame *para = wml_find_kind(p, F_PARA);
    /* Only w:t carries text; other text nodes (drawing offsets, ...) are not. */
    if (!para || para->in_ppr || para->in_run_rpr || p->in_t <= 0)
        return;
    wml_para_text(p, s, len);
}

void wml_parser_init(parser *p, vn_wml_env *env) {
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

void wml_parser_free(parser *p) {
    while (p->frames.n)
        wml_pop(p);
    vn_vec_free(&p->frames);
    vn_vec_free(&p->fields);
    vn_vec_free(&p->alt);
    vn_buf_free(&p->carry);
    vn_buf_free(&p->scratch);
    vn_buf_free(&p->label);
    vn_vec_free(&p->deferred);
    vn_chunks_free(&p->chunks);
    vn_arena_free(&p->block_arena);
}

/* After each event. Streaming: between top-level blocks nothing refers to
 * block memory. */
static vnplan_status after(parser *p) {
    if (p->sink && p->frames.n == 1 && p->block_arena.total)
        vn_arena_reset(&p->block_arena);
    return p->st;
}

/* --- the body ---------------------------------------------------------- */

static vnplan_status body_start(void *ud, vn_sax *x, int ns, const char *n) {
    parser *p = ud;
    p->x = x;
    if (!p->root_seen) {
        p->root_seen = true;
        if (!strcmp(vn_sax_uri(x), "http://purl.oclc.org/ooxml/wordprocessingml/main"))
            p->env->doc->pub.format = "strict-docx";
        if (ns != VN_NS_W || strcmp(n, "document") != 0)
            return p->st = vn_fail(p->ctx, VNPLAN_EFORMAT, vn_sax_part(x),
                                   "the main part is not a WordprocessingML document (root element <%s>)", n);
        /* The body is the one container of the document. */
        wml_push(p, F_CONTAINER);
        return p->st;
    }
    wml_on_start(p, ns, n);
    return after(p);
}

static vnplan_status body_end(void *ud, vn_sax *x, int ns, const char *n) {
    parser *p = ud;
    p->x = x;
    wml_on_end(p, ns, n);
    return after(p);
}

static vnplan_status body_text(void *ud, vn_sax *x, const char *s, size_t len) {
    parser *p = ud;
    p->x = x;
    wml_on_text(p, s, len);
    return after(p);
}

vnplan_status vn_wml_parse_body(vn_wml_env *env, const char *part, const vn_block_sink *sink) {
    parser p;
    wml_parser_init(&p, env);
    if (sink) {
        p.sink = sink;
        p.mem = &p.block_arena;
    }
    static const vn_sax_handler h = {body_start, body_end, body_text};
    size_t invalid = 0;
    vnplan_status r = vn_sax_parse(env->pkg, part, &h, &p, &invalid);
    p.x = NULL;
    if (!r && !p.root_seen)
        r = vn_fail(p.ctx, VNPLAN_EFORMAT, part, "the main document part is empty");
    if (!r && p.frames.n) {
        /* Unclosed frames cannot happen with well-formed XML; close what is open. */
        while (p.frames.n > 1 && !p.st) {
            frame *f = wml_top(&p);
            if (f->kind == F_PARA) wml_para_end(&p);
            else if (f->kind == F_ROW) wml_row_end(&p);
            else if (f->kind == F_TABLE) wml_table_end(&p);
            else if (f->is_cell) wml_cell_end(&p);
            else wml_pop(&p);
        }
        frame *body = wml_top(&p);
        /* The last section's properties close the document. */
        vnplan_block sb;
        memset(&sb, 0, sizeof sb);
        sb.kind = VNPLAN_BLOCK_SECTION_BREAK;
        sb.u.section = p.sect;
        if (p.sink) {
            wml_deliver(&p, &sb, false, false);
        } else {
            vnplan_block *slot = vn_vec_push(&body->blocks);
            if (slot)
                *slot = sb;
            size_t n;
            env->doc->pub.blocks = wml_freeze(&p, &body->blocks, &n);
            env->doc->pub.n_blocks = n;
        }
        r = p.st;
    }
    if (!r)
        env->doc->pub.invalid_utf8 += invalid;
    wml_parser_free(&p);
    return r;
}

