/*
 * The coverage report as a workbook: a summary sheet (the counts, then one
 * row per area, then one per lower plan), the items sheet (one row per upper
 * task in scope: status coloured, scores as numbers, frozen header,
 * autofilter, wrapped text) and, with several lower plans, the matrix
 * sheet: upper tasks as rows (id, area, assigned unit), two columns per
 * lower plan (status, score), totals per area and per plan at the bottom.
 * The report is read through the public read API (coverage_model.h).
 */
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "output/output_internal.h"
#include "output/xlsx_out.h"
#include "output/xlsx_util.h"
#include "vnplan/coverage_model.h"

/* A count of the report (-1 when absent) as the sheet writes it: 0 then. */
static double count(double v) { return v < 0 ? 0 : v; }

static void summary_sheet(xlsx_book *x, const vnplan_coverage *r, const out_labels *l) {
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, l->sheet_summary);
    lxw_row_t row = 0;
    xlsx_text(x, ws, row, 0, l->title, x->bold);
    row += 2;
    xlsx_text(x, ws, row, 0, l->upper_plan, x->bold);
    xlsx_text(x, ws, row++, 1, or_else(vnplan_coverage_upper_str(r, "source.path"), ""), NULL);
    if (vnplan_coverage_review_summary(r, "reviewed") >= 0) {
        vn_buf t = VN_BUF_INIT;
        out_review_counts(&t, l, (long long)vnplan_coverage_review_summary(r, "reviewed"),
                          (long long)count(vnplan_coverage_review_summary(r, "needs_review")),
                          (long long)count(vnplan_coverage_review_summary(r, "covered")),
                          (long long)count(vnplan_coverage_review_summary(r, "partial")),
                          (long long)count(vnplan_coverage_review_summary(r, "missing")));
        x->failed |= t.failed;
        xlsx_text(x, ws, row, 0, l->review_status, x->bold);
        xlsx_text(x, ws, row++, 1, vn_buf_cstr(&t), NULL);
        vn_buf_free(&t);
    }
    row++;
    const char *heads[] = {l->area, l->in_scope, l->covered, l->partial, l->missing};
    const char *fields[] = {"in_scope", "covered", "partial", "missing"};
    for (int k = 0; k < 5; k++)
        xlsx_text(x, ws, row, (lxw_col_t)k, heads[k], x->head);
    row++;
    for (size_t i = 0, n = vnplan_coverage_area_count(r); i < n; i++) {
        const char *area = or_else(vnplan_coverage_area_name(r, i), "");
        xlsx_text(x, ws, row, 0, *area ? area : l->no_area, x->wrap);
        for (int k = 0; k < 4; k++)
            worksheet_write_number(ws, row, (lxw_col_t)(k + 1), count(vnplan_coverage_area_number(r, i, fields[k])), NULL);
        row++;
    }
    xlsx_text(x, ws, row, 0, l->matrix_total, x->bold);
    for (int k = 0; k < 4; k++)
        worksheet_write_number(ws, row, (lxw_col_t)(k + 1), count(vnplan_coverage_summary(r, fields[k])), x->bold);
    row += 2;
    const char *pheads[] = {l->match_source, l->unit, l->tasks_count, l->in_scope, l->covered, l->partial, l->missing,
                            l->extra_count};
    const char *pfields[] = {"tasks", "summary.in_scope", "summary.covered", "summary.partial", "summary.missing",
                             "summary.extra"};
    for (int k = 0; k < 8; k++)
        xlsx_text(x, ws, row, (lxw_col_t)k, pheads[k], x->head);
    row++;
    for (size_t i = 0, n = vnplan_coverage_lower_count(r); i < n; i++) {
        char tag[600];
        snprintf(tag, sizeof tag, "L%zu %s", i + 1, or_else(vnplan_coverage_lower_str(r, i, "source.path"), ""));
        xlsx_text(x, ws, row, 0, tag, x->wrap);
        xlsx_text(x, ws, row, 1, or_else(vnplan_coverage_lower_str(r, i, "unit"), l->unknown_unit), x->wrap);
        for (int k = 0; k < 6; k++)
            worksheet_write_number(ws, row, (lxw_col_t)(k + 2), count(vnplan_coverage_lower_number(r, i, pfields[k])),
                                   NULL);
        row++;
    }
    worksheet_set_column(ws, 0, 0, 60, NULL);
    worksheet_set_column(ws, 1, 7, 16, NULL);
}

