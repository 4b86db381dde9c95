/* The task table of a plan, shared by `extract --format csv` and the
 * tasks sheet of `extract --format xlsx`: the same columns, the same
 * cells. */
#ifndef VN_OUTPUT_PLAN_TABLE_H
#define VN_OUTPUT_PLAN_TABLE_H

#include "output/labels.h"
#include "util/buf.h"
#include "vnplan/plan_model.h"

enum { OUT_TASK_COLUMNS = 10 };   /* id area text lead support timeframe start end output origin */

void out_task_heads(const out_labels *l, const char *heads[OUT_TASK_COLUMNS]);
/* The cells of one task; lists of units joined with "; ". The caller
 * frees each buffer. */
void out_task_row(const vnplan_task *task, vn_buf cells[OUT_TASK_COLUMNS]);
/* The whole table as CSV (UTF-8 with BOM, RFC 4180, cells guarded against
 * formulas) appended to b. */
void out_plan_csv(const vnplan_plan *plan, const out_labels *l, vn_buf *b);

#endif
