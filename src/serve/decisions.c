/* Decisions: recorded per upper task of a run with who and when, carried
 * over to the next run of the same upper plan while the texts they were
 * made on are unchanged, exported as JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serve/decisions.h"
#include "serve/review_apply.h"
#include "serve/routes.h"
#include "util/digest.h"

static void text_hash(const char *s, char out[65]) { vn_sha256_hex(s ? s : "", s ? strlen(s) : 0, out); }

void sv_task_hashes(json_t *plan, json_t *out) {
    size_t i;
    json_t *t;
    json_array_foreach(json_object_get(plan, "tasks"), i, t) {
        const char *id = json_string_value(json_object_get(t, "id"));
        const char *text = json_string_value(json_object_get(t, "text"));
        char h[65];
        text_hash(text, h);
        if (id)
            json_object_set_new(out, id, json_pack("{s:s,s:s}", "text", text ? text : "", "sha256", h));
    }
}

/* {upper task id: sha256 of its text} over the report's items. */
static json_t *upper_hashes(json_t *report) {
    json_t *out = json_object();
    size_t i;
    json_t *it;
    json_array_foreach(json_object_get(report, "items"), i, it) {
        json_t *u = json_object_get(it, "upper_task");
        const char *id = json_string_value(json_object_get(u, "id"));
        char h[65];
        text_hash(json_string_value(json_object_get(u, "text")), h);
        if (id)
            json_object_set_new(out, id, json_string(h));
    }
    return out;
}

