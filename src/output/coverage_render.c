/*
 * A coverage report as JSON or as a table for a terminal, and the entry
 * point of every format (CSV: coverage_csv.c, HTML: coverage_html.c). A
 * saved report can be rendered again (vnplan_coverage_from_json).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coverage/coverage_internal.h"
#include "extract/plan_internal.h"
#include "output/output_internal.h"
#include "util/json_tree.h"
#include "util/buf.h"
#include "util/ctx.h"
#include "util/json_out.h"

/* Display columns of UTF-8 text: one per code point, none for combining
 * marks (the text is NFC Vietnamese, so this is exact for it). */
static size_t columns(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) == 0x80)
            continue;
        if (c == 0xCC && i + 1 < len && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0xBF)
            continue;   /* U+0300..U+033F combining marks */
        if (c == 0xCD && i + 1 < len && (unsigned char)s[i + 1] <= 0xAF)
            continue;
        n++;
    }
    return n;
}

/* Appends s cut or padded to exactly `width` columns ("…" marks a cut);
 * newlines and tabs become spaces. */
static void cell(vn_buf *b, const char *s, size_t width) {
    size_t len = strlen(s), used = 0, i = 0;
    size_t total = columns(s, len);
    size_t room = total > width ? width - 1 : width;
    while (i < len && used < room) {
        size_t j = i + 1;
        while (j < len && ((unsigned char)s[j] & 0xC0) == 0x80)
            j++;
        if (s[i] == '\n' || s[i] == '\t' || s[i] == '\r')
            vn_buf_putc(b, ' ');
        else
            vn_buf_append(b, s + i, j - i);
        used += columns(s + i, j - i);
        i = j;
    }
    if (total > width)
        vn_buf_puts(b, "\xE2\x80\xA6"), used++;
    for (; used < width; used++)
        vn_buf_putc(b, ' ');
}

/* ---- text ---------------------------------------------------------------------------------- */

static void text_plan_line(vn_buf *b, const char *label, const json_t *p) {
    const json_t *md = json_object_get(p, "metadata");
    const char *path = out_str(json_object_get(p, "source"), "path", "-");
    vn_buf_printf(b, "%s %s", label, path);
    const char *issuer = out_str(md, "issuer", NULL), *symbol = out_str(md, "symbol", NULL);
    const char *date = out_str(md, "date", NULL);
    if (issuer)
        vn_buf_printf(b, "  %s", issuer);
    if (symbol)
        vn_buf_printf(b, "  %s", symbol);
    if (date)
        vn_buf_printf(b, "  %s", date);
    vn_buf_putc(b, '\n');
}

static void trim_line(vn_buf *b) {
    /* trailing spaces of the padding are not worth keeping */
    while (b->len && b->data[b->len - 1] == ' ')
        vn_buf_truncate(b, b->len - 1);
    vn_buf_putc(b, '\n');
}

/* A number right-aligned in `width` columns after two spaces. */
static void num_cell(vn_buf *b, long long v, size_t width) {
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%lld", v);
    vn_buf_puts(b, "  ");
    for (size_t k = strlen(tmp); k < width; k++)
        vn_buf_putc(b, ' ');
    vn_buf_puts(b, tmp);
}

/* The matrix: upper tasks as rows, lower plans (L1, L2, ... named above it)
 * as columns, the status and score of each plan in each cell, and the count
 * of covered + partial tasks per plan at the bottom. */
