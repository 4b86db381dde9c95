/* vnplan_extract: the driver of one extraction; the plan's JSON; reading
 * a file (DOCX or text) with its digest. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "extract/extract_internal.h"
#include "extract/stream_out.h"
#include "reader/block_stream.h"
#include "util/json_tree.h"
#include "util/ctx.h"
#include "util/file.h"
#include "util/json_out.h"
#include "util/digest.h"

/* Markdown-like noise of text extractions: "**bold**", "<http://...>". */
static char *strip_markup(const char *s) {
    vn_buf b = VN_BUF_INIT;
    for (; *s; s++) {
        if (s[0] == '*' && s[1] == '*') {
            s++;
            continue;
        }
        if (s[0] == '<' && (!strncmp(s + 1, "http://", 7) || !strncmp(s + 1, "https://", 8))) {
            const char *close = strchr(s, '>');
            if (close) {
                vn_buf_append(&b, s + 1, (size_t)(close - s - 1));
                s = close;
                continue;
            }
        }
        vn_buf_putc(&b, *s);
    }
    return vn_buf_detach(&b, NULL);
}

static bool starts_item(const ex *e, const char *t) {
    static const char *const rules[] = {"heading.part", "heading.roman", "heading.dotted",
                                        "heading.arabic", "heading.letter", "meta.recipients",
                                        "appendix.start", "meta.number", "meta.authority",
                                        "reflow.paragraph_start"};
    if (t[0] == '-' || t[0] == '+' || !strncmp(t, "\xE2\x80\xA2", 3) || t[0] == '(')
        return true;
    vn_match m;
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
        if (vn_rule_match(e->rules, rules[i], t, strlen(t), 0, &m))
            return true;
    /* "Lạng Sơn, ngày ... tháng ... năm ..." on a line of its own */
    size_t start, end;
    if (vn_rule_match(e->rules, "meta.place_date", t, strlen(t), 0, &m)) {
        vn_match_span(&m, &start, &end);
        return start == 0;
    }
    return false;
}

/* The last character of t that is not a space, '\0' when there is none. */
static char last_visible(const char *t) {
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    return n ? t[n - 1] : '\0';
}

static bool ends_sentence_with(char c) {
    return !c || c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || c == ')';
}

static bool page_furniture(const char *t) {
    size_t d = strspn(t, "0123456789 ");
    return t[0] && t[d] == '\0' && strlen(t) <= 4;
}

static bool add_item(ex *e, const vnplan_block *b, char *text) { return ex_feed(e, b, text, false, false); }

/* A task table flattened into lines (text from a PDF): its header has been
 * seen; its lines are gathered until something that cannot be in it. */
typedef struct flat_state {
    bool active;
    ex_flat_layout layout;
    vn_vec lines;          /* char *, owned */
} flat_state;

static void flat_clear(flat_state *f) {
    for (size_t i = 0; i < f->lines.n; i++)
        free(*(char **)vn_vec_at(&f->lines, i));
    vn_vec_free(&f->lines);
    ex_flat_layout_free(&f->layout);
    f->active = false;
}

static bool flat_end(const ex *e, const char *t) {
    static const char *const ends[] = {"appendix.start", "meta.recipients", "heading.part"};
    vn_match m;
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
        if (vn_rule_match(e->rules, ends[i], t, strlen(t), 0, &m))
            return true;
    return false;
}

/* Rebuilds the gathered table and adds it as an item. */
static bool flat_finish(ex *e, flat_state *f) {
    bool ok = true;
    if (f->active && f->lines.n) {
        vnplan_block *b = ex_flat_table_build(e, &f->layout, f->lines.items, f->lines.n);
        if (b)
            ok = add_item(e, b, NULL);
    }
    flat_clear(f);
    return ok;
}

/* The items of a whole document, fed one by one; plain text has its
 * hard-wrapped lines joined back into paragraphs first. Fails (recorded in
 * the context) on a joined paragraph over max-paragraph-bytes or out of
 * memory. */
