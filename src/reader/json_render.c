/* vnplan_document_to_json: the document model as JSON, for debugging and tests. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "vnplan/document.h"
#include "util/json_tree.h"

static const char *format_name(vnplan_num_format f) {
    static const char *const names[] = {"none", "decimal", "decimalZero", "upperRoman",
                                        "lowerRoman", "upperLetter", "lowerLetter", "ordinal",
                                        "cardinalText", "ordinalText", "bullet", "other"};
    return (size_t)f < sizeof names / sizeof names[0] ? names[f] : "other";
}

static const char *align_name(vnplan_align a) {
    static const char *const names[] = {NULL, "left", "center", "right", "both"};
    return (size_t)a < sizeof names / sizeof names[0] ? names[a] : NULL;
}

static json_t *blocks_json(const vnplan_block *blocks, size_t n);

static void set_str(json_t *o, const char *k, const char *v) {
    if (v)
        json_object_set_new(o, k, json_stringn(v, strlen(v)));
}

static json_t *paragraph_json(const vnplan_paragraph *p) {
    json_t *o = json_object();
    json_object_set_new(o, "type", json_string("paragraph"));
    set_str(o, "label", p->label);
    json_object_set_new(o, "text", json_stringn(p->text, p->text_len));
    set_str(o, "style_id", p->style_id);
    set_str(o, "style_name", p->style_name);
    if (p->outline_level >= 0)
        json_object_set_new(o, "outline_level", json_integer(p->outline_level));
    if (p->num_id >= 0) {
        json_object_set_new(o, "num_id", json_integer(p->num_id));
        json_object_set_new(o, "num_level", json_integer(p->num_level));
        json_object_set_new(o, "num_format", json_string(format_name(p->num_format)));
    }
    if (p->bold_all)
        json_object_set_new(o, "bold_all", json_true());
    if (p->italic_all)
        json_object_set_new(o, "italic_all", json_true());
    if (p->bold_lead_len && !p->bold_all)
        json_object_set_new(o, "bold_lead", json_stringn(p->text, p->bold_lead_len));
    set_str(o, "align", align_name(p->align));
    if (p->page_break_before)
        json_object_set_new(o, "page_break_before", json_true());
    if (p->n_legacy_spans) {
        json_t *spans = json_array();
        for (size_t i = 0; i < p->n_legacy_spans; i++)
            json_array_append_new(spans, json_pack("{s:I,s:I,s:s}", "start", (json_int_t)p->legacy_spans[i].start,
                                                   "end", (json_int_t)p->legacy_spans[i].end,
                                                   "font", p->legacy_spans[i].font ? p->legacy_spans[i].font : ""));
        json_object_set_new(o, "legacy_fonts", spans);
    }
    return o;
}

static json_t *table_json(const vnplan_table *t) {
    json_t *o = json_object();
    json_object_set_new(o, "type", json_string("table"));
    json_object_set_new(o, "n_cols", json_integer((json_int_t)t->n_cols));
    if (t->depth)
        json_object_set_new(o, "depth", json_integer(t->depth));
    json_t *rows = json_array();
    for (size_t r = 0; r < t->n_rows; r++) {
        json_t *row = json_object();
        if (t->rows[r].header)
            json_object_set_new(row, "header", json_true());
        json_t *cells = json_array();
        for (size_t c = 0; c < t->rows[r].n_cells; c++) {
            const vnplan_cell *cell = &t->rows[r].cells[c];
            json_t *co = json_object();
            json_object_set_new(co, "col", json_integer((json_int_t)cell->grid_col));
            if (cell->grid_span > 1)
                json_object_set_new(co, "span", json_integer((json_int_t)cell->grid_span));
            if (cell->vmerge == VNPLAN_VMERGE_RESTART)
                json_object_set_new(co, "row_span", json_integer((json_int_t)cell->row_span));
            if (cell->vmerge == VNPLAN_VMERGE_CONTINUE)
                json_object_set_new(co, "continues", cell->continues ? json_true() : json_string("nothing"));
            json_object_set_new(co, "blocks", blocks_json(cell->blocks, cell->n_blocks));
            json_array_append_new(cells, co);
        }
        json_object_set_new(row, "cells", cells);
        json_array_append_new(rows, row);
    }
    json_object_set_new(o, "rows", rows);
    return o;
}

static json_t *blocks_json(const vnplan_block *blocks, size_t n) {
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        const vnplan_block *b = &blocks[i];
        if (b->kind == VNPLAN_BLOCK_PARAGRAPH)
            json_array_append_new(a, paragraph_json(&b->u.paragraph));
        else if (b->kind == VNPLAN_BLOCK_TABLE)
            json_array_append_new(a, table_json(&b->u.table));
        else
            json_array_append_new(a, json_pack("{s:s,s:b,s:I,s:I}", "type", "section", "landscape",
                                               b->u.section.landscape, "page_width",
                                               (json_int_t)b->u.section.page_width, "page_height",
                                               (json_int_t)b->u.section.page_height));
    }
    return a;
}

static json_t *stories_json(const vnplan_story *s, size_t n) {
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_object();
        set_str(o, "id", s[i].id);
        set_str(o, "author", s[i].author);
        json_object_set_new(o, "blocks", blocks_json(s[i].blocks, s[i].n_blocks));
        json_array_append_new(a, o);
    }
    return a;
}

char *vnplan_document_to_json(const vnplan_document *doc, bool pretty, size_t *len) {
    if (!doc)
        return NULL;
    unsigned long json_mark = vn_alloc_failures();   /* the mutations below are unchecked */
    json_t *o = json_object();
    if (!o)
        return NULL;
    set_str(o, "format", doc->format);
    json_object_set_new(o, "blocks", blocks_json(doc->blocks, doc->n_blocks));
    json_object_set_new(o, "footnotes", stories_json(doc->footnotes, doc->n_footnotes));
    json_object_set_new(o, "endnotes", stories_json(doc->endnotes, doc->n_endnotes));
    json_object_set_new(o, "comments", stories_json(doc->comments, doc->n_comments));
    json_object_set_new(o, "headers", stories_json(doc->headers, doc->n_headers));
    json_object_set_new(o, "footers", stories_json(doc->footers, doc->n_footers));
    json_t *w = json_array();
    for (size_t i = 0; i < doc->n_warnings; i++)
        json_array_append_new(w, json_string(doc->warnings[i]));
    json_object_set_new(o, "warnings", w);
    char *s = vn_alloc_failures() == json_mark
                  ? json_dumps(o, JSON_PRESERVE_ORDER | (pretty ? JSON_INDENT(2) : JSON_COMPACT))
                  : NULL;
    json_decref(o);
    if (s && len)
        *len = strlen(s);
    return s;
}
