/*
 * A plan (the JSON of `vnplan extract`) as a workbook: the tasks sheet (one
 * row per task: id, area, text, lead, support, timeframe text, start, end,
 * output, origin), the sections sheet (the outline, one row per section in
 * document order) and the metadata sheet (field, value).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output/output_internal.h"
#include "output/plan_table.h"
#include "output/xlsx_out.h"
#include "output/xlsx_util.h"

static void tasks_sheet(xlsx_book *x, const json_t *plan, const out_labels *l) {
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, l->sheet_tasks);
    const char *heads[OUT_TASK_COLUMNS];
    out_task_heads(l, heads);
    const double widths[OUT_TASK_COLUMNS] = {12, 28, 70, 24, 24, 18, 12, 12, 24, 10};
    for (int k = 0; k < OUT_TASK_COLUMNS; k++) {
        xlsx_text(x, ws, 0, (lxw_col_t)k, heads[k], x->head);
        worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, widths[k], x->wrap);
    }
    size_t i;
    const json_t *t;
    lxw_row_t row = 1;
    json_array_foreach(json_object_get(plan, "tasks"), i, t) {
        vn_buf cells[OUT_TASK_COLUMNS];
        out_task_row(t, cells);
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

static void section_rows(xlsx_book *x, lxw_worksheet *ws, const json_t *sections, lxw_row_t *row) {
    size_t i;
    const json_t *s;
    json_array_foreach(sections, i, s) {
        xlsx_text(x, ws, *row, 0, out_str(s, "id", ""), NULL);
        xlsx_text(x, ws, *row, 1, out_str(s, "label", ""), NULL);
        worksheet_write_number(ws, *row, 2, (double)out_int(s, "level"), NULL);
        xlsx_text(x, ws, *row, 3, out_str(s, "heading", ""), NULL);
        xlsx_text(x, ws, *row, 4, out_str(s, "body", ""), NULL);
        (*row)++;
        section_rows(x, ws, json_object_get(s, "children"), row);
    }
}

static void sections_sheet(xlsx_book *x, const json_t *plan, const out_labels *l) {
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, l->sheet_sections);
    const char *heads[] = {l->section_id, l->label, l->level, l->heading, l->body};
    const double widths[] = {12, 8, 6, 50, 80};
    for (int k = 0; k < 5; k++) {
        xlsx_text(x, ws, 0, (lxw_col_t)k, heads[k], x->head);
        worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, widths[k], x->wrap);
    }
    lxw_row_t row = 1;
    section_rows(x, ws, json_object_get(plan, "sections"), &row);
    worksheet_freeze_panes(ws, 1, 0);
}

/* One metadata value as text: a string as it is, anything else as JSON. */
static void meta_row(xlsx_book *x, lxw_worksheet *ws, lxw_row_t row, const char *key, const json_t *v) {
    xlsx_text(x, ws, row, 0, key, NULL);
    if (json_is_string(v)) {
        xlsx_text(x, ws, row, 1, json_string_value(v), NULL);
    } else if (!json_is_null(v)) {
        char *s = json_dumps(v, JSON_COMPACT);
        if (!s)
            x->failed = true;
        xlsx_text(x, ws, row, 1, s, NULL);
        free(s);
    }
}

static void metadata_sheet(xlsx_book *x, const json_t *plan, const out_labels *l) {
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, l->sheet_metadata);
    xlsx_text(x, ws, 0, 0, l->field, x->head);
    xlsx_text(x, ws, 0, 1, l->value, x->head);
    worksheet_set_column(ws, 0, 0, 20, NULL);
    worksheet_set_column(ws, 1, 1, 90, x->wrap);
    lxw_row_t row = 1;
    meta_row(x, ws, row++, "source", json_object_get(json_object_get(plan, "source"), "path"));
    const char *key;
    const json_t *v;
    json_object_foreach((json_t *)json_object_get(plan, "metadata"), key, v) meta_row(x, ws, row++, key, v);
}

bool out_plan_xlsx(const json_t *plan, const out_labels *l, const char *path) {
    xlsx_book x;
    if (!xlsx_open(&x, path))
        return false;
    tasks_sheet(&x, plan, l);
    sections_sheet(&x, plan, l);
    metadata_sheet(&x, plan, l);
    return xlsx_close(&x);
}