static vnplan_status flatten(ex *e, const vnplan_document *d) {
    bool text_input = e->text_input;
    vn_buf para = VN_BUF_INIT;
    const vnplan_block *para_block = NULL;
    size_t para_lines = 0;
    bool para_item = false;   /* the paragraph's first line starts a numbered item */
    /* What is known of the paragraph joined so far, kept as lines are added
     * so that no line re-reads the whole paragraph (which made a long one
     * quadratic): its last visible character, whether it has a lower-case
     * letter and an upper-case one. */
    char para_last = '\0';
    bool para_lower = false, para_upper = false;
    bool para_rule = false;   /* the paragraph is a rule ("______"): it stands alone */
    size_t max_para = (size_t)vn_limit(e->ctx, VNPLAN_LIMIT_PARAGRAPH_BYTES);
    flat_state flat = {0};
    vn_vec_init(&flat.lines, sizeof(char *));
    bool ok = true, too_long = false;
    for (size_t i = 0; ok && i < d->n_blocks; i++) {
        const vnplan_block *b = &d->blocks[i];
        if (b->kind == VNPLAN_BLOCK_SECTION_BREAK)
            continue;
        if (b->kind == VNPLAN_BLOCK_TABLE) {
            if (!add_item(e, b, NULL))
                ok = false;
            continue;
        }
        char *flat_text = ex_item_text(&b->u.paragraph);
        if (!flat_text) {
            ok = false;
            break;
        }
        if (!text_input) {
            if (!add_item(e, b, flat_text))
                ok = false;
            continue;
        }
        /* Plain text: hard-wrapped lines are joined back into paragraphs. */
        char *clean = strip_markup(flat_text);
        free(flat_text);
        if (!clean) {
            ok = false;
            break;
        }
        /* The lines of a flattened table go to it, lone numbers included. */
        if (flat.active && clean[0] && !flat_end(e, clean)) {
            size_t n = strlen(clean);
            while (n && clean[n - 1] == ' ')
                clean[--n] = '\0';
            char **slot = vn_vec_push(&flat.lines);
            if (!slot) {
                free(clean);
                ok = false;
                break;
            }
            *slot = clean;
            continue;
        }
        if (flat.active && clean[0] && !flat_finish(e, &flat)) {
            free(clean);
            ok = false;
            break;
        }
        if (!flat.active && clean[0] && ex_flat_table_header(e, clean, &flat.layout)) {
            if (para.len && !add_item(e, para_block, vn_buf_detach(&para, NULL))) {
                free(clean);
                ok = false;
                break;
            }
            flat.active = true;
            free(clean);
            continue;
        }
        if (flat.active) {
            free(clean);   /* a blank line inside the table */
            continue;
        }
        ex_flat_layout_free(&flat.layout);   /* what a failed header test left */
        if (page_furniture(clean)) {
            free(clean);
            continue;
        }
        /* PDF extractions put blank lines between wrapped lines too: a blank
         * line does not end a paragraph, a finished sentence, a new item or
         * a line in capitals (headers, headings) does. */
        bool blank = !clean[0];
        /* A short numbered heading on its own line ("2. Sở Nội vụ") followed by
         * a line that starts with a capital is a heading, not a wrapped line. */
        bool heading_line = para_lines == 1 && para_item && para.len <= 100 && ex_first_category(clean) == UTF8PROC_CATEGORY_LU;
        bool line_lower, line_upper;
        ex_line_case(clean, &line_lower, &line_upper);
        if (para.len && !blank &&
            (starts_item(e, clean) || ends_sentence_with(para_last) || (line_upper && !line_lower) ||
             (para_upper && !para_lower) || heading_line || para_rule || ex_is_rule_line(clean))) {
            if (!add_item(e, para_block, vn_buf_detach(&para, NULL))) {
                free(clean);
                ok = false;
                break;
            }
        }
        if (!blank) {
            size_t n = strlen(clean);
            if (para.len + 1 + n > max_para) {
                /* The joined paragraph is held to the limit of one paragraph,
                 * as the reader holds a line to it. */
                vn_fail(e->ctx, VNPLAN_ELIMIT, NULL,
                        "a paragraph joined from wrapped lines is longer than %zu bytes (limit max-paragraph-bytes)",
                        max_para);
                free(clean);
                ok = false;
                too_long = true;
                break;
            }
            if (para.len) {
                vn_buf_putc(&para, ' ');
                para_lines++;
            } else {
                para_block = b;
                para_lines = 1;
                para_item = starts_item(e, clean);
                para_lower = para_upper = false;
                para_last = '\0';
                para_rule = ex_is_rule_line(clean);
            }
            vn_buf_append(&para, clean, n);
            para_lower |= line_lower;
            para_upper |= line_upper;
            char c = last_visible(clean);
            if (c)
                para_last = c;
        }
        free(clean);
    }
    if (ok && para.len && !add_item(e, para_block, vn_buf_detach(&para, NULL)))
        ok = false;
    if (ok && flat.active)
        ok = flat_finish(e, &flat);
    flat_clear(&flat);
    vn_buf_free(&para);
    return ok ? VNPLAN_OK : too_long ? VNPLAN_ELIMIT : vn_fail_nomem(e->ctx);
}

