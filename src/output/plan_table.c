/* The task table of a plan (extract's CSV, and the xlsx tasks sheet), read
 * through the public read API (vnplan/plan_model.h). */
#include <string.h>

#include "output/output_internal.h"
#include "output/plan_table.h"

void out_task_heads(const out_labels *l, const char *heads[OUT_TASK_COLUMNS]) {
    const char *h[OUT_TASK_COLUMNS] = {l->task_id, l->area,  l->text, l->lead,   l->support,
                                       l->timeframe, l->start, l->end, l->output, l->origin};
    memcpy(heads, h, sizeof h);
}

/* A unit list, joined with "; ". */
static void units(vn_buf *b, const vnplan_task *t, size_t (*count)(const vnplan_task *),
                  const char *(*at)(const vnplan_task *, size_t)) {
    for (size_t i = 0, n = count(t); i < n; i++) {
        const char *name = at(t, i);
        if (!name)
            continue;
        if (b->len)
            vn_buf_puts(b, "; ");
        vn_buf_puts(b, name);
    }
}

static const char *or_empty(const char *s) { return s ? s : ""; }

void out_task_row(const vnplan_task *t, vn_buf cells[OUT_TASK_COLUMNS]) {
    for (int k = 0; k < OUT_TASK_COLUMNS; k++)
        cells[k] = (vn_buf)VN_BUF_INIT;
    vn_buf_puts(&cells[0], or_empty(vnplan_task_id(t)));
    vn_buf_puts(&cells[1], or_empty(vnplan_task_area(t)));
    vn_buf_puts(&cells[2], or_empty(vnplan_task_text(t)));
    units(&cells[3], t, vnplan_task_lead_count, vnplan_task_lead);
    units(&cells[4], t, vnplan_task_support_count, vnplan_task_support);
    vn_buf_puts(&cells[5], or_empty(vnplan_task_timeframe_text(t)));
    vn_buf_puts(&cells[6], or_empty(vnplan_task_timeframe_start(t)));
    vn_buf_puts(&cells[7], or_empty(vnplan_task_timeframe_end(t)));
    vn_buf_puts(&cells[8], or_empty(vnplan_task_output(t)));
    vn_buf_puts(&cells[9], or_empty(vnplan_task_origin(t)));
}

void out_plan_csv(const vnplan_plan *plan, const out_labels *l, vn_buf *b) {
    const char *heads[OUT_TASK_COLUMNS];
    out_task_heads(l, heads);
    vn_buf_puts(b, "\xEF\xBB\xBF");
    for (int k = 0; k < OUT_TASK_COLUMNS; k++)
        out_csv_field(b, heads[k], k == OUT_TASK_COLUMNS - 1);
    for (size_t i = 0, n = vnplan_plan_task_count(plan); i < n; i++) {
        vn_buf cells[OUT_TASK_COLUMNS];
        out_task_row(vnplan_plan_task(plan, i), cells);
        for (int k = 0; k < OUT_TASK_COLUMNS; k++) {
            b->failed |= cells[k].failed;
            out_csv_field(b, vn_buf_cstr(&cells[k]), k == OUT_TASK_COLUMNS - 1);
            vn_buf_free(&cells[k]);
        }
    }
}
