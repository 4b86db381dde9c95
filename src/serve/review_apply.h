/* Reviewers' decisions (the export of GET /runs/ID/decisions.json) applied
 * to a coverage report's JSON: the same code behind `vnplan coverage
 * --decisions FILE` and the server's reviewed report, so both give the same
 * text. */
#ifndef VN_SERVE_REVIEW_APPLY_H
#define VN_SERVE_REVIEW_APPLY_H

#include <stdbool.h>
#include <stddef.h>

/* Each item with decisions gets "decision": {"status", "action", "lower_task",
 * "note", "who", "at", "needs_review", "decisions": [...]}; the computed
 * "status" is kept. A decision whose upper task text changed (its SHA-256
 * differs) counts as needing review. The report gains "review_summary".
 * Returns the new JSON (malloc'ed, a newline at the end; pretty when asked) or NULL with the
 * reason in err. */
char *sv_review_apply(const char *report, size_t report_len, const char *decisions, size_t decisions_len,
                      bool pretty, char *err, size_t errsize);

#endif