vnplan_status vnplan_extract(vnplan_ctx *ctx, const vnplan_rules *rules, const vnplan_document *doc,
                             const vnplan_source *source, vnplan_plan **out) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, out);
    *out = NULL;
    VN_REQUIRE_ARG(ctx, rules);
    VN_REQUIRE_ARG(ctx, doc);
    unsigned long json_mark = vn_alloc_failures();   /* the tree's mutations are unchecked */
    vnplan_plan *plan = calloc(1, sizeof *plan);
    ex e;
    memset(&e, 0, sizeof e);
    vnplan_status st = plan && ex_begin(&e, ctx, rules, doc->format && !strcmp(doc->format, "text"), NULL)
                           ? flatten(&e, doc)
                           : vn_fail_nomem(ctx);
    if (st == VNPLAN_OK)
        ex_end(&e);
    json_t *root = st == VNPLAN_OK ? ex_tree(&e, doc, source) : NULL;
    ex_free(&e);
    if (root && vn_alloc_failures() != json_mark) {
        json_decref(root);
        root = NULL;
    }
    if (!root) {
        free(plan);
        return st == VNPLAN_OK ? vn_fail_nomem(ctx) : st;
    }
    plan->root = root;
    *out = plan;
    return VNPLAN_OK;
}

vnplan_status vnplan_extract_write(vnplan_ctx *ctx, const vnplan_rules *rules, const vnplan_document *doc,
                                   const vnplan_source *source, unsigned flags, FILE *fp) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, rules);
    VN_REQUIRE_ARG(ctx, doc);
    VN_REQUIRE_ARG(ctx, fp);
    memset(&ctx->last_plan, 0, sizeof ctx->last_plan);
    unsigned long json_mark = vn_alloc_failures();
    ex e;
    memset(&e, 0, sizeof e);
    ex_stream *stream = ex_stream_new(flags & VNPLAN_JSON_PRETTY);
    vnplan_status st = stream && ex_begin(&e, ctx, rules, doc->format && !strcmp(doc->format, "text"), stream)
                           ? flatten(&e, doc)
                           : vn_fail_nomem(ctx);
    if (st == VNPLAN_OK) {
        ex_end(&e);
        st = vn_alloc_failures() != json_mark ? vn_fail_nomem(ctx) : ex_stream_write(&e, doc, source, fp);
    }
    ex_free(&e);
    ex_stream_free(stream);
    return st;
}

/* The streaming reader's blocks, fed as they come. */
static vnplan_status stream_block(void *ud, const vnplan_block *b, bool cont, bool more) {
    ex *e = ud;
    if (b->kind == VNPLAN_BLOCK_SECTION_BREAK)
        return VNPLAN_OK;
    char *text = NULL;
    if (b->kind == VNPLAN_BLOCK_PARAGRAPH && !(text = ex_item_text(&b->u.paragraph)))
        return vn_fail_nomem(e->ctx);
    return ex_feed(e, b, text, cont, more) ? VNPLAN_OK : vn_fail_nomem(e->ctx);
}

vnplan_status vnplan_extract_docx_write(vnplan_ctx *ctx, const vnplan_rules *rules, const void *data, size_t len,
                                        const char *name, const vnplan_source *source, unsigned flags,
                                        FILE *fp) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, rules);
    VN_REQUIRE_ARG(ctx, data);
    VN_REQUIRE_ARG(ctx, fp);
    memset(&ctx->last_plan, 0, sizeof ctx->last_plan);
    unsigned long json_mark = vn_alloc_failures();
    ex e;
    memset(&e, 0, sizeof e);
    ex_stream *stream = ex_stream_new(flags & VNPLAN_JSON_PRETTY);
    if (!stream || !ex_begin(&e, ctx, rules, false, stream)) {
        ex_free(&e);
        ex_stream_free(stream);
        return vn_fail_nomem(ctx);
    }
    e.copy_blocks = true;   /* the reader frees each block once it was handed over */
    vn_block_sink sink = {&e, stream_block};
    vnplan_document *doc = NULL;
    vnplan_status st = vn_document_stream_memory(ctx, data, len, name, &sink, &doc);
    if (!st) {
        ex_end(&e);
        st = vn_alloc_failures() != json_mark ? vn_fail_nomem(ctx) : ex_stream_write(&e, doc, source, fp);
    }
    vnplan_document_free(doc);
    ex_free(&e);
    ex_stream_free(stream);
    return st;
}

vnplan_status vnplan_extract_last(vnplan_ctx *ctx, vnplan_extract_counts *out) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, out);
    out->tasks = ctx->last_plan.tasks;
    out->warnings = ctx->last_plan.warnings;
    out->doc_type = ctx->last_plan.has_doc_type ? ctx->last_plan.doc_type : NULL;
    return VNPLAN_OK;
}

