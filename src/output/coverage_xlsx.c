/*
 * The coverage report as a workbook: a summary sheet (the counts, then one
 * row per area, then one per lower plan), the items sheet (one row per upper
 * task in scope: status coloured, scores as numbers, frozen header,
 * autofilter, wrapped text) and, with several lower plans, the matrix
 * sheet: upper tasks as rows (id, area, assigned unit), two columns per
 * lower plan (status, score), totals per area and per plan at the bottom.
 */
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "output/output_internal.h"
#include "output/xlsx_out.h"
#include "output/xlsx_util.h"

static void summary_sheet(xlsx_book *x, const json_t *r, const out_labels *l) {
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, l->sheet_summary);
    const json_t *sum = json_object_get(r, "summary"), *a;
    size_t i;
    lxw_row_t row = 0;
    xlsx_text(x, ws, row, 0, l->title, x->bold);
    row += 2;
    xlsx_text(x, ws, row, 0, l->upper_plan, x->bold);
    xlsx_text(x, ws, row++, 1, out_str(json_object_get(json_object_get(r, "upper"), "source"), "path", ""), NULL);
    if (out_reviewed(r)) {
        vn_buf t = VN_BUF_INIT;
        out_review_summary(&t, r, l);
        xlsx_text(x, ws, row, 0, l->review_status, x->bold);
        xlsx_text(x, ws, row++, 1, vn_buf_cstr(&t), NULL);
        vn_buf_free(&t);
    }
    row++;
    const char *heads[] = {l->area, l->in_scope, l->covered, l->partial, l->missing};
    for (int k = 0; k < 5; k++)
        xlsx_text(x, ws, row, (lxw_col_t)k, heads[k], x->head);
    row++;
    json_array_foreach(json_object_get(r, "areas"), i, a) {
        const char *area = out_str(a, "area", "");
        xlsx_text(x, ws, row, 0, *area ? area : l->no_area, x->wrap);
        worksheet_write_number(ws, row, 1, (double)out_int(a, "in_scope"), NULL);
        worksheet_write_number(ws, row, 2, (double)out_int(a, "covered"), NULL);
        worksheet_write_number(ws, row, 3, (double)out_int(a, "partial"), NULL);
        worksheet_write_number(ws, row, 4, (double)out_int(a, "missing"), NULL);
        row++;
    }
    xlsx_text(x, ws, row, 0, l->matrix_total, x->bold);
    worksheet_write_number(ws, row, 1, (double)out_int(sum, "in_scope"), x->bold);
    worksheet_write_number(ws, row, 2, (double)out_int(sum, "covered"), x->bold);
    worksheet_write_number(ws, row, 3, (double)out_int(sum, "partial"), x->bold);
    worksheet_write_number(ws, row, 4, (double)out_int(sum, "missing"), x->bold);
    row += 2;
    const char *pheads[] = {l->match_source, l->unit, l->tasks_count, l->in_scope, l->covered, l->partial, l->missing,
                            l->extra_count};
    for (int k = 0; k < 8; k++)
        xlsx_text(x, ws, row, (lxw_col_t)k, pheads[k], x->head);
    row++;
    json_array_foreach(json_object_get(r, "lower"), i, a) {
        const json_t *s = json_object_get(a, "summary");
        char tag[600];
        snprintf(tag, sizeof tag, "L%zu %s", i + 1, out_str(json_object_get(a, "source"), "path", ""));
        xlsx_text(x, ws, row, 0, tag, x->wrap);
        xlsx_text(x, ws, row, 1, out_str(a, "unit", l->unknown_unit), x->wrap);
        worksheet_write_number(ws, row, 2, (double)out_int(a, "tasks"), NULL);
        worksheet_write_number(ws, row, 3, (double)out_int(s, "in_scope"), NULL);
        worksheet_write_number(ws, row, 4, (double)out_int(s, "covered"), NULL);
        worksheet_write_number(ws, row, 5, (double)out_int(s, "partial"), NULL);
        worksheet_write_number(ws, row, 6, (double)out_int(s, "missing"), NULL);
        worksheet_write_number(ws, row, 7, (double)out_int(s, "extra"), NULL);
        row++;
    }
    worksheet_set_column(ws, 0, 0, 60, NULL);
    worksheet_set_column(ws, 1, 7, 16, NULL);
}

