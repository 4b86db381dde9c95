/*
 * Which upper tasks apply to a lower plan's issuer: tasks that name it as
 * lead or support (directly or by an abbreviation), tasks given to a
 * collective that includes it ("Các Sở, ban, ngành" includes every Sở; the
 * rules file's map coverage.collectives says who each collective stands
 * for), and tasks assigned to nobody.
 */
#include <stdlib.h>
#include <string.h>

#include "coverage/coverage_internal.h"
#include "extract/plan_internal.h"

/* Words that may follow a body's name to say where it is ("Sở Nội vụ tỉnh
 * Lạng Sơn"): a name and the same name followed by one of them are the same
 * body. */
static const char *const place_words[] = {"tinh", "thanh pho", "tp", "huyen", "quan", "thi xa", "xa", "phuong", NULL};

/* True when `longer` is `shorter` followed by a place. */
static bool same_but_place(const char *shorter, const char *longer) {
    size_t n = strlen(shorter);
    if (!n || strncmp(shorter, longer, n) || longer[n] != ' ')
        return false;
    const char *rest = longer + n + 1;
    for (int i = 0; place_words[i]; i++) {
        size_t m = strlen(place_words[i]);
        if (!strncmp(rest, place_words[i], m) && (rest[m] == ' ' || !rest[m]))
            return true;
    }
    return false;
}

bool cov_unit_names(const vnplan_coverage_index *idx, const char *unit, const char *issuer, bool *by_abbreviation) {
    bool exp_u = false, exp_i = false;
    char *a = cov_fold_name(&idx->lexicon, unit, &exp_u);
    char *b = cov_fold_name(&idx->lexicon, issuer, &exp_i);
    bool same = a && b && *a && (!strcmp(a, b) || same_but_place(a, b) || same_but_place(b, a));
    if (by_abbreviation)
        *by_abbreviation = same && (exp_u || exp_i);
    free(a);
    free(b);
    return same;
}

/* True when the folded `name` starts with the folded `prefix` at a word boundary. */
static bool starts_words(const char *name, const char *prefix) {
    size_t n = strlen(prefix);
    return n && !strncmp(name, prefix, n) && (name[n] == ' ' || !name[n]);
}

/* True when `unit` is a collective that includes `issuer` (NULL: unknown,
 * included only by collectives meant for every body). */
static bool collective_includes(const vnplan_coverage_index *idx, const char *unit, const char *issuer) {
    const char *const *keys, *const *values;
    size_t n = vnplan_rules_map(idx->rules, "coverage.collectives", &keys, &values);
    char *name = cov_fold_name(&idx->lexicon, unit, NULL);
    char *who = issuer ? cov_fold_name(&idx->lexicon, issuer, NULL) : NULL;
    bool yes = false;
    for (size_t i = 0; name && i < n && !yes; i++) {
        char *key = cov_fold_name(&idx->lexicon, keys[i], NULL);
        bool is = key && starts_words(name, key);
        free(key);
        if (!is)
            continue;
        /* values: member name beginnings separated by '|', or '*' for all */
        const char *v = values[i];
        while (*v && !yes) {
            size_t len = strcspn(v, "|");
            char *member = strndup(v, len);
            char *m = member ? cov_fold_name(&idx->lexicon, member, NULL) : NULL;
            if (m && !strcmp(m, "") && strchr(member, '*'))
                yes = true;
            else if (m && who && starts_words(who, m))
                yes = true;
            free(m);
            free(member);
            v += len;
            v += strspn(v, "|");
        }
    }
    free(name);
    free(who);
    return yes;
}

static bool scope_by_list(const vnplan_coverage_index *idx, const json_t *list, const char *role, const char *issuer,
                          cov_scope *out) {
    size_t i;
    const json_t *u;
    json_array_foreach(list, i, u) {
        const char *name = json_string_value(u);
        bool abbr = false;
        if (issuer && cov_unit_names(idx, name, issuer, &abbr)) {
            out->rule = abbr ? "abbreviation" : role;
            out->unit = name;
            out->role = role;
            return true;
        }
    }
    json_array_foreach(list, i, u) {
        const char *name = json_string_value(u);
        if (collective_includes(idx, name, issuer)) {
            out->rule = "collective";
            out->unit = name;
            out->role = role;
            return true;
        }
    }
    return false;
}

void cov_scope_tasks(const vnplan_coverage_index *idx, const char *issuer, bool all, cov_scope *out) {
    const json_t *tasks = json_object_get(idx->plan, "tasks");
    for (size_t i = 0; i < idx->n_docs; i++) {
        cov_scope *s = &out[i];
        memset(s, 0, sizeof *s);
        const json_t *t = json_array_get(tasks, i);
        const json_t *lead = json_object_get(t, "lead"), *support = json_object_get(t, "support");
        if (scope_by_list(idx, lead, "lead", issuer, s) || scope_by_list(idx, support, "support", issuer, s))
            continue;
        if (!json_array_size(lead) && !json_array_size(support))
            s->rule = "unassigned";
        else if (all)
            s->rule = "all";
    }
}