/* The best match's columns of an item's row. */
static void match_cells(xlsx_book *x, lxw_worksheet *ws, lxw_row_t row, const vnplan_coverage *r,
                        const vnplan_coverage_match *m, const out_labels *l) {
    char tag[600];
    long k = vnplan_coverage_match_lower(m);
    snprintf(tag, sizeof tag, "L%lld %s", (long long)k + 1,
             or_else(k < 0 ? NULL : vnplan_coverage_lower_str(r, (size_t)k, "unit"), l->unknown_unit));
    xlsx_text(x, ws, row, 7, tag, x->wrap);
    xlsx_text(x, ws, row, 8, or_else(vnplan_coverage_match_lower_id(m), ""), NULL);
    worksheet_write_number(ws, row, 9, count(vnplan_coverage_match_score(m)), x->score);
    xlsx_text(x, ws, row, 10, or_else(vnplan_coverage_match_lower_text(m), ""), x->wrap);
    char terms[2048] = "";
    size_t used = 0;
    for (size_t t = 0, n = vnplan_coverage_match_term_count(m); t < n; t++) {
        const char *term = vnplan_coverage_match_term(m, t);
        if (term && used < sizeof terms)
            used += (size_t)snprintf(terms + used, sizeof terms - used, "%s%s", used ? "; " : "", term);
    }
    xlsx_text(x, ws, row, 11, terms, x->wrap);
}

/* The reviewer's columns of an item's row, when a reviewer decided it. */
static void review_cells(xlsx_book *x, lxw_worksheet *ws, lxw_row_t row, const vnplan_coverage_item *it,
                         const out_labels *l) {
    bool decided, needs;
    const char *status = out_item_decision(it, &decided, &needs);
    const char *verdict = out_review_words(l, decided, needs, status);
    if (!verdict)
        return;
    vn_buf by = VN_BUF_INIT;
    out_review_who_at(&by, vnplan_coverage_item_str(it, "decision.who"), vnplan_coverage_item_str(it, "decision.at"));
    x->failed |= by.failed;
    xlsx_text(x, ws, row, 14, verdict, xlsx_status_format(x, out_review_class_of(decided, needs, status)));
    xlsx_text(x, ws, row, 15, vn_buf_cstr(&by), x->wrap);
    xlsx_text(x, ws, row, 16, or_else(vnplan_coverage_item_str(it, "decision.note"), ""), x->wrap);
    vn_buf_free(&by);
}