static void items_sheet(xlsx_book *x, const json_t *r, const out_labels *l) {
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, l->sheet_items);
    const char *heads[] = {l->upper_id, l->area, l->upper_task, l->status, l->score, l->scope, l->scope_unit,
                           l->match_source, l->match_id, l->match_score, l->match_text, l->shared_terms};
    const double widths[] = {12, 28, 70, 16, 8, 18, 22, 22, 12, 8, 60, 30};
    for (int k = 0; k < 12; k++) {
        xlsx_text(x, ws, 0, (lxw_col_t)k, heads[k], x->head);
        worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, widths[k], k == 2 || k == 10 || k == 1 ? x->wrap : NULL);
    }
    /* a reviewed report (coverage --decisions): the reviewers' verdicts after */
    bool reviewed = out_reviewed(r);
    lxw_col_t last = reviewed ? 14 : 11;
    if (reviewed) {
        xlsx_text(x, ws, 0, 12, l->review_status, x->head);
        xlsx_text(x, ws, 0, 13, l->reviewer, x->head);
        xlsx_text(x, ws, 0, 14, l->review_note, x->head);
        worksheet_set_column(ws, 12, 12, 18, NULL);
        worksheet_set_column(ws, 13, 13, 24, x->wrap);
        worksheet_set_column(ws, 14, 14, 40, x->wrap);
    }
    size_t i;
    const json_t *it;
    lxw_row_t row = 1;
    json_array_foreach(json_object_get(r, "items"), i, it) {
        const json_t *ut = json_object_get(it, "upper_task"), *scope = json_object_get(it, "scope");
        const json_t *m = json_array_get(json_object_get(it, "matches"), 0), *lt = json_object_get(m, "lower_task");
        const char *status = out_str(it, "status", "");
        xlsx_text(x, ws, row, 0, out_str(ut, "id", ""), NULL);
        xlsx_text(x, ws, row, 1, out_str(ut, "area", ""), x->wrap);
        xlsx_text(x, ws, row, 2, out_str(ut, "text", ""), x->wrap);
        xlsx_text(x, ws, row, 3, out_label_status(l, status), xlsx_status_format(x, status));
        worksheet_write_number(ws, row, 4, out_num(it, "score"), x->score);
        xlsx_text(x, ws, row, 5, out_label_scope(l, out_str(scope, "rule", "")), NULL);
        xlsx_text(x, ws, row, 6, out_str(scope, "unit", ""), x->wrap);
        if (m) {
            char tag[600];
            const json_t *p = json_array_get(json_object_get(r, "lower"), (size_t)out_int(m, "lower"));
            snprintf(tag, sizeof tag, "L%lld %s", out_int(m, "lower") + 1, out_str(p, "unit", l->unknown_unit));
            xlsx_text(x, ws, row, 7, tag, x->wrap);
            xlsx_text(x, ws, row, 8, out_str(lt, "id", ""), NULL);
            worksheet_write_number(ws, row, 9, out_num(m, "score"), x->score);
            xlsx_text(x, ws, row, 10, out_str(lt, "text", ""), x->wrap);
            char terms[2048] = "";
            size_t k, used = 0;
            const json_t *t;
            json_array_foreach(json_object_get(m, "terms"), k, t) {
                if (json_is_string(t) && used < sizeof terms)
                    used += (size_t)snprintf(terms + used, sizeof terms - used, "%s%s", used ? "; " : "",
                                             json_string_value(t));
            }
            xlsx_text(x, ws, row, 11, terms, x->wrap);
        }
        const char *verdict = reviewed ? out_review_status(it, l) : NULL;
        if (verdict) {
            vn_buf by = VN_BUF_INIT;
            out_review_by(&by, it);
            xlsx_text(x, ws, row, 12, verdict, xlsx_status_format(x, out_review_class(it)));
            xlsx_text(x, ws, row, 13, vn_buf_cstr(&by), x->wrap);
            xlsx_text(x, ws, row, 14, out_review_note(it), x->wrap);
            vn_buf_free(&by);
        }
        row++;
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, row > 1 ? row - 1 : 1, last);
}

