/*
 * Sanity findings about a pair of plans, before anyone reads the scores: a
 * lower plan with no task, plans that look given in the wrong order, plans of
 * two provinces, a lower plan issued before the plan it answers, and a lower
 * plan that does not cite the upper one. Each is a finding of its own kind
 * (docs/coverage.schema.json) with a one-line message; the CLI also prints it
 * on stderr. Names and document numbers are compared folded with
 * abbreviations expanded ("UBND tỉnh" = "ỦY BAN NHÂN DÂN TỈNH"); a check
 * whose facts a plan does not give (no number, a date without its day) is
 * skipped, never guessed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coverage/coverage_internal.h"
#include "extract/plan_internal.h"
#include "vnplan/text.h"

/* A finding: its English message, and for the reports' own words (the
 * labels of src/output) the reason and the values the message quotes. */
static bool add(json_t *findings, const char *kind, size_t lower, const char *message, const char *reason,
                const char *arg1, const char *arg2) {
    json_t *f = json_object(), *args = json_array();
    if (!f || !args || (arg1 && json_array_append_new(args, json_string(arg1))) ||
        (arg2 && json_array_append_new(args, json_string(arg2))) ||
        json_object_set_new(f, "kind", json_string(kind)) ||
        json_object_set_new(f, "lower", json_integer((json_int_t)lower)) ||
        json_object_set_new(f, "message", json_string(message)) ||
        json_object_set_new(f, "reason", json_string(reason)) || json_object_set_new(f, "args", args) ||
        json_array_append_new(findings, f)) {
        json_decref(f);
        return false;
    }
    return true;
}

/* True when both names are given and are the same name, folded and expanded;
 * *ok becomes false when out of memory. */
static bool same_name(const cov_lexicon *lx, const char *a, const char *b, bool *ok) {
    if (!a || !b || !*a || !*b)
        return false;
    bool ea, eb;
    char *fa = cov_fold_name(lx, a, &ea), *fb = cov_fold_name(lx, b, &eb);
    if (!fa || !fb)
        *ok = false;
    bool same = fa && fb && *fa && strcmp(fa, fb) == 0;
    free(fa);
    free(fb);
    return same;
}

/* The folded letters and digits of a document number ("12/KH-UBND" ->
 * "12khubnd", "Số 12/KH-ƯBND" spelled otherwise alike), malloc'ed. */
static char *number_key(const char *s) {
    vnplan_key k;
    if (!s || vnplan_text_key(s, strlen(s), VNPLAN_KEY_FOLDED, &k) != VNPLAN_OK)
        return NULL;
    free(k.to_display);
    size_t n = 0;
    for (size_t i = 0; k.text[i]; i++)
        if ((k.text[i] >= 'a' && k.text[i] <= 'z') || (k.text[i] >= '0' && k.text[i] <= '9'))
            k.text[n++] = k.text[i];
    k.text[n] = '\0';
    return k.text;
}

/* True when both document numbers are given and are the same number. */
static bool same_number(const char *a, const char *b) {
    char *ka = number_key(a), *kb = number_key(b);
    bool same = ka && kb && *ka && strcmp(ka, kb) == 0;
    free(ka);
    free(kb);
    return same;
}

/* The plan's number as it is cited ("105/KH-UBND") in buf, or false when
 * its number is blank (a draft, a plan without a number). */
static bool own_number(const json_t *md, char *buf, size_t size) {
    const char *number = vn_json_str(md, "number"), *symbol = vn_json_str(md, "symbol");
    if (!number || !*number || !symbol || !*symbol)
        return false;
    int n = snprintf(buf, size, "%s/%s", number, symbol);
    return n > 0 && (size_t)n < size;
}

/* True when the plan `md` cites the document numbered `number`. */
static bool cites(const json_t *md, const char *number) {
    size_t i;
    const json_t *ref;
    json_array_foreach(json_object_get(md, "references"), i, ref)
        if (same_number(vn_json_str(ref, "number"), number))
            return true;
    return false;
}

/* The province named in the issuer or its parent body (rule coverage.province),
 * as written, malloc'ed; NULL when none. */
static char *province_of(const vnplan_coverage_index *idx, const json_t *md) {
    const char *names[] = {vn_json_str(md, "issuer"), vn_json_str(md, "parent_issuer")};
    for (size_t i = 0; i < 2; i++) {
        vn_match m;
        const char *p;
        size_t n;
        if (names[i] && vn_rule_match(idx->rules, "coverage.province", names[i], strlen(names[i]), 0, &m) &&
            vn_match_group(&m, "province", &p, &n))
            return strndup(p, n);
    }
    return NULL;
}

/* -1, 0 or 1 as date a is before, not comparable with or after b, compared
 * to the precision both give ("2026-02" against "2026-02-10" is 0). */
static int date_order(const char *a, const char *b) {
    if (!a || !b)
        return 0;
    size_t la = strlen(a), lb = strlen(b), n = la < lb ? la : lb;
    if (n < 4)
        return 0;
    int c = strncmp(a, b, n);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

bool cov_sanity(const vnplan_coverage_index *idx, const json_t *lower_plan, size_t lower, size_t n_lower_tasks,
                json_t *findings) {
    const json_t *up = json_object_get(idx->plan, "metadata"), *low = json_object_get(lower_plan, "metadata");
    const cov_lexicon *lx = &idx->lexicon;
    char msg[512], up_number[200], low_number[200];
    bool have_up = own_number(up, up_number, sizeof up_number),
         have_low = own_number(low, low_number, sizeof low_number);
    const char *low_issuer = vn_json_str(low, "issuer");
    bool ok = true;

    if (n_lower_tasks == 0)
        ok = ok && add(findings, "no_tasks", lower,
                       "the lower plan has no task that could answer the upper plan's (is it a plan? is it the "
                       "whole document?)",
                       "no_tasks", NULL, NULL);

    if (same_name(lx, low_issuer, vn_json_str(up, "parent_issuer"), &ok)) {
        snprintf(msg, sizeof msg, "the plans look swapped: the lower plan's issuer (%s) is the upper plan's parent body",
                 low_issuer);
        ok = ok && add(findings, "swapped", lower, msg, "issuer_is_parent", low_issuer, NULL);
    } else if (have_low && cites(up, low_number)) {
        snprintf(msg, sizeof msg, "the plans look swapped: the upper plan cites the lower plan (%s)", low_number);
        ok = ok && add(findings, "swapped", lower, msg, "upper_cites_lower", low_number, NULL);
    }

    char *pu = province_of(idx, up), *pl = province_of(idx, low);
    if (pu && pl && !same_name(lx, pu, pl, &ok) && ok) {
        snprintf(msg, sizeof msg, "the plans are of two provinces (%s, %s)", pu, pl);
        ok = ok && add(findings, "other_province", lower, msg, "two_provinces", pu, pl);
    }
    free(pu);
    free(pl);

    const char *up_date = vn_json_str(up, "date"), *low_date = vn_json_str(low, "date");
    if (date_order(low_date, up_date) < 0) {
        snprintf(msg, sizeof msg, "the lower plan (%s) was issued before the upper plan (%s)", low_date, up_date);
        ok = ok && add(findings, "issued_before", lower, msg, "issued_before", low_date, up_date);
    }

    if (have_up && !cites(low, up_number)) {
        snprintf(msg, sizeof msg, "the lower plan does not cite the upper plan (%s)", up_number);
        ok = ok && add(findings, "not_cited", lower, msg, "not_cited", up_number, NULL);
    }
    return ok;
}