static void text_matrix(const json_t *r, const out_labels *l, vn_buf *b) {
    const json_t *lower = json_object_get(r, "lower"), *x;
    size_t n = json_array_size(lower), i;
    vn_buf_printf(b, "\n%s\n", l->matrix_heading);
    json_array_foreach(lower, i, x) vn_buf_printf(b, "  L%zu = %s (%s)\n", i + 1, out_str(x, "unit", l->unknown_unit),
                                                  out_str(json_object_get(x, "source"), "path", "-"));
    vn_buf_printf(b, "  %s\n\n", l->matrix_note);
    cell(b, l->upper_id, 12);
    vn_buf_puts(b, "  ");
    cell(b, l->area, 24);
    for (size_t k = 0; k < n; k++) {
        char h[32];
        snprintf(h, sizeof h, "L%zu", k + 1);
        vn_buf_puts(b, "  ");
        cell(b, h, 13);
    }
    trim_line(b);
    json_array_foreach(json_object_get(r, "items"), i, x) {
        const json_t *ut = json_object_get(x, "upper_task");
        cell(b, out_str(ut, "id", ""), 12);
        vn_buf_puts(b, "  ");
        const char *area = out_str(ut, "area", "");
        cell(b, *area ? area : l->no_area, 24);
        for (size_t k = 0; k < n; k++) {
            const json_t *c = out_by_lower(x, k);
            char v[48] = "";
            if (c)
                snprintf(v, sizeof v, "%s %.2f", out_label_status_short(l, out_str(c, "status", "")),
                         out_num(c, "score"));
            vn_buf_puts(b, "  ");
            cell(b, v, 13);
        }
        trim_line(b);
    }
    cell(b, l->matrix_total, 38);
    for (size_t k = 0; k < n; k++) {
        const json_t *s = json_object_get(json_array_get(lower, k), "summary");
        char v[48];
        snprintf(v, sizeof v, "%lld/%lld", out_int(s, "covered") + out_int(s, "partial"), out_int(s, "in_scope"));
        vn_buf_puts(b, "  ");
        cell(b, v, 13);
    }
    trim_line(b);
}

/* One reason of an item in words (docs/coverage.schema.json, items[].reasons). */
static void reason_text(vn_buf *b, const out_labels *l, const json_t *x) {
    const char *code = out_str(x, "code", "");
    if (!strcmp(code, "share")) {
        vn_buf_printf(b, l->reason_share, out_num(x, "share"), out_num(x, "threshold"));
    } else if (!strcmp(code, "cited")) {
        vn_buf_printf(b, l->reason_cited, out_str(x, "document", ""), out_num(x, "from"));
    } else if (!strcmp(code, "demoted")) {
        vn_buf obj = VN_BUF_INIT;
        size_t k;
        json_t *t;
        json_array_foreach(json_object_get(x, "object"), k, t) {
            if (k)
                vn_buf_puts(&obj, ", ");
            vn_buf_puts(&obj, json_string_value(t));
        }
        vn_buf_printf(b, l->reason_demoted, vn_buf_cstr(&obj), out_str(x, "neighbour", ""), out_num(x, "from"));
        vn_buf_free(&obj);
    } else if (!strcmp(code, "rescued")) {
        vn_buf_printf(b, l->reason_rescued, out_num(x, "from"));
    } else {
        vn_buf_puts(b, l->reason_near);
    }
}

/* The items flagged for review, least sure first is not needed: in the plan's order, each with
 * its confidence and reasons (a report written before issue 14 has none: nothing printed). */
static void text_review(const json_t *r, const out_labels *l, vn_buf *b, bool several) {
    size_t i, n = 0;
    json_t *x;
    json_array_foreach(json_object_get(r, "items"), i, x) n += json_is_true(json_object_get(x, "to_review"));
    if (!n)
        return;
    vn_buf_printf(b, "\n%s\n", l->review_heading);
    json_array_foreach(json_object_get(r, "items"), i, x) {
        if (!json_is_true(json_object_get(x, "to_review")))
            continue;
        vn_buf_puts(b, "  ");
        cell(b, out_str(json_object_get(x, "upper_task"), "id", ""), 12);
        vn_buf_printf(b, "  %s  %.2f  %s %.2f", out_label_status(l, out_str(x, "status", "")), out_num(x, "score"),
                      l->confidence, out_num(x, "confidence"));
        const json_t *m = json_array_get(json_object_get(x, "matches"), 0);
        if (m) {
            vn_buf_puts(b, "  ");
            if (several)
                vn_buf_printf(b, "L%lld ", out_int(m, "lower") + 1);
            vn_buf_puts(b, out_str(json_object_get(m, "lower_task"), "id", ""));
        }
        size_t k;
        json_t *y;
        json_array_foreach(json_object_get(x, "reasons"), k, y) {
            vn_buf_puts(b, k ? "; " : ": ");
            reason_text(b, l, y);
        }
        trim_line(b);
    }
}