static void items_sheet(xlsx_book *x, const vnplan_coverage *r, const out_labels *l) {
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, l->sheet_items);
    /* issue 14's confidence and review flag after the match, as in the CSV, so a reviewer can
     * sort or filter the doubtful rows first */
    const char *heads[] = {l->upper_id, l->area, l->upper_task, l->status, l->score, l->scope, l->scope_unit,
                           l->match_source, l->match_id, l->match_score, l->match_text, l->shared_terms,
                           l->confidence, l->review};
    const double widths[] = {12, 28, 70, 16, 8, 18, 22, 22, 12, 8, 60, 30, 12, 10};
    for (int k = 0; k < 14; k++) {
        xlsx_text(x, ws, 0, (lxw_col_t)k, heads[k], x->head);
        worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, widths[k], k == 2 || k == 10 || k == 1 ? x->wrap : NULL);
    }
    /* a reviewed report (coverage --decisions): the reviewers' verdicts after */
    bool reviewed = vnplan_coverage_review_summary(r, "reviewed") >= 0;
    lxw_col_t last = reviewed ? 16 : 13;
    if (reviewed) {
        xlsx_text(x, ws, 0, 14, l->review_status, x->head);
        xlsx_text(x, ws, 0, 15, l->reviewer, x->head);
        xlsx_text(x, ws, 0, 16, l->review_note, x->head);
        worksheet_set_column(ws, 14, 14, 18, NULL);
        worksheet_set_column(ws, 15, 15, 24, x->wrap);
        worksheet_set_column(ws, 16, 16, 40, x->wrap);
    }
    lxw_row_t row = 1;
    for (size_t i = 0, n = vnplan_coverage_item_count(r); i < n; i++) {
        const vnplan_coverage_item *it = vnplan_coverage_item_at(r, i);
        const vnplan_coverage_match *m = vnplan_coverage_item_match(it, 0);
        const char *status = or_else(vnplan_coverage_item_status(it), "");
        xlsx_text(x, ws, row, 0, or_else(vnplan_coverage_item_upper_id(it), ""), NULL);
        xlsx_text(x, ws, row, 1, or_else(vnplan_coverage_item_upper_area(it), ""), x->wrap);
        xlsx_text(x, ws, row, 2, or_else(vnplan_coverage_item_upper_text(it), ""), x->wrap);
        xlsx_text(x, ws, row, 3, out_label_status(l, status), xlsx_status_format(x, status));
        worksheet_write_number(ws, row, 4, count(vnplan_coverage_item_score(it)), x->score);
        xlsx_text(x, ws, row, 5, out_label_scope(l, or_else(vnplan_coverage_item_str(it, "scope.rule"), "")), NULL);
        xlsx_text(x, ws, row, 6, or_else(vnplan_coverage_item_str(it, "scope.unit"), ""), x->wrap);
        if (m)
            match_cells(x, ws, row, r, m, l);
        double confidence = vnplan_coverage_item_number(it, "confidence");
        if (confidence >= 0)   /* absent in a report written before issue 14 */
            worksheet_write_number(ws, row, 12, confidence, x->score);
        if (vnplan_coverage_item_flag(it, "to_review") == 1)
            xlsx_text(x, ws, row, 13, l->review_yes, NULL);
        if (reviewed)
            review_cells(x, ws, row, it, l);
        row++;
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, row > 1 ? row - 1 : 1, last);
}

/* The matrix total of one area for lower plan k: the upper tasks of `area`
 * the plan has in scope, and those of them not missing. */
static void area_answered(const vnplan_coverage *r, const char *area, size_t k, double *in_scope, double *answered) {
    *in_scope = *answered = 0;
    for (size_t j = 0, n = vnplan_coverage_item_count(r); j < n; j++) {
        const vnplan_coverage_item *it = vnplan_coverage_item_at(r, j);
        const char *st = vnplan_coverage_item_lower_status(it, k);
        if (!st || strcmp(or_else(vnplan_coverage_item_upper_area(it), ""), area))
            continue;
        (*in_scope)++;
        *answered += strcmp(st, "missing") != 0;
    }
}

