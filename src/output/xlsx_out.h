/* Workbooks (.xlsx, libxlsxwriter) of a coverage report and of a plan.
 * Built into the CLI only, so that the library keeps its dependencies.
 * libxlsxwriter writes to a named file: the CLI gives a temporary one and
 * copies it to the output atomically (cli_xlsx.c). Every text cell is
 * written as a string, never as a formula. */
#ifndef VN_OUTPUT_XLSX_OUT_H
#define VN_OUTPUT_XLSX_OUT_H

#include <jansson.h>
#include <stdbool.h>

#include "output/labels.h"
#include "vnplan/coverage_model.h"
#include "vnplan/plan_model.h"

/* Coverage: sheets summary (per area, per lower plan), items, and with
 * several lower plans the matrix. False when the file could not be made. */
bool out_coverage_xlsx(const vnplan_coverage *report, const out_labels *l, const char *path);

/* A plan (read through plan_model.h): sheets tasks, sections, metadata. */
bool out_plan_xlsx(const vnplan_plan *plan, const out_labels *l, const char *path);

#endif