/* For each lower task, the upper tasks it is credited for, or its nearest upper task. */
static void text_lower_view(const json_t *r, const out_labels *l, vn_buf *b, bool several) {
    const json_t *view = json_object_get(r, "lower_tasks");
    if (!json_array_size(view))
        return;
    vn_buf_printf(b, "\n%s\n", l->lower_view_heading);
    size_t i;
    json_t *x;
    json_array_foreach(view, i, x) {
        vn_buf_puts(b, "  ");
        if (several)
            vn_buf_printf(b, "L%lld ", out_int(x, "lower") + 1);
        cell(b, out_str(x, "id", ""), 12);
        const json_t *c = json_object_get(x, "credited");
        if (json_array_size(c)) {
            vn_buf_printf(b, "  %s ", l->credited_for);
            size_t k;
            json_t *y;
            json_array_foreach(c, k, y) {
                if (k)
                    vn_buf_puts(b, ", ");
                vn_buf_puts(b, json_string_value(y));
            }
        } else {
            vn_buf_printf(b, "  %s %s %.2f", l->credited_none, out_str(x, "best_upper", "-"), out_num(x, "score"));
        }
        trim_line(b);
    }
}

/* The sections of each plan that gave no task, and how many warnings reading it gave. */
static void text_unread(const json_t *r, const out_labels *l, vn_buf *b) {
    const json_t *unread = json_object_get(r, "unread");
    if (!json_array_size(unread))
        return;
    vn_buf_printf(b, "\n%s\n", l->unread_heading);
    size_t i;
    json_t *x;
    json_array_foreach(unread, i, x) {
        bool upper = !strcmp(out_str(x, "plan", ""), "upper");
        if (upper)
            vn_buf_printf(b, "  %s:", l->unread_upper);
        else
            vn_buf_printf(b, "  %s L%lld:", l->unread_lower, out_int(x, "lower") + 1);
        size_t k;
        json_t *s;
        json_array_foreach(json_object_get(x, "sections"), k, s)
            vn_buf_printf(b, "%s %s %s", k ? ";" : "", out_str(s, "id", ""), out_str(s, "heading", ""));
        size_t w = json_array_size(json_object_get(x, "warnings"));
        if (w)
            vn_buf_printf(b, " (%zu %s)", w, l->unread_warnings);
        trim_line(b);
    }
}

