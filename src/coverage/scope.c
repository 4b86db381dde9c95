/*
 * Which upper tasks apply to a lower plan's issuer: tasks that name it as
 * lead or support (directly or by an abbreviation), tasks given to a
 * collective that includes it ("Các Sở, ban, ngành" includes every Sở; the
 * rules file's map coverage.collectives says who each collective stands
 * for; a post heading one, "Trưởng các phòng, đơn vị", stands for it too:
 * list coverage.posts), and tasks that name no lead (at most the bodies
 * that support). The upper plan's unit names are folded once, when the
 * index is built; a lower plan costs one folding of its issuer and string
 * comparisons.
 */
#include <stdint.h>
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

/* True when the folded `name` starts with the folded `prefix` at a word boundary. */
static bool starts_words(const char *name, const char *prefix) {
    size_t n = strlen(prefix);
    return n && !strncmp(name, prefix, n) && (name[n] == ' ' || !name[n]);
}

/* Marks u as a collective when it begins with one of coverage.collectives,
 * gathering the members of every such entry. */
static bool find_collective(const vnplan_coverage_index *idx, cov_unit *u) {
    /* "Trưởng các phòng, đơn vị": the post that heads them stands for the collective */
    const char *name = u->folded;
    const char *const *posts;
    size_t n_posts = vnplan_rules_list(idx->rules, "coverage.posts", &posts);
    for (size_t i = 0; i < n_posts; i++) {
        char *post = cov_fold_name(&idx->lexicon, posts[i], NULL);
        if (!post)
            return false;
        bool is = starts_words(name, post) && name[strlen(post)];
        size_t len = strlen(post);
        free(post);
        if (is) {
            name += len + 1;
            break;
        }
    }
    const char *const *keys, *const *values;
    size_t n = vnplan_rules_map(idx->rules, "coverage.collectives", &keys, &values);
    for (size_t i = 0; i < n; i++) {
        char *key = cov_fold_name(&idx->lexicon, keys[i], NULL);
        if (!key)
            return false;
        bool is = starts_words(name, key);
        free(key);
        if (!is)
            continue;
        u->collective = true;
        for (const char *v = values[i]; *v;) {
            size_t len = strcspn(v, "|");
            char *member = strndup(v, len);
            char *m = member ? cov_fold_name(&idx->lexicon, member, NULL) : NULL;
            bool star = member && strchr(member, '*');
            free(member);
            if (!m)
                return false;
            if (star) {
                u->everyone = true;
                free(m);
            } else if (*m) {
                char **grown = realloc(u->members, (u->n_members + 1) * sizeof *grown);
                if (!grown) {
                    free(m);
                    return false;
                }
                u->members = grown;
                u->members[u->n_members++] = m;
            } else {
                free(m);
            }
            v += len;
            v += strspn(v, "|");
        }
    }
    return true;
}

static bool build_list(const vnplan_coverage_index *idx, const json_t *list, cov_unit **out, size_t *n_out) {
    size_t n = json_array_size(list);
    *n_out = 0;
    *out = n ? calloc(n, sizeof **out) : NULL;
    if (n && !*out)
        return false;
    for (size_t i = 0; i < n; i++) {
        cov_unit *u = &(*out)[i];
        u->name = json_string_value(json_array_get(list, i));
        u->folded = cov_fold_name(&idx->lexicon, u->name ? u->name : "", &u->expanded);
        *n_out = i + 1;
        if (!u->folded || !find_collective(idx, u))
            return false;
    }
    return true;
}

/* "chủ trì, phối hợp với các sở, ban, ngành ..." in a task's text when the extraction found no
 * support unit: the collective that the text names after "phối hợp (với)", as a support unit
 * (a department answers the tasks it supports as a member of "các sở, ban, ngành"). */
static json_t *support_in_text(const vnplan_coverage_index *idx, const char *text) {
    const char *const *keys, *const *values, *const *verbs;
    size_t n = vnplan_rules_map(idx->rules, "coverage.collectives", &keys, &values);
    size_t n_verbs = vnplan_rules_list(idx->rules, "coverage.support_verbs", &verbs);
    char *folded = text ? cov_fold_name(&idx->lexicon, text, NULL) : NULL;
    json_t *found = NULL;
    for (size_t v = 0; folded && v < n_verbs && !found; v++) {
        char *verb = cov_fold_name(&idx->lexicon, verbs[v], NULL);
        const char *at = verb && *verb ? strstr(folded, verb) : NULL;
        if (at && (at == folded || at[-1] == ' ')) {
            at += strlen(verb);
            while (*at == ' ')
                at++;
            for (size_t i = 0; i < n && !found; i++) {
                char *key = cov_fold_name(&idx->lexicon, keys[i], NULL);
                if (key && *key && starts_words(at, key)) {
                    found = json_array();
                    json_array_append_new(found, json_string(keys[i]));
                }
                free(key);
            }
        }
        free(verb);
    }
    free(folded);
    return found;
}

