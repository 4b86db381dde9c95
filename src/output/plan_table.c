/* The task table of a plan (extract's CSV, and the xlsx tasks sheet). */
#include <string.h>

#include "output/output_internal.h"
#include "output/plan_table.h"

void out_task_heads(const out_labels *l, const char *heads[OUT_TASK_COLUMNS]) {
    const char *h[OUT_TASK_COLUMNS] = {l->task_id, l->area,  l->text, l->lead,   l->support,
                                       l->timeframe, l->start, l->end, l->output, l->origin};
    memcpy(heads, h, sizeof h);
}

/* A unit list: strings, or objects with a "name". */
static void units(vn_buf *b, const json_t *list) {
    size_t i;
    const json_t *u;
    json_array_foreach(list, i, u) {
        const char *name = json_is_string(u) ? json_string_value(u) : out_str(u, "name", NULL);
        if (!name)
            continue;
        if (b->len)
            vn_buf_puts(b, "; ");
        vn_buf_puts(b, name);
    }
}

void out_task_row(const json_t *t, vn_buf cells[OUT_TASK_COLUMNS]) {
    const json_t *tf = json_object_get(t, "timeframe");
    for (int k = 0; k < OUT_TASK_COLUMNS; k++)
        cells[k] = (vn_buf)VN_BUF_INIT;
    vn_buf_puts(&cells[0], out_str(t, "id", ""));
    vn_buf_puts(&cells[1], out_str(t, "area", ""));
    vn_buf_puts(&cells[2], out_str(t, "text", ""));
    units(&cells[3], json_object_get(t, "lead"));
    units(&cells[4], json_object_get(t, "support"));
    vn_buf_puts(&cells[5], out_str(tf, "text", ""));
    vn_buf_puts(&cells[6], out_str(tf, "start", ""));
    vn_buf_puts(&cells[7], out_str(tf, "end", ""));
    vn_buf_puts(&cells[8], out_str(t, "output", ""));
    vn_buf_puts(&cells[9], out_str(t, "origin", ""));
}

void out_plan_csv(const json_t *plan, const out_labels *l, vn_buf *b) {
    const char *heads[OUT_TASK_COLUMNS];
    out_task_heads(l, heads);
    vn_buf_puts(b, "\xEF\xBB\xBF");
    for (int k = 0; k < OUT_TASK_COLUMNS; k++)
        out_csv_field(b, heads[k], k == OUT_TASK_COLUMNS - 1);
    size_t i;
    const json_t *t;
    json_array_foreach(json_object_get(plan, "tasks"), i, t) {
        vn_buf cells[OUT_TASK_COLUMNS];
        out_task_row(t, cells);
        for (int k = 0; k < OUT_TASK_COLUMNS; k++) {
            b->failed |= cells[k].failed;
            out_csv_field(b, vn_buf_cstr(&cells[k]), k == OUT_TASK_COLUMNS - 1);
            vn_buf_free(&cells[k]);
        }
    }
}