static void render_text(const json_t *r, const out_labels *l, vn_buf *b) {
    const json_t *sum = json_object_get(r, "summary"), *x;
    size_t i;
    vn_buf_printf(b, "%s\n", l->title);
    text_plan_line(b, l->upper_plan, json_object_get(r, "upper"));
    json_array_foreach(json_object_get(r, "lower"), i, x) {
        text_plan_line(b, l->lower_plan, x);
        const json_t *s = json_object_get(x, "summary");
        vn_buf_printf(b, "       %s: %s (%s); %lld %s; %lld %s: %lld %s, %lld %s, %lld %s; %lld %s\n", l->unit,
                      out_str(x, "unit", l->unknown_unit), out_label_unit_from(l, out_str(x, "unit_from", "?")),
                      out_int(x, "tasks"), l->tasks, out_int(s, "in_scope"), l->in_scope_n, out_int(s, "covered"),
                      l->covered_n, out_int(s, "partial"), l->partial_n, out_int(s, "missing"), l->missing_n,
                      out_int(s, "extra"), l->extra);
    }
    vn_buf_putc(b, '\n');
    vn_buf_printf(b, l->summary_of, out_int(sum, "in_scope"), out_int(sum, "upper_tasks"));
    vn_buf_printf(b, ": %lld %s, %lld %s, %lld %s; %lld %s\n", out_int(sum, "covered"), l->covered_n,
                  out_int(sum, "partial"), l->partial_n, out_int(sum, "missing"), l->missing_n, out_int(sum, "extra"),
                  l->extra_lower_tasks);
    if (out_reviewed(r)) {
        out_review_summary(b, r, l);
        vn_buf_putc(b, '\n');
    }
    vn_buf_putc(b, '\n');
    /* the column heads of the area table are as wide as their words */
    const char *heads[4] = {l->in_scope, l->covered, l->partial, l->missing};
    size_t widths[4];
    cell(b, l->area, 48);
    for (int k = 0; k < 4; k++) {
        widths[k] = columns(heads[k], strlen(heads[k]));
        if (widths[k] < 5)
            widths[k] = 5;
        vn_buf_puts(b, "  ");
        cell(b, heads[k], widths[k]);
    }
    trim_line(b);
    json_array_foreach(json_object_get(r, "areas"), i, x) {
        const char *area = out_str(x, "area", "");
        cell(b, *area ? area : l->no_area, 48);
        num_cell(b, out_int(x, "in_scope"), widths[0]);
        num_cell(b, out_int(x, "covered"), widths[1]);
        num_cell(b, out_int(x, "partial"), widths[2]);
        num_cell(b, out_int(x, "missing"), widths[3]);
        trim_line(b);
    }
    vn_buf_putc(b, '\n');
    cell(b, l->upper_id, 12);
    vn_buf_puts(b, "  ");
    cell(b, l->status, 16);
    vn_buf_puts(b, "  ");
    cell(b, l->score, 5);
    vn_buf_puts(b, "  ");
    cell(b, l->scope, 16);
    vn_buf_puts(b, "  ");
    cell(b, l->text, 40);
    vn_buf_puts(b, "  ");
    vn_buf_puts(b, l->best_match);
    trim_line(b);
    bool several = json_array_size(json_object_get(r, "lower")) > 1;
    json_array_foreach(json_object_get(r, "items"), i, x) {
        const json_t *ut = json_object_get(x, "upper_task");
        const json_t *m = json_array_get(json_object_get(x, "matches"), 0);
        cell(b, out_str(ut, "id", ""), 12);
        vn_buf_puts(b, "  ");
        cell(b, out_label_status(l, out_str(x, "status", "")), 16);
        vn_buf_printf(b, "  %.2f   ", out_num(x, "score"));
        cell(b, out_label_scope(l, out_str(json_object_get(x, "scope"), "rule", "")), 16);
        vn_buf_puts(b, "  ");
        cell(b, out_str(ut, "text", ""), 40);
        if (m) {
            const json_t *lt = json_object_get(m, "lower_task");
            vn_buf_puts(b, "  ");
            if (several)   /* whose match it is */
                vn_buf_printf(b, "L%lld ", out_int(m, "lower") + 1);
            vn_buf_puts(b, out_str(lt, "id", ""));
            vn_buf_puts(b, " ");
            cell(b, out_str(lt, "text", ""), 40);
        }
        trim_line(b);
        const char *reviewed = out_review_status(x, l);
        if (reviewed) {   /* the reviewer's verdict under the computed one */
            const char *note = out_review_note(x);
            vn_buf_printf(b, "%14s%s: %s (", "", l->review_status, reviewed);
            out_review_by(b, x);
            vn_buf_puts(b, ")");
            if (*note)
                vn_buf_printf(b, ": %s", note);
            vn_buf_putc(b, '\n');
        }
    }
    if (several)
        text_matrix(r, l, b);
    const json_t *extra = json_object_get(r, "extra");
    if (json_array_size(extra)) {
        vn_buf_printf(b, "\n%s\n", l->extra_heading);
        json_array_foreach(extra, i, x) {
            const json_t *lt = json_object_get(x, "lower_task");
            vn_buf_puts(b, "  ");
            if (several)
                vn_buf_printf(b, "L%lld ", out_int(x, "lower") + 1);
            cell(b, out_str(lt, "id", ""), 12);
            vn_buf_puts(b, "  ");
            cell(b, out_str(lt, "text", ""), 80);
            trim_line(b);
        }
    }
    text_review(r, l, b, several);
    text_lower_view(r, l, b, several);
    text_unread(r, l, b);
    const json_t *findings = json_object_get(r, "findings");
    if (json_array_size(findings)) {
        vn_buf_printf(b, "\n%s\n", l->findings_heading);
        json_array_foreach(findings, i, x) {
            vn_buf_puts(b, "  ");
            if (several)
                vn_buf_printf(b, "L%lld ", out_int(x, "lower") + 1);
            if (json_object_get(x, "upper_task"))
                vn_buf_printf(b, "%s %s: %s: \"%s\" - ", l->finding_deadline, out_str(x, "upper_task", ""),
                              out_label_deadline(l, out_str(x, "status", "")), out_str(x, "text", ""));
            else   /* a sanity finding about the pair of plans */
                vn_buf_printf(b, "%s: ", out_label_finding(l, out_str(x, "kind", "")));
            out_finding_message(b, l, x);
            vn_buf_putc(b, '\n');
        }
    }
}

