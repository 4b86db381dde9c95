/* Coverage runs: computed with the library from stored plans, stored as the
 * report's JSON, shown with the library's renderers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/cli_xlsx.h"
#include "serve/decisions.h"
#include "serve/routes.h"
#include "vnplan/coverage.h"

enum { MAX_LOWERS = 50 };

static vnplan_plan *plan_from_db(sv_request *r, vnplan_ctx *ctx, long long id, json_t **json) {
    sqlite3_stmt *st;
    vnplan_plan *plan = NULL;
    sqlite3_prepare_v2(r->db, "SELECT json FROM plans WHERE id=?", -1, &st, NULL);
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW) {
        const char *s = sv_col(st, 0);
        if (vnplan_plan_from_json(ctx, s, strlen(s), &plan))
            plan = NULL;
        else if (json)
            *json = json_loads(s, 0, NULL);
    }
    sqlite3_finalize(st);
    return plan;
}

/* The report of `upper` against lowers[0..n) as JSON (malloc'ed), or NULL
 * after answering. lower_tasks gets {task id: sha256 of its text}. */
static char *compute(sv_request *r, long long upper, const long long *lowers, int n, json_t *lower_tasks) {
    vnplan_ctx *ctx = cli_ctx_new();
    vnplan_plan *up = NULL, *low[MAX_LOWERS] = {0};
    vnplan_coverage_index *idx = NULL;
    vnplan_coverage *report = NULL;
    char *json = NULL;
    if (!ctx || !(up = plan_from_db(r, ctx, upper, NULL))) {
        sv_error(r, 404, "Không có kế hoạch cấp trên này.");
        goto out;
    }
    for (int i = 0; i < n; i++) {
        json_t *pj = NULL;
        if (!(low[i] = plan_from_db(r, ctx, lowers[i], &pj))) {
            sv_error(r, 404, "Không có kế hoạch cấp dưới này.");
            goto out;
        }
        sv_task_hashes(pj, lower_tasks);
        json_decref(pj);
    }
    vnplan_coverage_options o;
    vnplan_coverage_options_init(&o);
    if (vnplan_coverage_index_new(ctx, r->cfg->rules, up, &idx) ||
        vnplan_coverage_compare(ctx, idx, (const vnplan_plan *const *)low, (size_t)n, &o, &report)) {
        char msg[700];
        snprintf(msg, sizeof msg, "Không đối chiếu được: %s", vnplan_ctx_error(ctx)->message);
        sv_error(r, 422, msg);
        goto out;
    }
    if (!(json = vnplan_coverage_render(report, VNPLAN_COVERAGE_JSON, 0, NULL)))
        sv_error(r, 500, "out of memory");
out:
    vnplan_coverage_free(report);
    vnplan_coverage_index_free(idx);
    for (int i = 0; i < n; i++)
        vnplan_plan_free(low[i]);
    vnplan_plan_free(up);
    vnplan_ctx_free(ctx);
    return json;
}

void sv_run_create(sv_request *r) {
    const char *u = sv_field(r, "upper");
    long long upper = u ? atoll(u) : 0, lowers[MAX_LOWERS];
    int n = 0;
    for (int i = 0; i < r->n_fields; i++) {
        if (strcmp(r->fields[i].name, "lower") != 0)
            continue;
        long long id = atoll(r->fields[i].value);
        if (id <= 0 || id == upper || n == MAX_LOWERS) {
            sv_error(r, 400, "Kế hoạch cấp dưới không hợp lệ (khác kế hoạch cấp trên, tối đa 50).");
            return;
        }
        lowers[n++] = id;
    }
    if (upper <= 0 || n == 0) {
        sv_error(r, 400, "Hãy chọn một kế hoạch cấp trên và ít nhất một kế hoạch cấp dưới.");
        return;
    }
    json_t *lower_tasks = json_object();
    char *report = compute(r, upper, lowers, n, lower_tasks);
    if (!report) {
        json_decref(lower_tasks);
        return;
    }
    json_t *ids = json_array();
    for (int i = 0; i < n; i++)
        json_array_append_new(ids, json_integer(lowers[i]));
    char *lowers_s = json_dumps(ids, 0), now[32];
    json_decref(ids);
    sv_now(now);
    sqlite3_stmt *st;
    sqlite3_prepare_v2(r->db, "INSERT INTO runs(upper_id,lowers,report,created) VALUES(?,?,?,?)", -1, &st, NULL);
    sqlite3_bind_int64(st, 1, upper);
    sqlite3_bind_text(st, 2, lowers_s ? lowers_s : "[]", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, report, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, now, -1, SQLITE_STATIC);
    bool ok = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    long long id = sqlite3_last_insert_rowid(r->db);
    int carried = 0, review = 0;
    if (!ok || !sv_carry_over(r->db, id, upper, report, lower_tasks, &carried, &review))
        sv_error(r, 500, "không lưu được lần đối chiếu");
    else if (r->api)
        sv_send_json(r, 201, json_pack("{s:I,s:i,s:i}", "id", id, "carried", carried, "to_review", review));
    else
        sv_redirect(r, "/runs/%lld", id);
    free(lowers_s);
    free(report);
    json_decref(lower_tasks);
}

/* The stored report text of run `id` (malloc'ed), upper plan id in *upper. */
char *sv_run_load(sv_request *r, long long id, long long *upper) {
    sqlite3_stmt *st;
    char *report = NULL;
    sqlite3_prepare_v2(r->db, "SELECT report, upper_id FROM runs WHERE id=?", -1, &st, NULL);
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW) {
        report = strdup(sv_col(st, 0));
        if (upper)
            *upper = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    if (!report)
        sv_error(r, 404, "Không có lần đối chiếu này.");
    return report;
}

/* report.json is the computed report as stored; the human-facing formats
 * (HTML, CSV, xlsx) are the reviewed report: the reviewers' decisions beside
 * the computed statuses, as `vnplan coverage --decisions` renders them. */
void sv_run_report(sv_request *r, long long id, const char *format) {
    bool is_json = strcmp(format, "json") == 0;
    char *json = is_json ? sv_run_load(r, id, NULL) : sv_reviewed_json(r, id);
    if (!json)
        return;
    if (is_json) {
        r->content_type = "application/json";
        vn_buf_puts(&r->body, json);
        vn_buf_puts(&r->body, "\n");
        free(json);
        return;
    }
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_coverage *report = NULL;
    char *out = NULL;
    size_t len = 0;
    bool html = strcmp(format, "html") == 0, xlsx = strcmp(format, "xlsx") == 0;
    if (ctx && !vnplan_coverage_from_json(ctx, json, strlen(json), &report))
        out = xlsx ? cli_coverage_xlsx(report, 0, &len)
                   : vnplan_coverage_render(report, html ? VNPLAN_COVERAGE_HTML : VNPLAN_COVERAGE_CSV, 0, &len);
    if (!out) {
        sv_error(r, 500, "không hiển thị được báo cáo");
    } else {
        r->content_type = html ? "text/html; charset=utf-8"
                          : xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                 : "text/csv; charset=utf-8";
        vn_buf_append(&r->body, out, len);
        if (!html) {
            char d[96];
            snprintf(d, sizeof d, "attachment; filename=\"coverage-%lld.%s\"", id, xlsx ? "xlsx" : "csv");
            r->disposition = strdup(d);
        }
    }
    free(out);
    vnplan_coverage_free(report);
    vnplan_ctx_free(ctx);
    free(json);
}