void vnplan_plan_free(vnplan_plan *plan) {
    if (!plan)
        return;
    json_decref(plan->root);
    free(plan);
}

char *vnplan_plan_to_json(const vnplan_plan *plan, unsigned flags, size_t *len) {
    if (!plan)
        return NULL;
    vn_buf b = VN_BUF_INIT;
    if (!vn_json_append(&b, plan->root, flags & VNPLAN_JSON_PRETTY)) {
        vn_buf_free(&b);
        return NULL;
    }
    return vn_buf_detach(&b, len);
}

vnplan_status vnplan_extract_file(vnplan_ctx *ctx, const vnplan_rules *rules, const char *path,
                                  vnplan_plan **out) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, out);
    *out = NULL;
    VN_REQUIRE_ARG(ctx, rules);
    VN_REQUIRE_ARG(ctx, path);
    char *data;
    size_t len;
    vnplan_status st = vn_read_file(ctx, path, (size_t)vn_limit(ctx, VNPLAN_LIMIT_INPUT_BYTES), &data, &len);
    if (st)
        return st;
    char digest[65];
    if (!vn_sha256_hex(data, len, digest)) {
        free(data);
        return vn_fail_nomem(ctx);
    }
    vnplan_document *doc = NULL;
    bool text = vn_input_is_text(path, data, len);
    st = text ? vnplan_document_from_text(ctx, data, len, &doc)
              : vnplan_document_open_memory(ctx, data, len, path, &doc);
    free(data);
    if (st)
        return st;
    vnplan_source src = {path, digest, NULL};
    st = vnplan_extract(ctx, rules, doc, &src, out);
    vnplan_document_free(doc);
    return st;
}

bool vnplan_plan_write(const vnplan_plan *plan, unsigned flags, FILE *fp) {
    if (!plan || !fp)
        return false;
    return vn_json_write(fp, plan->root, flags & VNPLAN_JSON_PRETTY);
}

const char *vn_json_str(const json_t *o, const char *key) {
    const json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Checks the members later stages rely on, so they can read the tree
 * without checking every access. */
static const char *plan_json_problem(const json_t *root) {
    if (!json_is_object(root))
        return "not a JSON object (a plan is one object; extract several files with --jsonl or one at a time)";
    const char *version = vn_json_str(root, "vnplan");
    if (!version)
        return json_object_get(root, "vnplan_coverage") ? "a coverage report, not a plan"
                                                         : "no \"vnplan\" member: not a plan written by vnplan extract";
    if (strcmp(version, "1"))
        return "a plan of another format version (this vnplan reads \"vnplan\": \"1\")";
    if (!json_is_object(json_object_get(root, "metadata")))
        return "\"metadata\" is missing or not an object";
    const json_t *tasks = json_object_get(root, "tasks");
    if (!json_is_array(tasks))
        return "\"tasks\" is missing or not an array";
    size_t i;
    const json_t *t;
    json_array_foreach(tasks, i, t) {
        if (!json_is_object(t) || !vn_json_str(t, "id") || !vn_json_str(t, "text"))
            return "a task without a string \"id\" and \"text\"";
        const char *roles[] = {"lead", "support", "implementer"};   /* implementer: absent in older plans */
        for (int r = 0; r < 3; r++) {
            const json_t *list = json_object_get(t, roles[r]);
            size_t k;
            const json_t *u;
            if (list && !json_is_array(list))
                return "a task's \"lead\", \"support\" or \"implementer\" is not an array";
            json_array_foreach(list, k, u) if (!json_is_string(u)) return "a unit name that is not a string";
        }
    }
    const json_t *abbr = json_object_get(root, "abbreviations");
    if (abbr && !json_is_array(abbr))
        return "\"abbreviations\" is not an array";
    json_array_foreach(abbr, i, t) if (!vn_json_str(t, "abbreviation") || !vn_json_str(t, "expansion"))
        return "an abbreviation without \"abbreviation\" and \"expansion\" strings";
    return NULL;
}

vnplan_status vnplan_plan_from_json(vnplan_ctx *ctx, const char *json, size_t len, vnplan_plan **out) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, out);
    *out = NULL;
    VN_REQUIRE_ARG(ctx, json);
    json_t *root;
    vnplan_status st = vn_json_parse(ctx, json, len, &root);
    if (st)
        return st;
    const char *problem = plan_json_problem(root);
    if (problem) {
        json_decref(root);
        return vn_fail(ctx, VNPLAN_EFORMAT, NULL, "%s", problem);
    }
    vnplan_plan *plan = calloc(1, sizeof *plan);
    if (!plan) {
        json_decref(root);
        return vn_fail_nomem(ctx);
    }
    plan->root = root;
    *out = plan;
    return VNPLAN_OK;
}