/* ---- entry points -------------------------------------------------------------------------- */

char *vnplan_coverage_render(const vnplan_coverage *report, vnplan_coverage_format format, unsigned flags,
                             size_t *len) {
    if (!report)
        return NULL;
    unsigned long json_mark = vn_alloc_failures();   /* the HTML page's small trees */
    if (format == VNPLAN_COVERAGE_JSON) {
        vn_buf b = VN_BUF_INIT;
        if (!vn_json_append(&b, report->root, flags & VNPLAN_JSON_PRETTY)) {
            vn_buf_free(&b);
            return NULL;
        }
        size_t n;
        char *s = vn_buf_detach(&b, &n);
        if (!s)
            return NULL;
        char *t = realloc(s, n + 2);
        if (!t) {
            free(s);
            return NULL;
        }
        t[n] = '\n';
        t[n + 1] = '\0';
        if (len)
            *len = n + 1;
        return t;
    }
    vn_buf b = VN_BUF_INIT;
    const out_labels *l = out_labels_for(flags);
    if (format == VNPLAN_COVERAGE_TEXT)
        render_text(report->root, l, &b);
    else if (format == VNPLAN_COVERAGE_CSV)
        out_render_csv(report, l, &b);
    else
        out_render_html(report->root, l, flags, &b);
    vn_buf_putc(&b, '\0');
    if (vn_alloc_failures() != json_mark)
        b.failed = true;
    char *s = vn_buf_detach(&b, len);
    if (s && len)
        (*len)--;
    return s;
}

vnplan_status vnplan_coverage_from_json(vnplan_ctx *ctx, const char *json, size_t len, vnplan_coverage **out) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, out);
    *out = NULL;
    VN_REQUIRE_ARG(ctx, json);
    json_t *root;
    vnplan_status st = vn_json_parse(ctx, json, len, &root);
    if (st)
        return st;
    const char *v = vn_json_str(root, "vnplan_coverage");
    const char *problem = !v                                                  ? "not a coverage report"
                          : strcmp(v, "1")                                     ? "a report of another format version"
                          : !json_is_array(json_object_get(root, "items"))     ? "\"items\" is not an array"
                          : !json_is_array(json_object_get(root, "lower"))     ? "\"lower\" is not an array"
                          : !json_is_object(json_object_get(root, "summary"))  ? "\"summary\" is not an object"
                                                                               : NULL;
    if (problem) {
        json_decref(root);
        return vn_fail(ctx, VNPLAN_EFORMAT, NULL, "%s", problem);
    }
    vnplan_coverage *rep = calloc(1, sizeof *rep);
    if (!rep) {
        json_decref(root);
        return vn_fail_nomem(ctx);
    }
    rep->root = root;
    *out = rep;
    return VNPLAN_OK;
}
