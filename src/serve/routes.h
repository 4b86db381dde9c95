/* The handlers behind the routes (routes.c dispatches). */
#ifndef VN_SERVE_ROUTES_H
#define VN_SERVE_ROUTES_H

#include <jansson.h>

#include "serve/serve.h"

void sv_front_page(sv_request *r);
void sv_plan_upload(sv_request *r);
void sv_plan_list_json(sv_request *r);
void sv_plan_page(sv_request *r, long long id);
void sv_plan_download(sv_request *r, long long id);
void sv_plan_download_xlsx(sv_request *r, long long id);
void sv_run_create(sv_request *r);
void sv_run_page(sv_request *r, long long id);
/* format: json (the computed report), html, csv, xlsx (the reviewed report) */
void sv_run_report(sv_request *r, long long id, const char *format);
void sv_decision_add(sv_request *r, long long run);
void sv_decisions_export(sv_request *r, long long run);
/* The report with the run's decisions applied (as `vnplan coverage --decisions`). */
void sv_reviewed_report(sv_request *r, long long run);
void sv_reviewer_set(sv_request *r);

/* Shared helpers (routes.c). */
/* Sends `v` (stolen) as the JSON answer. */
void sv_send_json(sv_request *r, int status, json_t *v);
/* A redirect after a successful POST (303 See Other). */
void sv_redirect(sv_request *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A text column of the current row, "" for NULL. */
const char *sv_col(sqlite3_stmt *st, int i);
/* The hidden CSRF field of a form. */
void sv_csrf_field(sv_request *r);
/* The current time, UTC, ISO 8601. */
void sv_now(char out[32]);

#endif
