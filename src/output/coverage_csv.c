/*
 * A coverage report as CSV (UTF-8 with BOM, RFC 4180, cells guarded against
 * formulas): one row per item, read through the public read API
 * (coverage_model.h). Columns: the upper task, its status, score and scope,
 * its three best matches, with several lower plans a status and a score per
 * plan, the confidence and review flag, and in a reviewed report the
 * reviewer's verdict, name and note.
 */
#include <stdio.h>

#include "output/output_internal.h"
#include "vnplan/coverage_model.h"

/* A score as a whole percentage: an integer reads as a number under every
 * locale, where "0.52" is text for a spreadsheet whose decimal separator is
 * a comma (Vietnamese). The JSON and the xlsx keep the exact score. An
 * absent score (-1) reads as 0. */
static void csv_score(vn_buf *b, double v, bool last) {
    if (v < 0)
        v = 0;
    vn_buf_printf(b, "%d%s", (int)(v * 100 + 0.5), last ? "\r\n" : ",");
}

static void csv_head(vn_buf *b, const char *s, const char *suffix) {
    vn_buf t = VN_BUF_INIT;
    vn_buf_printf(&t, "%s%s", s, suffix);
    out_csv_field(b, vn_buf_cstr(&t), false);
    b->failed |= t.failed;
    vn_buf_free(&t);
}

static void heads(const vnplan_coverage *r, const out_labels *l, bool reviewed, vn_buf *b) {
    size_t n_lower = vnplan_coverage_lower_count(r);
    vn_buf_puts(b, "\xEF\xBB\xBF");   /* BOM: spreadsheets then read the file as UTF-8 */
    csv_head(b, l->upper_id, "");
    csv_head(b, l->area, "");
    csv_head(b, l->status, "");
    csv_head(b, l->score, " (%)");
    csv_head(b, l->scope, "");
    csv_head(b, l->scope_unit, "");
    csv_head(b, l->upper_task, "");
    for (int k = 1; k <= 3; k++) {
        char suffix[8];
        snprintf(suffix, sizeof suffix, " %d", k);
        csv_head(b, l->match_id, suffix);
        csv_head(b, l->match_score, k == 1 ? " 1 (%)" : k == 2 ? " 2 (%)" : " 3 (%)");
        csv_head(b, l->match_source, suffix);
        if (k == 1) {
            csv_head(b, l->match_text, suffix);
            csv_head(b, l->shared_terms, suffix);
        }
    }
    /* with several lower plans, the matrix: a status and a score per plan */
    for (size_t i = 0; n_lower > 1 && i < n_lower; i++) {
        vn_buf t = VN_BUF_INIT;
        vn_buf_printf(&t, "L%zu %s: ", i + 1, or_else(vnplan_coverage_lower_str(r, i, "unit"), l->unknown_unit));
        csv_head(b, vn_buf_cstr(&t), l->status);
        csv_head(b, vn_buf_cstr(&t), l->score);
        b->failed |= t.failed;
        vn_buf_free(&t);
    }
    /* issue 14: how sure the status is, last so that the columns before keep their places */
    csv_head(b, l->confidence, " (%)");
    csv_head(b, l->review, "");
    if (reviewed) {
        csv_head(b, l->review_status, "");
        csv_head(b, l->reviewer, "");
        csv_head(b, l->review_note, "");
    }
    b->len--;   /* the last head's comma */
    vn_buf_puts(b, "\r\n");
}

/* Match k of the item: id, score, source, and for the best its text and terms. */
static void match_fields(vn_buf *b, const vnplan_coverage_item *it, size_t k) {
    const vnplan_coverage_match *m = vnplan_coverage_item_match(it, k);
    out_csv_field(b, or_else(vnplan_coverage_match_lower_id(m), ""), false);
    if (m)
        csv_score(b, vnplan_coverage_match_score(m), false);
    else
        vn_buf_puts(b, ",");
    out_csv_field(b, m ? or_else(vnplan_coverage_match_str(m, "lower_task.source"), "") : "", false);
    if (k)
        return;
    out_csv_field(b, or_else(vnplan_coverage_match_lower_text(m), ""), false);
    vn_buf t = VN_BUF_INIT;
    for (size_t j = 0, n = vnplan_coverage_match_term_count(m); j < n; j++) {
        const char *term = vnplan_coverage_match_term(m, j);
        if (!term)
            continue;
        if (t.len)
            vn_buf_puts(&t, "; ");
        vn_buf_puts(&t, term);
    }
    out_csv_field(b, vn_buf_cstr(&t), false);
    b->failed |= t.failed;
    vn_buf_free(&t);
}

/* The reviewer's verdict, who and when, and note. */
static void review_fields(vn_buf *b, const vnplan_coverage_item *it, const out_labels *l) {
    bool decided, needs;
    const char *status = out_item_decision(it, &decided, &needs);
    const char *st = out_review_words(l, decided, needs, status);
    out_csv_field(b, st ? st : "", false);
    vn_buf t = VN_BUF_INIT;
    if (st)
        out_review_who_at(&t, vnplan_coverage_item_str(it, "decision.who"), vnplan_coverage_item_str(it, "decision.at"));
    out_csv_field(b, vn_buf_cstr(&t), false);
    b->failed |= t.failed;
    vn_buf_free(&t);
    out_csv_field(b, or_else(vnplan_coverage_item_str(it, "decision.note"), ""), false);
}

void out_render_csv(const vnplan_coverage *r, const out_labels *l, vn_buf *b) {
    size_t n_lower = vnplan_coverage_lower_count(r);
    bool reviewed = vnplan_coverage_review_summary(r, "reviewed") >= 0;
    heads(r, l, reviewed, b);
    for (size_t i = 0, n = vnplan_coverage_item_count(r); i < n; i++) {
        const vnplan_coverage_item *it = vnplan_coverage_item_at(r, i);
        out_csv_field(b, or_else(vnplan_coverage_item_upper_id(it), ""), false);
        out_csv_field(b, or_else(vnplan_coverage_item_upper_area(it), ""), false);
        out_csv_field(b, out_label_status(l, or_else(vnplan_coverage_item_status(it), "")), false);
        csv_score(b, vnplan_coverage_item_score(it), false);
        out_csv_field(b, out_label_scope(l, or_else(vnplan_coverage_item_str(it, "scope.rule"), "")), false);
        out_csv_field(b, or_else(vnplan_coverage_item_str(it, "scope.unit"), ""), false);
        out_csv_field(b, or_else(vnplan_coverage_item_upper_text(it), ""), false);
        for (size_t k = 0; k < 3; k++)
            match_fields(b, it, k);
        for (size_t k = 0; n_lower > 1 && k < n_lower; k++) {
            const char *st = vnplan_coverage_item_lower_status(it, k);
            out_csv_field(b, st ? out_label_status(l, st) : "", false);
            if (st)
                csv_score(b, vnplan_coverage_item_lower_score(it, k), false);
            else
                vn_buf_puts(b, ",");
        }
        double confidence = vnplan_coverage_item_number(it, "confidence");
        if (confidence >= 0)
            csv_score(b, confidence, false);
        else
            vn_buf_puts(b, ",");   /* a report written before issue 14 */
        out_csv_field(b, vnplan_coverage_item_flag(it, "to_review") == 1 ? l->review_yes : "", false);
        if (reviewed)
            review_fields(b, it, l);
        b->len--;
        vn_buf_puts(b, "\r\n");
    }
}
