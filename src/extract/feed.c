/*
 * One extraction pass, item by item: the document's top-level blocks come
 * in reading order (from a whole document, or from the streaming reader,
 * which frees each block once it was handed over) and each is used once:
 *
 *   head      the first items are held until the metadata can be read
 *             (type line, number, issuer, title), which says where the body
 *             starts; then they are replayed;
 *   body      items go to the sections until the signature or an appendix
 *             heading; a section's tasks are made when it closes;
 *   everything from the body on: signature, stated results, appendix tables
 *             (a long table in chunks of rows).
 *
 * A whole document and the streaming reader give the same items, so the plan
 * is the same either way; only where sections and tasks go differs (the
 * tree, or the streaming writer of stream_out.c).
 */
#include <stdlib.h>
#include <string.h>

#include "extract/extract_internal.h"
#include "extract/stream_out.h"
#include "util/arena.h"

/* The head is read once it holds this many items (the type line is looked
 * for in the first 60, the title in the 6 after it) and a paragraph that
 * states its alignment, or at the limits below (a document that never
 * states alignment, like plain text, is judged on what the head holds). */
enum { HEAD_ITEMS = 67, HEAD_MAX_ITEMS = 4096, HEAD_MAX_TEXT = 1 << 20 };

char *ex_item_text(const vnplan_paragraph *p) {
    vn_buf line = VN_BUF_INIT;
    if (p->label && p->num_format != VNPLAN_NUMFMT_BULLET) {
        vn_buf_puts(&line, p->label);
        vn_buf_putc(&line, ' ');
    } else if (p->label) {
        vn_buf_puts(&line, "- ");
    }
    vn_buf_append(&line, p->text, p->text_len);
    char *flat = line.failed ? NULL : ex_flat(vn_buf_cstr(&line), line.len);
    vn_buf_free(&line);
    return flat;
}

bool ex_begin(ex *e, vnplan_ctx *ctx, const vnplan_rules *rules, bool text_input, ex_stream *stream) {
    memset(e, 0, sizeof *e);
    e->ctx = ctx;
    e->rules = rules;
    e->text_input = text_input;
    e->stream = stream;
    e->signature = (size_t)-1;
    snprintf(e->appendix, sizeof e->appendix, "1");
    vn_vec_init(&e->items, sizeof(ex_item));
    vn_vec_init(&e->sig_left, sizeof(ex_line));
    vn_vec_init(&e->sig_right, sizeof(ex_line));
    vn_vec_init(&e->sig_table, sizeof(ex_line));
    vn_strmap_init(&e->ref_seen);
    vn_strmap_init(&e->abbr_seen);
    vn_arena_init(&e->arena);
    vn_arena_init(&e->head_arena);
    e->metadata = json_object();
    e->references = json_array();
    e->recipients = json_array();
    e->sections = json_array();
    e->tasks = json_array();
    e->appendix_tasks = json_array();
    e->units = json_array();
    e->abbreviations = json_array();
    e->warnings = json_array();
    return e->metadata && e->references && e->recipients && e->sections && e->tasks && e->appendix_tasks &&
           e->units && e->abbreviations && e->warnings && ex_fold_collectives(e);
}

static void free_head(ex *e) {
    for (size_t i = 0; i < e->items.n; i++)
        free(((ex_item *)vn_vec_at(&e->items, i))->text);
    vn_vec_free(&e->items);
    vn_arena_free(&e->head_arena);
}

void ex_free(ex *e) {
    while (e->depth) {
        ex_frame *f = &e->stack[--e->depth];
        vn_buf_free(&f->body);
        free(f->lead);
        free(f->own_area);
        json_decref(f->section);
    }
    ex_appendix_finish(e);
    free_head(e);
    ex_lines_free(&e->sig_left);
    ex_lines_free(&e->sig_right);
    ex_lines_free(&e->sig_table);
    vn_strmap_free(&e->ref_seen);
    vn_strmap_free(&e->abbr_seen);
    ex_free_collectives(e);
    ex_free_columns(e);
    vn_arena_free(&e->arena);
    json_decref(e->metadata);
    json_decref(e->references);
    json_decref(e->recipients);
    json_decref(e->results);
    json_decref(e->sections);
    json_decref(e->tasks);
    json_decref(e->appendix_tasks);
    json_decref(e->units);
    json_decref(e->abbreviations);
    json_decref(e->warnings);
    memset(e, 0, sizeof *e);
}

/* A decision and the plan it issues in one document: after the decision's
 * signature (which ends its body) and before any appendix, a type line
 * ("KẾ HOẠCH") followed within a few lines by "(Ban hành kèm theo Quyết định
 * số ...)" starts the plan, whose body is then read as a plan's body. */
enum { ISSUED_TITLE_LINES = 4 };

static void issued_plan_item(ex *e, const ex_item *it, size_t index) {
    if (e->signature == (size_t)-1 || index <= e->signature || e->appendix_count || !it->text)
        return;
    if (ex_is_type_line(e, it->text)) {
        e->issued_type = index;
        return;
    }
    vn_match m;
    if (e->issued_type && index - e->issued_type <= ISSUED_TITLE_LINES && strlen(it->text) < 400 &&
        vn_rule_match(e->rules, "meta.issued_with", it->text, strlen(it->text), 0, &m)) {
        e->issued_type = 0;
        e->in_body = true;
    }
}

