/* --format xlsx: the workbook of a report or a plan, in memory. */
#ifndef VN_CLI_XLSX_H
#define VN_CLI_XLSX_H

#include <stddef.h>

#include "vnplan/coverage.h"
#include "vnplan/plan.h"

/* libxlsxwriter 1.1 writes only to a named file: the workbook is made in a
 * temporary file ($TMPDIR or /tmp, removed at once after) and read back, so
 * that the command writes it to -o atomically or to standard output like
 * any other format. lang: 0 or VNPLAN_COVERAGE_ENGLISH. NULL on failure
 * (after cli_error naming the problem). */
char *cli_coverage_xlsx(const vnplan_coverage *report, unsigned lang, size_t *len);
char *cli_plan_xlsx(const vnplan_plan *plan, unsigned lang, size_t *len);

#endif