static void matrix_sheet(xlsx_book *x, const vnplan_coverage *r, const out_labels *l) {
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, l->sheet_matrix);
    size_t n = vnplan_coverage_lower_count(r);
    xlsx_text(x, ws, 0, 0, l->upper_id, x->head);
    xlsx_text(x, ws, 0, 1, l->area, x->head);
    xlsx_text(x, ws, 0, 2, l->lead, x->head);
    xlsx_text(x, ws, 0, 3, l->upper_task, x->head);
    worksheet_set_column(ws, 0, 0, 12, NULL);
    worksheet_set_column(ws, 1, 1, 28, x->wrap);
    worksheet_set_column(ws, 2, 2, 20, x->wrap);
    worksheet_set_column(ws, 3, 3, 50, x->wrap);
    for (size_t i = 0; i < n; i++) {
        char h[700];
        lxw_col_t c = (lxw_col_t)(4 + 2 * i);
        const char *unit = or_else(vnplan_coverage_lower_str(r, i, "unit"), l->unknown_unit);
        snprintf(h, sizeof h, "L%zu %s: %s", i + 1, unit, l->status);
        xlsx_text(x, ws, 0, c, h, x->head);
        snprintf(h, sizeof h, "L%zu %s: %s", i + 1, unit, l->score);
        xlsx_text(x, ws, 0, c + 1, h, x->head);
        worksheet_set_column(ws, c, c, 16, NULL);
        worksheet_set_column(ws, c + 1, c + 1, 10, NULL);
    }
    lxw_row_t row = 1;
    for (size_t i = 0, items = vnplan_coverage_item_count(r); i < items; i++) {
        const vnplan_coverage_item *it = vnplan_coverage_item_at(r, i);
        xlsx_text(x, ws, row, 0, or_else(vnplan_coverage_item_upper_id(it), ""), NULL);
        xlsx_text(x, ws, row, 1, or_else(vnplan_coverage_item_upper_area(it), ""), x->wrap);
        /* the task's lead units as the upper plan names them */
        vn_buf leads = VN_BUF_INIT;
        for (size_t li = 0, nl = vnplan_coverage_item_upper_lead_count(it); li < nl; li++) {
            if (leads.len)
                vn_buf_puts(&leads, "; ");
            vn_buf_puts(&leads, or_else(vnplan_coverage_item_upper_lead(it, li), ""));
        }
        x->failed |= leads.failed;
        xlsx_text(x, ws, row, 2, vn_buf_cstr(&leads), x->wrap);
        vn_buf_free(&leads);
        xlsx_text(x, ws, row, 3, or_else(vnplan_coverage_item_upper_text(it), ""), x->wrap);
        for (size_t k = 0; k < n; k++) {
            const char *st = vnplan_coverage_item_lower_status(it, k);
            if (!st)
                continue;
            xlsx_text(x, ws, row, (lxw_col_t)(4 + 2 * k), out_label_status(l, st), xlsx_status_format(x, st));
            worksheet_write_number(ws, row, (lxw_col_t)(5 + 2 * k), count(vnplan_coverage_item_lower_score(it, k)),
                                   x->score);
        }
        row++;
    }
    lxw_row_t last_item = row > 1 ? row - 1 : 1;
    worksheet_freeze_panes(ws, 1, 1);
    worksheet_autofilter(ws, 0, 0, last_item, (lxw_col_t)(3 + 2 * n));
    /* totals: answered (covered or partial) of in scope, per area then in all */
    row++;
    for (size_t i = 0, na = vnplan_coverage_area_count(r); i < na; i++) {
        const char *area = or_else(vnplan_coverage_area_name(r, i), "");
        xlsx_text(x, ws, row, 0, l->matrix_total, x->bold);
        xlsx_text(x, ws, row, 1, *area ? area : l->no_area, x->wrap);
        xlsx_text(x, ws, row, 3, l->answered_of_scope, NULL);
        for (size_t k = 0; k < n; k++) {
            double in, ok;
            area_answered(r, area, k, &in, &ok);
            worksheet_write_number(ws, row, (lxw_col_t)(4 + 2 * k), ok, NULL);
            worksheet_write_number(ws, row, (lxw_col_t)(5 + 2 * k), in, NULL);
        }
        row++;
    }
    xlsx_text(x, ws, row, 0, l->matrix_total, x->bold);
    xlsx_text(x, ws, row, 3, l->answered_of_scope, x->bold);
    for (size_t i = 0; i < n; i++) {
        worksheet_write_number(ws, row, (lxw_col_t)(4 + 2 * i),
                               count(vnplan_coverage_lower_number(r, i, "summary.covered")) +
                                   count(vnplan_coverage_lower_number(r, i, "summary.partial")),
                               x->bold);
        worksheet_write_number(ws, row, (lxw_col_t)(5 + 2 * i), count(vnplan_coverage_lower_number(r, i, "summary.in_scope")),
                               x->bold);
    }
}

bool out_coverage_xlsx(const vnplan_coverage *r, const out_labels *l, const char *path) {
    xlsx_book x;
    if (!xlsx_open(&x, path))
        return false;
    summary_sheet(&x, r, l);
    items_sheet(&x, r, l);
    if (vnplan_coverage_lower_count(r) > 1)
        matrix_sheet(&x, r, l);
    return xlsx_close(&x);
}
