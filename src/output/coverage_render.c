/*
 * A coverage report as JSON or as a table for a terminal, and the entry
 * point of every format (CSV: coverage_csv.c, HTML: coverage_html.c). The
 * table reads the report through the public read API (coverage_model.h).
 * A saved report can be rendered again (vnplan_coverage_from_json).
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

/* ---- text: read through the public read API (coverage_model.h) --------------------------- */

/* A score and a count: an absent one (the read API's -1) reads as 0, as it
 * did when the text read the JSON; so does a count out of range. */
static double num(double v) { return v == -1 ? 0 : v; }
static long long count(double v) { return v == -1 || !(v > -9e18 && v < 9e18) ? 0 : (long long)v; }

/* The number of a lower plan ("L1", "L2") from its index; an absent index
 * (-1) reads as the first plan. */
static long long plan_no(long i) { return i == -1 ? 1 : (long long)i + 1; }

static void text_plan_line(vn_buf *b, const char *label, const char *path, const char *issuer, const char *symbol,
                           const char *date) {
    vn_buf_printf(b, "%s %s", label, or_else(path, "-"));
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
static void text_matrix(const vnplan_coverage *r, const out_labels *l, vn_buf *b) {
    size_t n = vnplan_coverage_lower_count(r);
    vn_buf_printf(b, "\n%s\n", l->matrix_heading);
    for (size_t i = 0; i < n; i++)
        vn_buf_printf(b, "  L%zu = %s (%s)\n", i + 1, or_else(vnplan_coverage_lower_str(r, i, "unit"), l->unknown_unit),
                      or_else(vnplan_coverage_lower_str(r, i, "source.path"), "-"));
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
    for (size_t i = 0, items = vnplan_coverage_item_count(r); i < items; i++) {
        const vnplan_coverage_item *it = vnplan_coverage_item_at(r, i);
        cell(b, or_else(vnplan_coverage_item_upper_id(it), ""), 12);
        vn_buf_puts(b, "  ");
        const char *area = or_else(vnplan_coverage_item_upper_area(it), "");
        cell(b, *area ? area : l->no_area, 24);
        for (size_t k = 0; k < n; k++) {
            const char *st = vnplan_coverage_item_lower_status(it, k);
            char v[48] = "";
            if (st)
                snprintf(v, sizeof v, "%s %.2f", out_label_status_short(l, st),
                         num(vnplan_coverage_item_lower_score(it, k)));
            vn_buf_puts(b, "  ");
            cell(b, v, 13);
        }
        trim_line(b);
    }
    cell(b, l->matrix_total, 38);
    for (size_t k = 0; k < n; k++) {
        char v[48];
        snprintf(v, sizeof v, "%lld/%lld",
                 count(vnplan_coverage_lower_number(r, k, "summary.covered")) +
                     count(vnplan_coverage_lower_number(r, k, "summary.partial")),
                 count(vnplan_coverage_lower_number(r, k, "summary.in_scope")));
        vn_buf_puts(b, "  ");
        cell(b, v, 13);
    }
    trim_line(b);
}

/* Reason k of an item in words (docs/coverage.schema.json, items[].reasons). */
static void reason_text(vn_buf *b, const out_labels *l, const vnplan_coverage_item *it, size_t k) {
    const char *code = or_else(vnplan_coverage_item_reason_str(it, k, "code"), "");
    double from = num(vnplan_coverage_item_reason_number(it, k, "from"));
    if (!strcmp(code, "share")) {
        vn_buf_printf(b, l->reason_share, num(vnplan_coverage_item_reason_number(it, k, "share")),
                      num(vnplan_coverage_item_reason_number(it, k, "threshold")));
    } else if (!strcmp(code, "cited")) {
        vn_buf_printf(b, l->reason_cited, or_else(vnplan_coverage_item_reason_str(it, k, "document"), ""), from);
    } else if (!strcmp(code, "demoted")) {
        vn_buf obj = VN_BUF_INIT;
        for (size_t j = 0, n = vnplan_coverage_item_reason_object_count(it, k); j < n; j++) {
            if (j)
                vn_buf_puts(&obj, ", ");
            vn_buf_puts(&obj, or_else(vnplan_coverage_item_reason_object(it, k, j), ""));
        }
        vn_buf_printf(b, l->reason_demoted, vn_buf_cstr(&obj),
                      or_else(vnplan_coverage_item_reason_str(it, k, "neighbour"), ""), from);
        b->failed |= obj.failed;
        vn_buf_free(&obj);
    } else if (!strcmp(code, "rescued")) {
        vn_buf_printf(b, l->reason_rescued, from);
    } else {
        vn_buf_puts(b, l->reason_near);
    }
}

/* "L2 " before a task of a report with several lower plans: whose it is. */
static void plan_prefix(vn_buf *b, bool several, long lower) {
    if (several)
        vn_buf_printf(b, "L%lld ", plan_no(lower));
}

/* The items flagged for review, least sure first is not needed: in the plan's order, each with
 * its confidence and reasons (a report written before issue 14 has none: nothing printed). */
static void text_review(const vnplan_coverage *r, const out_labels *l, vn_buf *b, bool several) {
    size_t n = 0, items = vnplan_coverage_item_count(r);
    for (size_t i = 0; i < items; i++)
        n += vnplan_coverage_item_flag(vnplan_coverage_item_at(r, i), "to_review") == 1;
    if (!n)
        return;
    vn_buf_printf(b, "\n%s\n", l->review_heading);
    for (size_t i = 0; i < items; i++) {
        const vnplan_coverage_item *it = vnplan_coverage_item_at(r, i);
        if (vnplan_coverage_item_flag(it, "to_review") != 1)
            continue;
        vn_buf_puts(b, "  ");
        cell(b, or_else(vnplan_coverage_item_upper_id(it), ""), 12);
        vn_buf_printf(b, "  %s  %.2f  %s %.2f", out_label_status(l, or_else(vnplan_coverage_item_status(it), "")),
                      num(vnplan_coverage_item_score(it)), l->confidence,
                      num(vnplan_coverage_item_number(it, "confidence")));
        const vnplan_coverage_match *m = vnplan_coverage_item_match(it, 0);
        if (m) {
            vn_buf_puts(b, "  ");
            plan_prefix(b, several, vnplan_coverage_match_lower(m));
            vn_buf_puts(b, or_else(vnplan_coverage_match_lower_id(m), ""));
        }
        for (size_t k = 0, nr = vnplan_coverage_item_reason_count(it); k < nr; k++) {
            vn_buf_puts(b, k ? "; " : ": ");
            reason_text(b, l, it, k);
        }
        trim_line(b);
    }
}

/* For each lower task, the upper tasks it is credited for, or its nearest upper task. */
static void text_lower_view(const vnplan_coverage *r, const out_labels *l, vn_buf *b, bool several) {
    size_t n = vnplan_coverage_lower_task_count(r);
    if (!n)
        return;
    vn_buf_printf(b, "\n%s\n", l->lower_view_heading);
    for (size_t i = 0; i < n; i++) {
        vn_buf_puts(b, "  ");
        plan_prefix(b, several, vnplan_coverage_lower_task_lower(r, i));
        cell(b, or_else(vnplan_coverage_lower_task_str(r, i, "id"), ""), 12);
        size_t credited = vnplan_coverage_lower_task_credited_count(r, i);
        if (credited) {
            vn_buf_printf(b, "  %s ", l->credited_for);
            for (size_t k = 0; k < credited; k++) {
                if (k)
                    vn_buf_puts(b, ", ");
                vn_buf_puts(b, or_else(vnplan_coverage_lower_task_credited(r, i, k), ""));
            }
        } else {
            vn_buf_printf(b, "  %s %s %.2f", l->credited_none, or_else(vnplan_coverage_lower_task_str(r, i, "best_upper"), "-"),
                          num(vnplan_coverage_lower_task_score(r, i)));
        }
        trim_line(b);
    }
}

/* The sections of each plan that gave no task, and how many warnings reading it gave. */
static void text_unread(const vnplan_coverage *r, const out_labels *l, vn_buf *b) {
    size_t n = vnplan_coverage_unread_count(r);
    if (!n)
        return;
    vn_buf_printf(b, "\n%s\n", l->unread_heading);
    for (size_t i = 0; i < n; i++) {
        if (!strcmp(or_else(vnplan_coverage_unread_str(r, i, "plan"), ""), "upper"))
            vn_buf_printf(b, "  %s:", l->unread_upper);
        else
            vn_buf_printf(b, "  %s L%lld:", l->unread_lower, plan_no(vnplan_coverage_unread_lower(r, i)));
        for (size_t k = 0, sections = vnplan_coverage_unread_section_count(r, i); k < sections; k++)
            vn_buf_printf(b, "%s %s %s", k ? ";" : "", or_else(vnplan_coverage_unread_section_str(r, i, k, "id"), ""),
                          or_else(vnplan_coverage_unread_section_str(r, i, k, "heading"), ""));
        size_t w = vnplan_coverage_unread_warning_count(r, i);
        if (w)
            vn_buf_printf(b, " (%zu %s)", w, l->unread_warnings);
        trim_line(b);
    }
}

/* A finding's message in the labels' language, from its reason and args. */
static void finding_message(vn_buf *b, const out_labels *l, const vnplan_finding *f) {
    const char *args[OUT_FINDING_ARGS] = {NULL};
    size_t n = vnplan_coverage_finding_arg_count(f);
    for (size_t k = 0; k < n && k < OUT_FINDING_ARGS; k++)
        args[k] = vnplan_coverage_finding_arg(f, k);
    out_finding_words(b, l, vnplan_coverage_finding_str(f, "reason"), vnplan_coverage_finding_str(f, "message"), args);
}

static void render_text(const vnplan_coverage *r, const out_labels *l, vn_buf *b) {
    size_t n_lower = vnplan_coverage_lower_count(r);
    vn_buf_printf(b, "%s\n", l->title);
    text_plan_line(b, l->upper_plan, vnplan_coverage_upper_str(r, "source.path"),
                   vnplan_coverage_upper_str(r, "metadata.issuer"), vnplan_coverage_upper_str(r, "metadata.symbol"),
                   vnplan_coverage_upper_str(r, "metadata.date"));
    for (size_t i = 0; i < n_lower; i++) {
        text_plan_line(b, l->lower_plan, vnplan_coverage_lower_str(r, i, "source.path"),
                       vnplan_coverage_lower_str(r, i, "metadata.issuer"),
                       vnplan_coverage_lower_str(r, i, "metadata.symbol"), vnplan_coverage_lower_str(r, i, "metadata.date"));
        vn_buf_printf(b, "       %s: %s (%s); %lld %s; %lld %s: %lld %s, %lld %s, %lld %s; %lld %s\n", l->unit,
                      or_else(vnplan_coverage_lower_str(r, i, "unit"), l->unknown_unit),
                      out_label_unit_from(l, or_else(vnplan_coverage_lower_str(r, i, "unit_from"), "?")),
                      count(vnplan_coverage_lower_number(r, i, "tasks")), l->tasks,
                      count(vnplan_coverage_lower_number(r, i, "summary.in_scope")), l->in_scope_n,
                      count(vnplan_coverage_lower_number(r, i, "summary.covered")), l->covered_n,
                      count(vnplan_coverage_lower_number(r, i, "summary.partial")), l->partial_n,
                      count(vnplan_coverage_lower_number(r, i, "summary.missing")), l->missing_n,
                      count(vnplan_coverage_lower_number(r, i, "summary.extra")), l->extra);
    }
    vn_buf_putc(b, '\n');
    vn_buf_printf(b, l->summary_of, count(vnplan_coverage_summary(r, "in_scope")),
                  count(vnplan_coverage_summary(r, "upper_tasks")));
    vn_buf_printf(b, ": %lld %s, %lld %s, %lld %s; %lld %s\n", count(vnplan_coverage_summary(r, "covered")), l->covered_n,
                  count(vnplan_coverage_summary(r, "partial")), l->partial_n, count(vnplan_coverage_summary(r, "missing")),
                  l->missing_n, count(vnplan_coverage_summary(r, "extra")), l->extra_lower_tasks);
    if (vnplan_coverage_review_summary(r, "reviewed") >= 0) {
        out_review_counts(b, l, count(vnplan_coverage_review_summary(r, "reviewed")),
                          count(vnplan_coverage_review_summary(r, "needs_review")),
                          count(vnplan_coverage_review_summary(r, "covered")),
                          count(vnplan_coverage_review_summary(r, "partial")),
                          count(vnplan_coverage_review_summary(r, "missing")));
        vn_buf_putc(b, '\n');
    }
    vn_buf_putc(b, '\n');
    /* the column heads of the area table are as wide as their words */
    const char *heads[4] = {l->in_scope, l->covered, l->partial, l->missing};
    const char *fields[4] = {"in_scope", "covered", "partial", "missing"};
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
    for (size_t i = 0, n = vnplan_coverage_area_count(r); i < n; i++) {
        const char *area = or_else(vnplan_coverage_area_name(r, i), "");
        cell(b, *area ? area : l->no_area, 48);
        for (int k = 0; k < 4; k++)
            num_cell(b, count(vnplan_coverage_area_number(r, i, fields[k])), widths[k]);
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
    bool several = n_lower > 1;
    for (size_t i = 0, n = vnplan_coverage_item_count(r); i < n; i++) {
        const vnplan_coverage_item *it = vnplan_coverage_item_at(r, i);
        const vnplan_coverage_match *m = vnplan_coverage_item_match(it, 0);
        cell(b, or_else(vnplan_coverage_item_upper_id(it), ""), 12);
        vn_buf_puts(b, "  ");
        cell(b, out_label_status(l, or_else(vnplan_coverage_item_status(it), "")), 16);
        vn_buf_printf(b, "  %.2f   ", num(vnplan_coverage_item_score(it)));
        cell(b, out_label_scope(l, or_else(vnplan_coverage_item_str(it, "scope.rule"), "")), 16);
        vn_buf_puts(b, "  ");
        cell(b, or_else(vnplan_coverage_item_upper_text(it), ""), 40);
        if (m) {
            vn_buf_puts(b, "  ");
            plan_prefix(b, several, vnplan_coverage_match_lower(m));   /* whose match it is */
            vn_buf_puts(b, or_else(vnplan_coverage_match_lower_id(m), ""));
            vn_buf_puts(b, " ");
            cell(b, or_else(vnplan_coverage_match_lower_text(m), ""), 40);
        }
        trim_line(b);
        bool decided, needs;
        const char *status = out_item_decision(it, &decided, &needs);
        const char *reviewed = out_review_words(l, decided, needs, status);
        if (reviewed) {   /* the reviewer's verdict under the computed one */
            const char *note = or_else(vnplan_coverage_item_str(it, "decision.note"), "");
            vn_buf_printf(b, "%14s%s: %s (", "", l->review_status, reviewed);
            out_review_who_at(b, vnplan_coverage_item_str(it, "decision.who"), vnplan_coverage_item_str(it, "decision.at"));
            vn_buf_puts(b, ")");
            if (*note)
                vn_buf_printf(b, ": %s", note);
            vn_buf_putc(b, '\n');
        }
    }
    if (several)
        text_matrix(r, l, b);
    size_t n_extra = vnplan_coverage_extra_count(r);
    if (n_extra) {
        vn_buf_printf(b, "\n%s\n", l->extra_heading);
        for (size_t i = 0; i < n_extra; i++) {
            const vnplan_coverage_extra *e = vnplan_coverage_extra_at(r, i);
            vn_buf_puts(b, "  ");
            plan_prefix(b, several, vnplan_coverage_extra_lower(e));
            cell(b, or_else(vnplan_coverage_extra_str(e, "lower_task.id"), ""), 12);
            vn_buf_puts(b, "  ");
            cell(b, or_else(vnplan_coverage_extra_str(e, "lower_task.text"), ""), 80);
            trim_line(b);
        }
    }
    text_review(r, l, b, several);
    text_lower_view(r, l, b, several);
    text_unread(r, l, b);
    size_t n_findings = vnplan_coverage_finding_count(r);
    if (n_findings) {
        vn_buf_printf(b, "\n%s\n", l->findings_heading);
        for (size_t i = 0; i < n_findings; i++) {
            const vnplan_finding *f = vnplan_coverage_finding_at(r, i);
            const char *upper_task = vnplan_coverage_finding_str(f, "upper_task");
            vn_buf_puts(b, "  ");
            plan_prefix(b, several, vnplan_coverage_finding_lower(f));
            if (upper_task)
                vn_buf_printf(b, "%s %s: %s: \"%s\" - ", l->finding_deadline, upper_task,
                              out_label_deadline(l, or_else(vnplan_coverage_finding_str(f, "status"), "")),
                              or_else(vnplan_coverage_finding_str(f, "text"), ""));
            else   /* a sanity finding about the pair of plans */
                vn_buf_printf(b, "%s: ", out_label_finding(l, or_else(vnplan_coverage_finding_str(f, "kind"), "")));
            finding_message(b, l, f);
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
        render_text(report, l, &b);
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