bool sv_carry_over(sqlite3 *db, long long run, long long upper, const char *report_s, json_t *lower_tasks,
                   int *carried, int *review) {
    *carried = *review = 0;
    json_t *report = json_loads(report_s, 0, NULL);
    json_t *uh = upper_hashes(report);
    sqlite3_stmt *sel = NULL, *ins = NULL;
    bool ok = false;
    if (sqlite3_prepare_v2(db,
                           "SELECT upper_task,upper_hash,lower_task,lower_hash,action,status,note,who,at FROM "
                           "decisions WHERE run_id=(SELECT max(id) FROM runs WHERE upper_id=? AND id<?) "
                           "ORDER BY id",
                           -1, &sel, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "INSERT INTO decisions(run_id,upper_task,upper_hash,lower_task,lower_hash,action,"
                           "status,note,who,at,review) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                           -1, &ins, NULL) != SQLITE_OK)
        goto out;
    sqlite3_bind_int64(sel, 1, upper);
    sqlite3_bind_int64(sel, 2, run);
    int rc;
    while ((rc = sqlite3_step(sel)) == SQLITE_ROW) {
        const char *ut = sv_col(sel, 0), *lt = sv_col(sel, 2);
        bool same = sv_token_equal(json_string_value(json_object_get(uh, ut)), sv_col(sel, 1));
        if (same && *lt) {
            json_t *l = json_object_get(lower_tasks, lt);
            same = sv_token_equal(json_string_value(json_object_get(l, "sha256")), sv_col(sel, 3));
        }
        sqlite3_bind_int64(ins, 1, run);
        for (int c = 0; c < 9; c++)
            sqlite3_bind_value(ins, c + 2, sqlite3_column_value(sel, c));
        sqlite3_bind_int(ins, 11, same ? 0 : 1);
        if (sqlite3_step(ins) != SQLITE_DONE)
            goto out;
        sqlite3_reset(ins);
        ++*(same ? carried : review);
    }
    ok = rc == SQLITE_DONE;
out:
    sqlite3_finalize(sel);
    sqlite3_finalize(ins);
    json_decref(uh);
    json_decref(report);
    return ok;
}

json_t *sv_run_lower_tasks(sv_request *r, long long id) {
    json_t *out = json_object();
    sqlite3_stmt *st;
    sqlite3_prepare_v2(r->db,
                       "SELECT plans.json FROM runs, json_each(runs.lowers) AS l JOIN plans ON plans.id=l.value "
                       "WHERE runs.id=?",
                       -1, &st, NULL);
    sqlite3_bind_int64(st, 1, id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        json_t *p = json_loads(sv_col(st, 0), 0, NULL);
        sv_task_hashes(p, out);
        json_decref(p);
    }
    sqlite3_finalize(st);
    return out;
}

static bool valid_status(const char *s) {
    return s && (!strcmp(s, "covered") || !strcmp(s, "partial") || !strcmp(s, "missing"));
}

void sv_decision_add(sv_request *r, long long run) {
    char *report_s = sv_run_load(r, run, NULL);
    if (!report_s)
        return;
    json_t *report = json_loads(report_s, 0, NULL), *uh = upper_hashes(report), *lt = NULL;
    free(report_s);
    const char *ut = sv_field(r, "upper_task"), *action = sv_field(r, "action");
    const char *lower = sv_field(r, "lower_task"), *status = sv_field(r, "status"), *note = sv_field(r, "note");
    const char *who = r->reviewer ? r->reviewer : sv_field(r, "reviewer");
    const char *upper_hash = ut ? json_string_value(json_object_get(uh, ut)) : NULL;
    if (lower && !*lower)
        lower = NULL;
    if (note && !*note)
        note = NULL;
    if (!who || !*who || strlen(who) > 100) {
        sv_error(r, 400, "Hãy nhập tên người rà soát trước khi ghi quyết định.");
        goto out;
    }
    if (!upper_hash) {
        sv_error(r, 400, "Không có nhiệm vụ cấp trên này trong lần đối chiếu.");
        goto out;
    }
    bool needs_lower = action && (!strcmp(action, "confirm") || !strcmp(action, "reject") || !strcmp(action, "pick"));
    if (!action || (!needs_lower && strcmp(action, "status"))) {
        sv_error(r, 400, "Hành động phải là confirm, reject, pick hoặc status.");
        goto out;
    }
    if (!strcmp(action, "status") && !valid_status(status)) {
        sv_error(r, 400, "Trạng thái phải là covered, partial hoặc missing.");
        goto out;
    }
    if (note && strlen(note) > 4000) {
        sv_error(r, 400, "Ghi chú quá dài (tối đa 4000 byte).");
        goto out;
    }
    const char *lower_hash = NULL;
    if (needs_lower) {
        lt = sv_run_lower_tasks(r, run);
        lower_hash = lower ? json_string_value(json_object_get(json_object_get(lt, lower), "sha256")) : NULL;
        if (!lower_hash) {
            sv_error(r, 400, "Không có nhiệm vụ cấp dưới này trong lần đối chiếu.");
            goto out;
        }
    } else {
        lower = NULL;
    }
    char now[32];
    sv_now(now);
    sqlite3_stmt *st;
    sqlite3_prepare_v2(r->db,
                       "INSERT INTO decisions(run_id,upper_task,upper_hash,lower_task,lower_hash,action,status,"
                       "note,who,at) VALUES(?,?,?,?,?,?,?,?,?,?)",
                       -1, &st, NULL);
    sqlite3_bind_int64(st, 1, run);
    sqlite3_bind_text(st, 2, ut, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, upper_hash, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, lower, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, lower_hash, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, action, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, !strcmp(action, "status") ? status : NULL, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, note, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 9, who, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 10, now, -1, SQLITE_STATIC);
    bool ok = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    if (!ok)
        sv_error(r, 500, "không lưu được quyết định");
    else if (r->api)
        sv_send_json(r, 201, json_pack("{s:I}", "id", (json_int_t)sqlite3_last_insert_rowid(r->db)));
    else
        sv_redirect(r, "/runs/%lld#u-%s", run, ut);
out:
    json_decref(lt);
    json_decref(uh);
    json_decref(report);
}

static json_t *text_or_null(sqlite3_stmt *st, int i) {
    return sqlite3_column_type(st, i) == SQLITE_NULL ? json_null() : json_string(sv_col(st, i));
}

json_t *sv_decisions_json(sv_request *r, long long run) {
    json_t *arr = json_array();
    sqlite3_stmt *st;
    sqlite3_prepare_v2(r->db,
                       "SELECT id,upper_task,upper_hash,lower_task,lower_hash,action,status,note,who,at,review "
                       "FROM decisions WHERE run_id=? ORDER BY id",
                       -1, &st, NULL);
    sqlite3_bind_int64(st, 1, run);
    while (sqlite3_step(st) == SQLITE_ROW)
        json_array_append_new(
            arr, json_pack("{s:I,s:s,s:s,s:o,s:o,s:s,s:o,s:o,s:s,s:s,s:b}", "id",
                           (json_int_t)sqlite3_column_int64(st, 0), "upper_task", sv_col(st, 1),
                           "upper_text_sha256", sv_col(st, 2), "lower_task", text_or_null(st, 3),
                           "lower_text_sha256", text_or_null(st, 4), "action", sv_col(st, 5), "status",
                           text_or_null(st, 6), "note", text_or_null(st, 7), "who", sv_col(st, 8), "at",
                           sv_col(st, 9), "review", sqlite3_column_int(st, 10)));
    sqlite3_finalize(st);
    return arr;
}

void sv_decisions_export(sv_request *r, long long run) {
    char *report = sv_run_load(r, run, NULL);
    if (!report)
        return;
    free(report);
    sv_send_json(r, 200,
                 json_pack("{s:s,s:I,s:o}", "vnplan_decisions", "1", "run", (json_int_t)run, "decisions",
                           sv_decisions_json(r, run)));
    if (!r->api) {
        char d[96];
        snprintf(d, sizeof d, "attachment; filename=\"decisions-%lld.json\"", run);
        r->disposition = strdup(d);
    }
}

char *sv_reviewed_json(sv_request *r, long long run) {
    char *report = sv_run_load(r, run, NULL);
    if (!report)
        return NULL;
    json_t *exp = json_pack("{s:s,s:I,s:o}", "vnplan_decisions", "1", "run", (json_int_t)run, "decisions",
                            sv_decisions_json(r, run));
    char *dec = exp ? json_dumps(exp, 0) : NULL, err[256];
    char *out = dec ? sv_review_apply(report, strlen(report), dec, strlen(dec), false, err, sizeof err) : NULL;
    if (!out)
        sv_error(r, 500, "không áp dụng được các quyết định");
    free(dec);
    json_decref(exp);
    free(report);
    return out;
}

void sv_reviewed_report(sv_request *r, long long run) {
    char *out = sv_reviewed_json(r, run);
    if (!out)
        return;
    r->content_type = "application/json";
    vn_buf_puts(&r->body, out);
    free(out);
}