/* An item from body_start on. */
static void main_item(ex *e, const ex_item *it, size_t index, bool cont, bool more) {
    if (!cont)
        ex_metadata_item(e, it, index);
    if (e->in_body && !cont) {
        /* The body ends at the signature or at an appendix heading. */
        vn_match m;
        if (index == e->signature ||
            (it->text && strlen(it->text) < 200 &&
             vn_rule_match(e->rules, "appendix.start", it->text, strlen(it->text), 0, &m))) {
            e->in_body = false;
            ex_sections_finish(e);
        } else {
            ex_sections_item(e, it);
        }
    } else if (!cont && !e->in_body) {
        issued_plan_item(e, it, index);
    }
    ex_appendix_item(e, it, index, cont, more);
}

/* The head is complete: read the metadata, then replay the items of the body. */
static void finish_head(ex *e, bool last_more) {
    e->head_done = true;
    ex_metadata_head(e);
    e->in_body = true;
    for (size_t i = e->body_start; i < e->items.n; i++)
        main_item(e, vn_vec_at(&e->items, i), i, false, last_more && i + 1 == e->items.n);
    free_head(e);
}

bool ex_feed(ex *e, const vnplan_block *b, char *text, bool cont, bool more) {
    ex_item item = {b, text, NULL, false};
    if (b->kind == VNPLAN_BLOCK_PARAGRAPH) {
        item.label = b->u.paragraph.label;
        item.bold = b->u.paragraph.bold_all;
    }
    if (cont) {
        /* The rest of a table already counted as an item (the head ends at
         * a table that comes in chunks, so this is past it). */
        main_item(e, &item, e->n_items - 1, true, more);
        free(text);
        return true;
    }
    size_t index = e->n_items++;
    ex_references_item(e, &item);
    ex_definitions_item(e, &item);
    if (e->head_done) {
        main_item(e, &item, index, false, more);
        free(text);
        return true;
    }
    if (e->copy_blocks && !(item.block = ex_block_copy(&e->head_arena, b))) {
        free(text);
        return false;
    }
    if (b->kind == VNPLAN_BLOCK_PARAGRAPH) {
        item.label = item.block->u.paragraph.label;
        e->head_aligned |= b->u.paragraph.align != VNPLAN_ALIGN_NONE;
    }
    ex_item *slot = vn_vec_push(&e->items);
    if (!slot) {
        free(text);
        return false;
    }
    *slot = item;
    e->head_text += text ? strlen(text) : 0;
    if ((e->items.n >= HEAD_ITEMS && e->head_aligned) || e->items.n >= HEAD_MAX_ITEMS ||
        e->head_text >= HEAD_MAX_TEXT || more)
        finish_head(e, more);
    return true;
}

void ex_end(ex *e) {
    if (!e->head_done)
        finish_head(e, false);
    ex_sections_finish(e);
    ex_appendix_finish(e);
    ex_metadata_finish(e);
    ex_flush_tasks(e, 0);
    ex_flush_appendix_tasks(e, 0);
}

/* --- where sections and tasks go --- */

void ex_flush_tasks(ex *e, size_t keep) {
    if (e->stream)
        ex_stream_tasks(e, e->tasks, false, keep);
}

void ex_flush_appendix_tasks(ex *e, size_t keep) {
    if (e->stream)
        ex_stream_tasks(e, e->appendix_tasks, true, keep);
}

void ex_section_opened(ex *e, ex_frame *f) {
    if (e->stream)
        return;   /* written once its body is known */
    json_t *siblings = e->depth >= 2 ? json_object_get(e->stack[e->depth - 2].section, "children") : e->sections;
    json_array_append(siblings, f->section);
}

void ex_section_body_done(ex *e, ex_frame *f) {
    if (e->stream)
        ex_stream_section_body_done(e, f);
}

void ex_section_closed(ex *e, ex_frame *f) {
    if (e->stream)
        ex_stream_section_closed(e, f);
}

json_t *ex_source_json(const vnplan_document *doc, const vnplan_source *source) {
    json_t *src = json_object();
    json_object_set_new(src, "path", source && source->path ? json_string(source->path) : json_null());
    json_object_set_new(src, "sha256", source && source->sha256 ? json_string(source->sha256) : json_null());
    const char *format = source && source->format ? source->format : doc ? doc->format : NULL;
    json_object_set_new(src, "format", format ? json_string(format) : json_null());
    return src;
}

json_t *ex_tree(ex *e, const vnplan_document *doc, const vnplan_source *source) {
    /* Body tasks first, then the appendix tables'. */
    json_array_extend(e->tasks, e->appendix_tasks);
    ex_units(e);
    for (size_t i = 0; i < doc->n_warnings; i++)
        json_array_append_new(e->warnings, json_string(doc->warnings[i]));
    json_t *root = json_object();
    if (!root)
        return NULL;
    json_object_set_new(root, "vnplan", json_string("1"));
    json_object_set_new(root, "source", ex_source_json(doc, source));
    json_object_set_new(root, "metadata", json_incref(e->metadata));
    json_object_set_new(root, "sections", json_incref(e->sections));
    json_object_set_new(root, "tasks", json_incref(e->tasks));
    json_object_set_new(root, "units", json_incref(e->units));
    json_object_set_new(root, "abbreviations", json_incref(e->abbreviations));
    json_object_set_new(root, "warnings", json_incref(e->warnings));
    return root;
}
