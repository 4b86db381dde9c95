/*
 * What the upper plan demands of the lower plan itself: "xây dựng kế hoạch
 * ... hoàn thành chậm nhất sau 15 ngày kể từ ngày ban hành" or "trước ngày
 * 15/7/2026". The due date is computed only from dates the documents give
 * in full; otherwise the finding says what is missing (a date is never
 * guessed, and working days are not counted without a calendar).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coverage/coverage_internal.h"
#include "extract/plan_internal.h"
#include "util/civil_date.h"

static long group_long(const vn_match *m, const char *name) {
    const char *p;
    size_t len;
    if (!vn_match_group(m, name, &p, &len) || len > 9)
        return -1;
    char buf[10];
    memcpy(buf, p, len);
    buf[len] = '\0';
    return strtol(buf, NULL, 10);
}

static json_t *span_text(const char *text, const vn_match *m) {
    size_t s, e;
    vn_match_span(m, &s, &e);
    return json_stringn(text + s, e - s);
}

/* reason and args: what the English message says, for the reports' own
 * words (the labels of src/output); args are the values it quotes. */
static void add_finding(json_t *findings, const char *upper_id, size_t lower, json_t *phrase, const char *due,
                        const char *issued, const char *status, const char *message, const char *reason,
                        json_t *args) {
    json_t *f = json_object();
    json_object_set_new(f, "kind", json_string("deadline"));
    json_object_set_new(f, "upper_task", json_string(upper_id));
    json_object_set_new(f, "lower", json_integer((json_int_t)lower));
    json_object_set_new(f, "text", phrase);
    json_object_set_new(f, "due", due ? json_string(due) : json_null());
    json_object_set_new(f, "issued", issued ? json_string(issued) : json_null());
    json_object_set_new(f, "status", json_string(status));
    json_object_set_new(f, "message", json_string(message));
    json_object_set_new(f, "reason", json_string(reason));
    json_object_set_new(f, "args", args);
    json_array_append_new(findings, f);
}

bool cov_find_demands(vnplan_coverage_index *idx) {
    idx->demands = calloc(idx->n_docs + 1, sizeof *idx->demands);
    if (!idx->demands)
        return false;
    for (size_t i = 0; i < idx->n_docs; i++) {
        const char *text = idx->docs[i].text;
        vn_match m;
        idx->demands[i] = text && vn_rule_match(idx->rules, "coverage.plan_demand", text, strlen(text), 0, &m) &&
                          (vn_rule_match(idx->rules, "time.after_issue", text, strlen(text), 0, &m) ||
                           vn_rule_match(idx->rules, "time.before_date", text, strlen(text), 0, &m));
    }
    return true;
}

void cov_deadlines(const vnplan_coverage_index *idx, const cov_scope *scope, const json_t *lower_plan, size_t lower,
                   json_t *findings) {
    const char *upper_date = vn_json_str(json_object_get(idx->plan, "metadata"), "date");
    const char *lower_date = vn_json_str(json_object_get(lower_plan, "metadata"), "date");
    long upper_days, lower_days;
    bool upper_full = vn_full_date(upper_date, &upper_days), lower_full = vn_full_date(lower_date, &lower_days);
    for (size_t i = 0; i < idx->n_docs; i++) {
        const char *text = idx->docs[i].text;
        vn_match m;
        if (!scope[i].rule || !idx->demands[i])
            continue;
        char due[32] = "", msg[200], num[32];
        const char *reason = "";
        json_t *args = json_array();
        bool known = false;
        json_t *phrase;
        if (vn_rule_match(idx->rules, "time.after_issue", text, strlen(text), 0, &m)) {
            phrase = span_text(text, &m);
            long days = group_long(&m, "days");
            const char *p;
            size_t len;
            bool working = vn_match_group(&m, "working", &p, &len);
            if (working) {
                snprintf(msg, sizeof msg, "%ld working days: not counted without the holiday calendar", days);
                snprintf(num, sizeof num, "%ld", days);
                reason = "working_days";
                json_array_append_new(args, json_string(num));
            } else if (!upper_full) {
                snprintf(msg, sizeof msg, "the upper plan's issue date is not known in full (%s)",
                         upper_date ? upper_date : "none");
                reason = "upper_date_partial";
                json_array_append_new(args, upper_date ? json_string(upper_date) : json_null());
            } else {
                vn_civil_from_days(upper_days + days, due);
                known = true;
            }
        } else if (vn_rule_match(idx->rules, "time.before_date", text, strlen(text), 0, &m)) {
            phrase = span_text(text, &m);
            long y = group_long(&m, "year"), mo = group_long(&m, "month"), d = group_long(&m, "day");
            if (y > 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
                vn_civil_from_days(vn_days_from_civil(y, (unsigned)mo, (unsigned)d), due);
                known = true;
            } else {
                snprintf(msg, sizeof msg, "the date in the task is not a valid date");
                reason = "invalid_date";
            }
        } else {
            json_decref(args);
            continue;
        }
        if (!phrase) {
            json_decref(args);
            continue;
        }
        const char *status = "unknown";
        if (known && !lower_full) {
            snprintf(msg, sizeof msg, "the lower plan's issue date is not known in full (%s)",
                     lower_date ? lower_date : "none");
            reason = "lower_date_partial";
            json_array_append_new(args, lower_date ? json_string(lower_date) : json_null());
        } else if (known) {
            long due_days;
            vn_full_date(due, &due_days);
            bool met = lower_days <= due_days;
            status = met ? "met" : "late";
            reason = status;
            json_array_append_new(args, json_string(lower_date));
            if (met) {
                snprintf(msg, sizeof msg, "issued %s, due by %s", lower_date, due);
            } else {
                snprintf(msg, sizeof msg, "issued %s, %ld days after the due date %s", lower_date,
                         lower_days - due_days, due);
                snprintf(num, sizeof num, "%ld", lower_days - due_days);
                json_array_append_new(args, json_string(num));
            }
            json_array_append_new(args, json_string(due));
        }
        add_finding(findings, idx->docs[i].id, lower, phrase, known ? due : NULL, lower_full ? lower_date : NULL,
                    status, msg, reason, args);
    }
}
