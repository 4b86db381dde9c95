/* Applying exported decisions to a coverage report (review_apply.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "serve/review_apply.h"
#include "util/digest.h"

/* The verdict a decision gives: confirming or picking a lower task means the
 * upper task is answered; a rejection keeps the computed status. */
static const char *verdict(json_t *d, const char *computed) {
    const char *a = json_string_value(json_object_get(d, "action"));
    if (!a)
        return computed;
    if (!strcmp(a, "confirm") || !strcmp(a, "pick"))
        return "covered";
    if (!strcmp(a, "status") && json_is_string(json_object_get(d, "status")))
        return json_string_value(json_object_get(d, "status"));
    return computed;
}

char *sv_review_apply(const char *report_s, size_t report_len, const char *decisions_s, size_t decisions_len,
                      bool pretty, char *err, size_t errsize) {
    json_error_t je;
    json_t *report = json_loadb(report_s, report_len, 0, &je);
    json_t *dec = json_loadb(decisions_s, decisions_len, 0, &je);
    char *out = NULL;
    if (!report || !json_is_array(json_object_get(report, "items"))) {
        snprintf(err, errsize, "not a coverage report");
        goto done;
    }
    json_t *list = json_object_get(dec, "decisions");
    if (!dec || !json_is_string(json_object_get(dec, "vnplan_decisions")) ||
        strcmp(json_string_value(json_object_get(dec, "vnplan_decisions")), "1") || !json_is_array(list)) {
        snprintf(err, errsize, "not a decisions file (\"vnplan_decisions\": \"1\" with a \"decisions\" array)");
        goto done;
    }
    size_t i, j, reviewed = 0, to_review = 0, unmatched = 0, counts[3] = {0};
    json_t *it, *d;
    json_array_foreach(list, j, d) {
        if (!json_is_string(json_object_get(d, "upper_task")) || !json_is_string(json_object_get(d, "action"))) {
            snprintf(err, errsize, "decision %zu has no upper_task or action", j + 1);
            goto done;
        }
    }
    json_array_foreach(list, j, d) {
        bool found = false;
        json_array_foreach(json_object_get(report, "items"), i, it) {
            json_t *u = json_object_get(it, "upper_task");
            if (json_equal(json_object_get(u, "id"), json_object_get(d, "upper_task")))
                found = true;
        }
        unmatched += !found;
    }
    json_array_foreach(json_object_get(report, "items"), i, it) {
        json_t *u = json_object_get(it, "upper_task");
        const char *id = json_string_value(json_object_get(u, "id"));
        const char *text = json_string_value(json_object_get(u, "text"));
        const char *computed = json_string_value(json_object_get(it, "status"));
        char hash[65];
        vn_sha256_hex(text ? text : "", text ? strlen(text) : 0, hash);
        json_t *mine = json_array(), *last = NULL;
        bool stale_last = false;
        json_array_foreach(list, j, d) {
            if (!id || strcmp(json_string_value(json_object_get(d, "upper_task")), id))
                continue;
            const char *h = json_string_value(json_object_get(d, "upper_text_sha256"));
            bool stale = json_is_true(json_object_get(d, "review")) || !h || strcmp(h, hash);
            json_t *copy = json_deep_copy(d);
            json_object_del(copy, "id");
            json_object_set_new(copy, "review", json_boolean(stale));
            json_array_append_new(mine, copy);
            last = d;
            stale_last = stale;
        }
        if (!last) {
            json_decref(mine);
            const char *s = computed ? computed : "";
            counts[0] += !strcmp(s, "covered");
            counts[1] += !strcmp(s, "partial");
            counts[2] += !strcmp(s, "missing");
            continue;
        }
        const char *status = stale_last ? computed : verdict(last, computed);
        json_t *rev = json_pack("{s:s?,s:O,s:O,s:O,s:O,s:O,s:b,s:o}", "status", status, "action",
                                json_object_get(last, "action"), "lower_task",
                                json_object_get(last, "lower_task") ? json_object_get(last, "lower_task") : json_null(),
                                "note", json_object_get(last, "note") ? json_object_get(last, "note") : json_null(),
                                "who", json_object_get(last, "who") ? json_object_get(last, "who") : json_null(),
                                "at", json_object_get(last, "at") ? json_object_get(last, "at") : json_null(),
                                "needs_review", stale_last, "decisions", mine);
        json_object_set_new(it, "decision", rev);
        reviewed += !stale_last;
        to_review += stale_last;
        const char *s = status ? status : "";
        counts[0] += !strcmp(s, "covered");
        counts[1] += !strcmp(s, "partial");
        counts[2] += !strcmp(s, "missing");
    }
    json_object_set_new(report, "review_summary",
                        json_pack("{s:I,s:I,s:I,s:I,s:I,s:I}", "reviewed", (json_int_t)reviewed, "needs_review",
                                  (json_int_t)to_review, "unmatched_decisions", (json_int_t)unmatched, "covered",
                                  (json_int_t)counts[0], "partial", (json_int_t)counts[1], "missing",
                                  (json_int_t)counts[2]));
    char *text = json_dumps(report, (pretty ? JSON_INDENT(2) : JSON_COMPACT) | JSON_PRESERVE_ORDER);
    size_t n = text ? strlen(text) : 0;
    if (text && (out = malloc(n + 2))) {
        memcpy(out, text, n);
        memcpy(out + n, "\n", 2);  /* one line, as the CLI writes a report */
    }
    free(text);
    if (!out)
        snprintf(err, errsize, "out of memory");
done:
    json_decref(report);
    json_decref(dec);
    return out;
}
