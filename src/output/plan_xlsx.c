/*
 * A plan as a workbook, read through the public read API (plan_model.h):
 * the tasks sheet (one row per task: id, area, text, lead, support,
 * timeframe text, start, end, output, origin), the sections sheet (the
 * outline, one row per section in document order) and the metadata sheet
 * (field, value).
 */
#include <string.h>

#include "output/output_internal.h"
#include "output/plan_table.h"
#include "output/xlsx_out.h"
#include "output/xlsx_util.h"

static const char *or_empty(const char *s) { return s ? s : ""; }

static void tasks_sheet(xlsx_book *x, const vnplan_plan *plan, const out_labels *l) {
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, l->sheet_tasks);
    const char *heads[OUT_TASK_COLUMNS];
    out_task_heads(l, heads);
    const double widths[OUT_TASK_COLUMNS] = {12, 28, 70, 24, 24, 18, 12, 12, 24, 10};
    for (int k = 0; k < OUT_TASK_COLUMNS; k++) {
        xlsx_text(x, ws, 0, (lxw_col_t)k, heads[k], x->head);
        worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, widths[k], x->wrap);
    }
    lxw_row_t row = 1;
    for (size_t i = 0, n = vnplan_plan_task_count(plan); i < n; i++) {
        vn_buf cells[OUT_TASK_COLUMNS];
        out_task_row(vnplan_plan_task(plan, i), cells);
        for (int k = 0; k < OUT_TASK_COLUMNS; k++) {
            x->failed |= cells[k].failed;
            xlsx_text(x, ws, row, (lxw_col_t)k, vn_buf_cstr(&cells[k]), NULL);
            vn_buf_free(&cells[k]);
        }
        row++;
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, row > 1 ? row - 1 : 1, OUT_TASK_COLUMNS - 1);
}

static void section_row(xlsx_book *x, lxw_worksheet *ws, const vnplan_section *s, lxw_row_t *row) {
    xlsx_text(x, ws, *row, 0, or_empty(vnplan_section_id(s)), NULL);
    xlsx_text(x, ws, *row, 1, or_empty(vnplan_section_label(s)), NULL);
    worksheet_write_number(ws, *row, 2, (double)vnplan_section_level(s), NULL);
    xlsx_text(x, ws, *row, 3, or_empty(vnplan_section_heading(s)), NULL);
    xlsx_text(x, ws, *row, 4, or_empty(vnplan_section_body(s)), NULL);
    (*row)++;
    for (size_t i = 0, n = vnplan_section_child_count(s); i < n; i++)
        section_row(x, ws, vnplan_section_child(s, i), row);
}

static void sections_sheet(xlsx_book *x, const vnplan_plan *plan, const out_labels *l) {
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, l->sheet_sections);
    const char *heads[] = {l->section_id, l->label, l->level, l->heading, l->body};
    const double widths[] = {12, 8, 6, 50, 80};
    for (int k = 0; k < 5; k++) {
        xlsx_text(x, ws, 0, (lxw_col_t)k, heads[k], x->head);
        worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, widths[k], x->wrap);
    }
    lxw_row_t row = 1;
    for (size_t i = 0, n = vnplan_plan_section_count(plan); i < n; i++)
        section_row(x, ws, vnplan_plan_section(plan, i), &row);
    worksheet_freeze_panes(ws, 1, 0);
}

/* One metadata member as text: a string as it is, null as nothing, anything
 * else (signer, references, results, ...) as compact JSON. */
static void meta_row(xlsx_book *x, lxw_worksheet *ws, lxw_row_t row, const vnplan_plan *plan, const char *key) {
    xlsx_text(x, ws, row, 0, key, NULL);
    const char *s = vnplan_plan_metadata(plan, key);
    if (s) {
        xlsx_text(x, ws, row, 1, s, NULL);
        return;
    }
    char *json = vnplan_plan_metadata_json(plan, key);
    if (!json)
        x->failed = true;   /* the key is there: out of memory */
    else if (strcmp(json, "null"))
        xlsx_text(x, ws, row, 1, json, NULL);
    vnplan_free(json);
}

static void metadata_sheet(xlsx_book *x, const vnplan_plan *plan, const out_labels *l) {
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, l->sheet_metadata);
    xlsx_text(x, ws, 0, 0, l->field, x->head);
    xlsx_text(x, ws, 0, 1, l->value, x->head);
    worksheet_set_column(ws, 0, 0, 20, NULL);
    worksheet_set_column(ws, 1, 1, 90, x->wrap);
    lxw_row_t row = 1;
    xlsx_text(x, ws, row, 0, "source", NULL);
    if (vnplan_plan_source(plan, "path"))
        xlsx_text(x, ws, row, 1, vnplan_plan_source(plan, "path"), NULL);
    row++;
    for (size_t i = 0, n = vnplan_plan_metadata_count(plan); i < n; i++)
        meta_row(x, ws, row++, plan, vnplan_plan_metadata_key(plan, i));
}

bool out_plan_xlsx(const vnplan_plan *plan, const out_labels *l, const char *path) {
    xlsx_book x;
    if (!xlsx_open(&x, path))
        return false;
    tasks_sheet(&x, plan, l);
    sections_sheet(&x, plan, l);
    metadata_sheet(&x, plan, l);
    return xlsx_close(&x);
}
