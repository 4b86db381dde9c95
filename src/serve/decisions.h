/* Reviewers' decisions on a coverage run (decisions.c). */
#ifndef VN_SERVE_DECISIONS_H
#define VN_SERVE_DECISIONS_H

#include <jansson.h>
#include <sqlite3.h>

#include "serve/serve.h"

/* Adds {task id: sha256 of its text} for the tasks of plan JSON `plan`. */
void sv_task_hashes(json_t *plan, json_t *out);
/* Copies the decisions of the upper plan's previous run into run `run`:
 * kept where the upper and lower task texts are unchanged, otherwise
 * marked for review ("cần xem xét lại"). Counts both. */
bool sv_carry_over(sqlite3 *db, long long run, long long upper, const char *report, json_t *lower_tasks,
                   int *carried, int *review);
/* The stored report of run `id` (malloc'ed) or NULL after a 404. */
char *sv_run_load(sv_request *r, long long id, long long *upper);
/* The lower tasks of run `id` ({task id: {text, sha256}}), for picking one. */
json_t *sv_run_lower_tasks(sv_request *r, long long id);
/* The decisions of run `run` as a JSON array, oldest first. */
json_t *sv_decisions_json(sv_request *r, long long run);
/* The report of run `run` with its decisions applied (review_apply.h),
 * malloc'ed, or NULL after an error page (404, 500). */
char *sv_reviewed_json(sv_request *r, long long run);

#endif