static void matrix_sheet(xlsx_book *x, const json_t *r, const out_labels *l) {
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, l->sheet_matrix);
    const json_t *lower = json_object_get(r, "lower"), *items = json_object_get(r, "items"), *p;
    size_t n = json_array_size(lower), i;
    xlsx_text(x, ws, 0, 0, l->upper_id, x->head);
    xlsx_text(x, ws, 0, 1, l->area, x->head);
    xlsx_text(x, ws, 0, 2, l->lead, x->head);
    xlsx_text(x, ws, 0, 3, l->upper_task, x->head);
    worksheet_set_column(ws, 0, 0, 12, NULL);
    worksheet_set_column(ws, 1, 1, 28, x->wrap);
    worksheet_set_column(ws, 2, 2, 20, x->wrap);
    worksheet_set_column(ws, 3, 3, 50, x->wrap);
    json_array_foreach(lower, i, p) {
        char h[700];
        lxw_col_t c = (lxw_col_t)(4 + 2 * i);
        snprintf(h, sizeof h, "L%zu %s: %s", i + 1, out_str(p, "unit", l->unknown_unit), l->status);
        xlsx_text(x, ws, 0, c, h, x->head);
        snprintf(h, sizeof h, "L%zu %s: %s", i + 1, out_str(p, "unit", l->unknown_unit), l->score);
        xlsx_text(x, ws, 0, c + 1, h, x->head);
        worksheet_set_column(ws, c, c, 16, NULL);
        worksheet_set_column(ws, c + 1, c + 1, 10, NULL);
    }
    lxw_row_t row = 1;
    const json_t *it;
    json_array_foreach(items, i, it) {
        const json_t *ut = json_object_get(it, "upper_task");
        xlsx_text(x, ws, row, 0, out_str(ut, "id", ""), NULL);
        xlsx_text(x, ws, row, 1, out_str(ut, "area", ""), x->wrap);
        /* the task's lead units as the upper plan names them */
        vn_buf leads = VN_BUF_INIT;
        const json_t *lu;
        size_t li;
        json_array_foreach(json_object_get(ut, "lead"), li, lu) {
            if (leads.len)
                vn_buf_puts(&leads, "; ");
            vn_buf_puts(&leads, json_string_value(lu) ? json_string_value(lu) : "");
        }
        xlsx_text(x, ws, row, 2, vn_buf_cstr(&leads), x->wrap);
        vn_buf_free(&leads);
        xlsx_text(x, ws, row, 3, out_str(ut, "text", ""), x->wrap);
        for (size_t k = 0; k < n; k++) {
            const json_t *c = out_by_lower(it, k);
            if (!c)
                continue;
            const char *st = out_str(c, "status", "");
            xlsx_text(x, ws, row, (lxw_col_t)(4 + 2 * k), out_label_status(l, st), xlsx_status_format(x, st));
            worksheet_write_number(ws, row, (lxw_col_t)(5 + 2 * k), out_num(c, "score"), x->score);
        }
        row++;
    }
    lxw_row_t last_item = row > 1 ? row - 1 : 1;
    worksheet_freeze_panes(ws, 1, 1);
    worksheet_autofilter(ws, 0, 0, last_item, (lxw_col_t)(3 + 2 * n));
    /* totals: answered (covered or partial) of in scope, per area then in all */
    row++;
    const json_t *a;
    json_array_foreach(json_object_get(r, "areas"), i, a) {
        const char *area = out_str(a, "area", "");
        xlsx_text(x, ws, row, 0, l->matrix_total, x->bold);
        xlsx_text(x, ws, row, 1, *area ? area : l->no_area, x->wrap);
        xlsx_text(x, ws, row, 3, l->answered_of_scope, NULL);
        for (size_t k = 0; k < n; k++) {
            long long in, ok;
            out_area_answered(items, area, k, &in, &ok);
            worksheet_write_number(ws, row, (lxw_col_t)(4 + 2 * k), (double)ok, NULL);
            worksheet_write_number(ws, row, (lxw_col_t)(5 + 2 * k), (double)in, NULL);
        }
        row++;
    }
    xlsx_text(x, ws, row, 0, l->matrix_total, x->bold);
    xlsx_text(x, ws, row, 3, l->answered_of_scope, x->bold);
    json_array_foreach(lower, i, p) {
        const json_t *s = json_object_get(p, "summary");
        worksheet_write_number(ws, row, (lxw_col_t)(4 + 2 * i),
                               (double)(out_int(s, "covered") + out_int(s, "partial")), x->bold);
        worksheet_write_number(ws, row, (lxw_col_t)(5 + 2 * i), (double)out_int(s, "in_scope"), x->bold);
    }
}

bool out_coverage_xlsx(const json_t *r, const out_labels *l, const char *path) {
    xlsx_book x;
    if (!xlsx_open(&x, path))
        return false;
    summary_sheet(&x, r, l);
    items_sheet(&x, r, l);
    if (json_array_size(json_object_get(r, "lower")) > 1)
        matrix_sheet(&x, r, l);
    return xlsx_close(&x);
}
