/* Dispatch by method and path; GET pages, POST changes (another method on
 * a known path answers 405). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "serve/routes.h"

void sv_send_json(sv_request *r, int status, json_t *v) {
    char *s = v ? json_dumps(v, JSON_ENSURE_ASCII | JSON_INDENT(1)) : NULL;
    json_decref(v);
    if (!s) {
        sv_error(r, 500, "out of memory");
        return;
    }
    r->status = status;
    r->content_type = "application/json";
    vn_buf_puts(&r->body, s);
    vn_buf_puts(&r->body, "\n");
    free(s);
}

void sv_redirect(sv_request *r, const char *fmt, ...) {
    char where[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(where, sizeof where, fmt, ap);
    va_end(ap);
    free(r->location);
    r->location = strdup(where);
    r->status = 303;
    r->content_type = "text/html; charset=utf-8";
    vn_buf_puts(&r->body, "<a href=\"");
    sv_html(&r->body, where);
    vn_buf_puts(&r->body, "\">Tiếp tục</a>\n");
}

const char *sv_col(sqlite3_stmt *st, int i) {
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? (const char *)t : "";
}

void sv_csrf_field(sv_request *r) {
    vn_buf_printf(&r->body, "<input type=\"hidden\" name=\"csrf\" value=\"%s\">", r->csrf);
}

void sv_now(char out[32]) {
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* "/plans/12" with prefix "/plans/": 12 and the rest after the digits. */
static bool path_id(const char *url, const char *prefix, long long *id, const char **rest) {
    size_t n = strlen(prefix);
    if (strncmp(url, prefix, n) != 0)
        return false;
    const char *p = url + n;
    if (*p < '1' || *p > '9')
        return false;
    long long v = 0;
    for (; *p >= '0' && *p <= '9'; p++) {
        if (v > 1000000000000LL)
            return false;
        v = v * 10 + (*p - '0');
    }
    *id = v;
    *rest = p;
    return true;
}

typedef enum { GET, POST, OTHER } method;

void sv_route(sv_request *r) {
    const char *u = r->url, *rest;
    long long id;
    method m;
    if (strcmp(r->method, "GET") == 0 || strcmp(r->method, "HEAD") == 0)
        m = GET;
    else if (strcmp(r->method, "POST") == 0)
        m = POST;
    else
        m = OTHER;
    if (r->api)
        u += 4;  /* "/api/plans" is routed as "/plans" */
#define ON(cond, want, call)                                                                       \
    if (cond) {                                                                                    \
        if (m != want)                                                                             \
            sv_error(r, 405, "Phương thức không được phép cho địa chỉ này.");                     \
        else                                                                                       \
            call;                                                                                  \
        return;                                                                                    \
    }
    ON(strcmp(u, "/") == 0 && !r->api, GET, sv_front_page(r))
    if (strcmp(u, "/token") == 0 && r->api) {
        ON(true, GET, sv_send_json(r, 200, json_pack("{s:s}", "csrf", r->csrf)))
    }
    if (strcmp(u, "/plans") == 0) {
        if (m == GET && r->api) {
            sv_plan_list_json(r);
            return;
        }
        ON(true, POST, sv_plan_upload(r))
    }
    ON(strcmp(u, "/runs") == 0, POST, sv_run_create(r))
    ON(strcmp(u, "/reviewer") == 0, POST, sv_reviewer_set(r))
    if (path_id(u, "/plans/", &id, &rest)) {
        ON(*rest == '\0' && !r->api, GET, sv_plan_page(r, id))
        ON((*rest == '\0' && r->api) || strcmp(rest, ".json") == 0, GET, sv_plan_download(r, id))
        ON(strcmp(rest, ".xlsx") == 0, GET, sv_plan_download_xlsx(r, id))
    }
    if (path_id(u, "/runs/", &id, &rest)) {
        ON(*rest == '\0' && !r->api, GET, sv_run_page(r, id))
        ON(*rest == '\0' && r->api, GET, sv_run_report(r, id, "json"))
        ON(strcmp(rest, "/report.html") == 0, GET, sv_run_report(r, id, "html"))
        ON(strcmp(rest, "/report.json") == 0, GET, sv_run_report(r, id, "json"))
        ON(strcmp(rest, "/report.csv") == 0, GET, sv_run_report(r, id, "csv"))
        ON(strcmp(rest, "/report.xlsx") == 0, GET, sv_run_report(r, id, "xlsx"))
        ON(strcmp(rest, "/decisions") == 0, POST, sv_decision_add(r, id))
        ON(strcmp(rest, "/decisions.json") == 0, GET, sv_decisions_export(r, id))
        ON(strcmp(rest, "/reviewed.json") == 0, GET, sv_reviewed_report(r, id))
    }
#undef ON
    sv_error(r, 404, "Không có trang này.");
}