bool cov_units_build(vnplan_coverage_index *idx) {
    const json_t *tasks = json_object_get(idx->plan, "tasks");
    idx->units = calloc(idx->n_docs ? idx->n_docs : 1, sizeof *idx->units);
    if (!idx->units)
        return false;
    for (size_t i = 0; i < idx->n_docs; i++) {
        const json_t *t = json_array_get(tasks, i);
        cov_task_units *tu = &idx->units[i];
        /* A table whose only unit column is the implementer's ("Trách nhiệm
         * thực hiện"): those units carry the task, so they scope it as a lead would. */
        const json_t *lead = json_object_get(t, "lead");
        if (!json_array_size(lead))
            lead = json_object_get(t, "implementer");
        json_t *support = json_object_get(t, "support"), *implied = NULL;
        if (!json_array_size(support) && json_array_size(lead) && !(idx->off & COV_OFF_TWINS))
            support = implied = support_in_text(idx, json_string_value(json_object_get(t, "text")));
        tu->implied = implied;   /* the units' names point into it */
        bool ok = build_list(idx, lead, &tu->lead, &tu->n_lead) && build_list(idx, support, &tu->support, &tu->n_support);
        if (!ok)
            return false;
    }
    return true;
}

static void free_list(cov_unit *list, size_t n) {
    for (size_t i = 0; i < n; i++) {
        free(list[i].folded);
        for (size_t k = 0; k < list[i].n_members; k++)
            free(list[i].members[k]);
        free(list[i].members);
    }
    free(list);
}

void cov_units_free(vnplan_coverage_index *idx) {
    for (size_t i = 0; idx->units && i < idx->n_docs; i++) {
        free_list(idx->units[i].lead, idx->units[i].n_lead);
        free_list(idx->units[i].support, idx->units[i].n_support);
        json_decref(idx->units[i].implied);
    }
    free(idx->units);
    idx->units = NULL;
}

static bool names(const cov_unit *u, const char *issuer) {
    return *u->folded && (!strcmp(u->folded, issuer) || same_but_place(u->folded, issuer) ||
                          same_but_place(issuer, u->folded));
}

static bool includes(const cov_unit *u, const char *issuer) {
    if (!u->collective)
        return false;
    if (u->everyone)
        return true;
    for (size_t k = 0; issuer && k < u->n_members; k++)
        if (starts_words(issuer, u->members[k]))
            return true;
    return false;
}

static bool scope_by_list(const cov_unit *list, size_t n, const char *role, const char *issuer, bool issuer_expanded,
                          cov_scope *out) {
    for (size_t i = 0; issuer && i < n; i++)
        if (!list[i].collective && names(&list[i], issuer)) {
            out->rule = list[i].expanded || issuer_expanded ? "abbreviation" : role;
            out->unit = list[i].name;
            out->role = role;
            return true;
        }
    for (size_t i = 0; i < n; i++)
        if (includes(&list[i], issuer)) {
            out->rule = "collective";
            out->unit = list[i].name;
            out->role = role;
            return true;
        }
    return false;
}

bool cov_scope_tasks(const vnplan_coverage_index *idx, const char *issuer, bool all, cov_scope *out) {
    bool expanded = false;
    char *who = issuer ? cov_fold_name(&idx->lexicon, issuer, &expanded) : NULL;
    if (issuer && !who)
        return false;
    for (size_t i = 0; i < idx->n_docs; i++) {
        cov_scope *s = &out[i];
        memset(s, 0, sizeof *s);
        const cov_task_units *tu = &idx->units[i];
        if (scope_by_list(tu->lead, tu->n_lead, "lead", who, expanded, s) ||
            scope_by_list(tu->support, tu->n_support, "support", who, expanded, s))
            continue;
        /* No lead: the task is the province's to do, whoever supports it
         * ("Chủ động phối hợp với Trung tâm Dữ liệu quốc gia ..."). */
        if (!tu->n_lead)
            s->rule = "unassigned";
        else if (all)
            s->rule = "all";
    }
    free(who);
    return true;
}
