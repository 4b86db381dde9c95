/*
 * vnplan_coverage_compare: every lower plan against the indexed upper plan,
 * one at a time (so the cost is one comparison per lower plan), gathered
 * into one report (docs/coverage.schema.json).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "coverage/coverage_internal.h"
#include "extract/plan_internal.h"
#include "util/json_tree.h"
#include "util/ctx.h"

typedef struct top_match {
    size_t lower, task;
    double score;
    cov_adjust adj;        /* what structure changed (structure.c) */
    json_t *lower_task;    /* {id, text, source} */
    json_t *evidence;      /* {terms, spans} */
} top_match;

typedef struct item_state {
    cov_scope scope;       /* from the first lower plan that has the task in scope */
    top_match top[COV_MAX_TOP];
    unsigned n_top;
    json_t *by_lower;      /* [{lower, status, score, best}] */
    const char *twin;      /* the upper task's twin that brought it into scope, or NULL */
    double share;          /* the largest share of the task's weight one lower plan's matches hold */
} item_state;

typedef struct counts {
    size_t in_scope, covered, partial, missing;
} counts;

/* Covered needs a good best match and most of the upper task answered by
 * its matches together; a good match of one part of it is partial. */
static const char *status_of(double score, double share, const vnplan_coverage_options *o) {
    return score >= o->covered && share >= o->covered_share ? "covered"
           : score >= o->partial                            ? "partial"
                                                            : "missing";
}

static void count_status(counts *c, const char *status) {
    c->in_scope++;
    if (!strcmp(status, "covered"))
        c->covered++;
    else if (!strcmp(status, "partial"))
        c->partial++;
    else
        c->missing++;
}

/* Rounded to 4 decimals, so reports do not change with the last bits of a sum. */
static json_t *score_json(double s) {
    return json_real(round(s * 10000) / 10000);
}

static json_t *task_ref(const cov_doc *d, const char *source) {
    json_t *t = json_object();
    json_object_set_new(t, "id", json_string(d->id));
    json_object_set_new(t, "text", json_string(d->text));
    json_object_set_new(t, "source", source ? json_string(source) : json_null());
    return t;
}

static void offer(item_state *it, unsigned top, size_t lower, size_t task, double score, const cov_adjust *adj,
                  const cov_doc *upper, const cov_doc *lower_doc, const char *source, const cov_vocab *vocab) {
    if (score <= 0 || (it->n_top == top && score <= it->top[top - 1].score))
        return;
    unsigned at = it->n_top < top ? it->n_top++ : top - 1;
    json_decref(it->top[at].lower_task);
    json_decref(it->top[at].evidence);
    while (at > 0 && it->top[at - 1].score < score) {
        it->top[at] = it->top[at - 1];
        at--;
    }
    it->top[at].lower = lower;
    it->top[at].task = task;
    it->top[at].score = score;
    it->top[at].adj = *adj;
    it->top[at].lower_task = task_ref(lower_doc, source);
    it->top[at].evidence = cov_evidence(upper, lower_doc, vocab);
}

static json_t *summary_json(const counts *c) {
    json_t *s = json_object();
    json_object_set_new(s, "in_scope", json_integer((json_int_t)c->in_scope));
    json_object_set_new(s, "covered", json_integer((json_int_t)c->covered));
    json_object_set_new(s, "partial", json_integer((json_int_t)c->partial));
    json_object_set_new(s, "missing", json_integer((json_int_t)c->missing));
    return s;
}

/* True when a task of the plan comes from section `id` ("II.1", its "II.1#2", "II.1/1.3"). */
static bool has_task_of(const json_t *tasks, const char *id) {
    size_t i, n = strlen(id);
    json_t *t;
    json_array_foreach(tasks, i, t) {
        const char *tid = vn_json_str(t, "id");
        if (tid && !strncmp(tid, id, n) && (!tid[n] || tid[n] == '#' || tid[n] == '/' || tid[n] == '.'))
            return true;
    }
    return false;
}

static void unread_walk(const json_t *sections, const json_t *tasks, json_t *out) {
    size_t i;
    json_t *s;
    json_array_foreach(sections, i, s) {
        const char *id = vn_json_str(s, "id");
        if (id && !has_task_of(tasks, id)) {
            json_t *x = json_object();
            json_object_set_new(x, "id", json_string(id));
            json_object_set_new(x, "heading", json_string(vn_json_str(s, "heading") ? vn_json_str(s, "heading") : ""));
            json_array_append_new(out, x);
            continue;   /* its children gave no task either */
        }
        unread_walk(json_object_get(s, "children"), tasks, out);
    }
}

/* What the report could not read in a plan: the sections that gave no task (an introduction,
 * "MỤC ĐÍCH, YÊU CẦU", a part the rules do not read as tasks), so a reviewer knows what was not
 * compared; and the plan's warnings (unmapped appendix columns among them). */
static json_t *unread_json(const json_t *plan, const char *which, size_t lower) {
    json_t *u = json_object(), *secs = json_array();
    json_object_set_new(u, "plan", json_string(which));
    json_object_set_new(u, "lower", !strcmp(which, "lower") ? json_integer((json_int_t)lower) : json_null());
    unread_walk(json_object_get(plan, "sections"), json_object_get(plan, "tasks"), secs);
    json_object_set_new(u, "sections", secs);
    json_t *w = json_object_get(plan, "warnings");
    json_object_set_new(u, "warnings", json_is_array(w) ? json_deep_copy(w) : json_array());
    return u;
}

/* One lower plan: scope, scores, matches, extras, deadlines. */
static bool compare_one(const vnplan_coverage_index *idx, const json_t *plan, size_t k,
                        const vnplan_coverage_options *o, item_state *items, cov_scope *scope, json_t *lower_out,
                        json_t *extra, json_t *findings, json_t *lower_tasks, json_t *unread) {
    const json_t *md = json_object_get(plan, "metadata");
    const char *issuer = o->unit ? o->unit : vn_json_str(md, "issuer");
    const char *source = vn_json_str(json_object_get(plan, "source"), "path");
    cov_lexicon lx;
    cov_vocab vocab;
    cov_vocab_init(&vocab, &idx->vocab);
    cov_doc *docs = NULL;
    size_t n = 0;
    double *scores = NULL, *share = NULL, *idf = NULL;
    cov_adjust *adj = NULL;
    bool ok = cov_scope_tasks(idx, issuer, o->all, scope) && cov_lexicon_copy(&lx, &idx->lexicon) &&
              cov_lexicon_add_plan(&lx, plan) &&
              cov_docs_from_plan(plan, &lx, &vocab, &docs, &n);
    if (ok && n && idx->n_docs > (SIZE_MAX / sizeof *scores - 1) / n)
        ok = false;   /* beyond any limit: vnplan_coverage_add checks it first */
    if (ok) {
        scores = malloc((idx->n_docs * n + 1) * sizeof *scores);
        share = malloc((idx->n_docs + 1) * sizeof *share);
        adj = malloc((idx->n_docs * n + 1) * sizeof *adj);
        ok = scores && share && adj && cov_score(idx, docs, n, &vocab, o, scores, share, &idf) &&
             cov_structure(idx, docs, n, scope, idf, o, scores, adj);
    }
    counts c = {0};
    json_t **credited = ok ? calloc(n ? n : 1, sizeof *credited) : NULL;
    ok = ok && credited;
    for (size_t u = 0; ok && u < idx->n_docs; u++) {
        if (!scope[u].rule)
            continue;
        item_state *it = &items[u];
        if (!it->scope.rule)
            it->scope = scope[u];
        double best = 0;
        size_t best_l = 0;
        for (size_t l = 0; l < n; l++) {
            double s = scores[u * n + l];
            offer(it, o->top, k, l, s, &adj[u * n + l], &idx->docs[u], &docs[l], source, &vocab);
            if (s > best)
                best = s, best_l = l;
        }
        const char *status = status_of(best, share[u], o);
        count_status(&c, status);
        if (strcmp(status, "missing") && best > 0) {   /* the lower task this plan is credited by */
            if (!credited[best_l])
                credited[best_l] = json_array();
            json_array_append_new(credited[best_l], json_string(idx->docs[u].id));
        }
        if (share[u] > it->share)
            it->share = share[u];
        json_t *b = json_object();
        json_object_set_new(b, "lower", json_integer((json_int_t)k));
        json_object_set_new(b, "status", json_string(status));
        json_object_set_new(b, "score", score_json(best));
        json_object_set_new(b, "best", best > 0 ? json_string(docs[best_l].id) : json_null());
        if (!it->by_lower)
            it->by_lower = json_array();
        json_array_append_new(it->by_lower, b);
    }
    /* Lower tasks that answer no upper task (in scope or not). */
    size_t n_extra = 0;
    for (size_t l = 0; ok && l < n; l++) {
        double best = 0;
        size_t best_u = 0;
        for (size_t u = 0; u < idx->n_docs; u++)
            if (scores[u * n + l] > best)
                best = scores[u * n + l], best_u = u;
        json_t *v = json_object();
        json_object_set_new(v, "lower", json_integer((json_int_t)k));
        json_object_set_new(v, "id", json_string(docs[l].id));
        json_object_set_new(v, "credited", credited[l] ? credited[l] : json_array());
        credited[l] = NULL;
        json_object_set_new(v, "best_upper", best > 0 ? json_string(idx->docs[best_u].id) : json_null());
        json_object_set_new(v, "score", score_json(best));
        json_array_append_new(lower_tasks, v);
        if (best >= o->partial)
            continue;
        json_t *x = json_object();
        json_object_set_new(x, "lower_task", task_ref(&docs[l], source));
        json_object_set_new(x, "lower", json_integer((json_int_t)k));
        json_object_set_new(x, "best_upper", best > 0 ? json_string(idx->docs[best_u].id) : json_null());
        json_object_set_new(x, "score", score_json(best));
        json_array_append_new(extra, x);
        n_extra++;
    }
    if (ok)
        ok = cov_sanity(idx, plan, k, n, findings);
    if (ok)
        cov_deadlines(idx, scope, plan, k, findings);
    json_t *entry = json_object();
    json_object_set(entry, "source", json_object_get(plan, "source"));
    json_object_set(entry, "metadata", (json_t *)md);
    json_object_set_new(entry, "unit", issuer ? json_string(issuer) : json_null());
    json_object_set_new(entry, "unit_from", json_string(o->unit ? "option" : issuer ? "metadata" : "unknown"));
    json_object_set_new(entry, "tasks", json_integer((json_int_t)n));
    json_t *sum = summary_json(&c);
    json_object_set_new(sum, "extra", json_integer((json_int_t)n_extra));
    json_object_set_new(entry, "summary", sum);
    json_array_append_new(lower_out, entry);
    for (size_t l = 0; credited && l < n; l++)
        json_decref(credited[l]);
    free(credited);
    if (ok)
        json_array_append_new(unread, unread_json(plan, "lower", k));
    free(scores);
    free(share);
    free(idf);
    free(adj);
    cov_docs_free(docs, n);
    cov_lexicon_free(&lx);
    cov_vocab_free(&vocab);
    return ok;
}

/* What structure did to a match (structure.c), for the report: null when nothing. */
static json_t *adjusted_json(const vnplan_coverage_index *idx, size_t u, const top_match *m) {
    const cov_adjust *a = &m->adj;
    if (!a->flags)
        return json_null();
    json_t *j = json_object();
    const char *code = (a->flags & COV_ADJ_CITED)     ? "cited"
                       : (a->flags & COV_ADJ_DEMOTED) ? "demoted"
                                                      : "rescued";
    json_object_set_new(j, "code", json_string(code));
    json_object_set_new(j, "from", score_json(a->raw));
    if (a->flags & COV_ADJ_CITED)
        json_object_set_new(j, "document", json_string(idx->docs[u].cites[a->cite]));
    if (a->flags & COV_ADJ_DEMOTED) {
        json_object_set_new(j, "neighbour", json_string(idx->docs[a->neighbour].id));
        json_t *obj = json_array();
        for (int k = 0; k < 2; k++)
            if (a->object[k] >= 0)
                json_array_append_new(obj, json_string(cov_vocab_name(&idx->vocab, a->object[k])));
        json_object_set_new(j, "object", obj);
    }
    return j;
}

/* How sure the status is, 0..1: the distance of the best score (and of the share, for covered)
 * from the nearest threshold, a tenth away or more being sure; a match structure changed is
 * doubtful (at most 0.3), one both plans cite a document for is sure (at least 0.8). */
static double confidence_of(double score, double share, const char *status, unsigned flags,
                            const vnplan_coverage_options *o) {
    double d = fabs(score - o->partial);
    if (fabs(score - o->covered) < d)
        d = fabs(score - o->covered);
    if (!strcmp(status, "covered") && fabs(share - o->covered_share) < d)
        d = fabs(share - o->covered_share);
    if (score >= o->covered && !strcmp(status, "partial") && fabs(share - o->covered_share) < d)
        d = fabs(share - o->covered_share);
    double c = d / 0.10;
    if (c > 1)
        c = 1;
    if (flags & (COV_ADJ_RESCUED | COV_ADJ_DEMOTED))
        c = c < 0.3 ? c : 0.3;
    if ((flags & COV_ADJ_CITED) && c < 0.8)
        c = 0.8;
    return c;
}

static json_t *item_json(const vnplan_coverage_index *idx, size_t u, item_state *it,
                         const vnplan_coverage_options *o, size_t n_lower, const char **status_out) {
    const cov_doc *d = &idx->docs[u];
    json_t *item = json_object(), *ut = json_object(), *sc = json_object(), *matches = json_array();
    json_object_set_new(ut, "id", json_string(d->id));
    json_object_set_new(ut, "text", json_string(d->text));
    json_object_set_new(ut, "area", d->area ? json_string(d->area) : json_null());
    json_t *lead = json_array();
    for (size_t i = 0; lead && idx->units && i < idx->units[u].n_lead; i++)
        json_array_append_new(lead, json_string(idx->units[u].lead[i].name));
    json_object_set_new(ut, "lead", lead);
    json_object_set_new(item, "upper_task", ut);
    json_object_set_new(sc, "rule", json_string(it->scope.rule));
    json_object_set_new(sc, "unit", it->scope.unit ? json_string(it->scope.unit) : json_null());
    json_object_set_new(sc, "role", it->scope.role ? json_string(it->scope.role) : json_null());
    json_object_set_new(item, "scope", sc);
    if (idx->twin && idx->twin[u] != SIZE_MAX)
        json_object_set_new(item, "twin", json_string(idx->docs[idx->twin[u]].id));
    double best = it->n_top ? it->top[0].score : 0;
    *status_out = status_of(best, it->share, o);
    json_object_set_new(item, "status", json_string(*status_out));
    json_object_set_new(item, "score", score_json(best));
    json_object_set_new(item, "share", score_json(it->share));
    /* Why the status is what it is, and how sure: a reviewer reads the doubtful rows first. */
    unsigned flags = it->n_top ? it->top[0].adj.flags : 0;
    double conf = confidence_of(best, it->share, *status_out, flags, o);
    json_t *reasons = json_array();
    if (best >= o->covered && it->share < o->covered_share) {
        json_t *r = json_object();
        json_object_set_new(r, "code", json_string("share"));
        json_object_set_new(r, "share", score_json(it->share));
        json_object_set_new(r, "threshold", score_json(o->covered_share));
        json_array_append_new(reasons, r);
    }
    if (flags) {
        json_t *r = adjusted_json(idx, u, &it->top[0]);
        json_object_set_new(r, "lower_task", json_string(json_string_value(json_object_get(it->top[0].lower_task, "id"))));
        json_array_append_new(reasons, r);
    }
    if (conf < 0.5 && !json_array_size(reasons) && best > 0) {
        json_t *r = json_object();
        json_object_set_new(r, "code", json_string("near_threshold"));
        json_array_append_new(reasons, r);
    }
    json_object_set_new(item, "confidence", score_json(conf));
    json_object_set_new(item, "to_review", json_boolean(conf < 0.5 || (flags & (COV_ADJ_RESCUED | COV_ADJ_DEMOTED))));
    json_object_set_new(item, "reasons", reasons);
    for (unsigned i = 0; i < it->n_top; i++) {
        json_t *m = json_object();
        json_object_set_new(m, "adjusted", adjusted_json(idx, u, &it->top[i]));
        json_object_set_new(m, "lower_task", it->top[i].lower_task);
        json_object_set_new(m, "lower", json_integer((json_int_t)it->top[i].lower));
        json_object_set_new(m, "score", score_json(it->top[i].score));
        json_object_set(m, "terms", json_object_get(it->top[i].evidence, "terms"));
        json_object_set(m, "spans", json_object_get(it->top[i].evidence, "spans"));
        json_decref(it->top[i].evidence);
        it->top[i].lower_task = it->top[i].evidence = NULL;
        json_array_append_new(matches, m);
    }
    json_object_set_new(item, "matches", matches);
    if (n_lower > 1 && it->by_lower)
        json_object_set(item, "by_lower", it->by_lower);
    return item;
}

static json_t *options_json(const vnplan_coverage_options *o) {
    json_t *j = json_object();
    json_object_set_new(j, "scope", json_string(o->all ? "all" : "issuer"));
    json_object_set_new(j, "unit", o->unit ? json_string(o->unit) : json_null());
    json_object_set_new(j, "covered", score_json(o->covered));
    json_object_set_new(j, "covered_share", score_json(o->covered_share));
    json_object_set_new(j, "partial", score_json(o->partial));
    json_object_set_new(j, "area_bonus", score_json(o->area_bonus));
    json_object_set_new(j, "bigram_weight", score_json(o->bigram_weight));
    json_object_set_new(j, "top", json_integer(o->top));
    return j;
}

/* Per area of the upper plan, in the order the areas first appear. */
static json_t *areas_json(json_t *items) {
    json_t *areas = json_array();
    size_t i;
    json_t *item;
    json_array_foreach(items, i, item) {
        json_t *area = json_object_get(json_object_get(item, "upper_task"), "area");
        const char *name = json_is_string(area) ? json_string_value(area) : "";
        json_t *a = NULL, *x;
        size_t k;
        json_array_foreach(areas, k, x) {
            const char *xa = json_string_value(json_object_get(x, "area"));
            if (xa && !strcmp(xa, name))   /* NULL: left out by a failed allocation */
                a = x;
        }
        if (!a) {
            a = json_object();
            json_object_set_new(a, "area", json_string(name));
            json_object_set_new(a, "in_scope", json_integer(0));
            json_object_set_new(a, "covered", json_integer(0));
            json_object_set_new(a, "partial", json_integer(0));
            json_object_set_new(a, "missing", json_integer(0));
            json_array_append_new(areas, a);
        }
        const char *status = json_string_value(json_object_get(item, "status"));
        json_t *n = json_object_get(a, "in_scope");
        json_integer_set(n, json_integer_value(n) + 1);
        n = json_object_get(a, status);
        json_integer_set(n, json_integer_value(n) + 1);
    }
    return areas;
}

/* The caller's options (the defaults for NULL), checked; false with the
 * error recorded when their version is not one this library knows. */
static bool checked_options(vnplan_ctx *ctx, const vnplan_coverage_options *in,
                            vnplan_coverage_options *out) {
    vnplan_coverage_options o;
    vnplan_coverage_options_init(&o);
    if (in) {
        if (in->version == 0 || in->version > VNPLAN_COVERAGE_OPTIONS_VERSION) {
            vn_fail(ctx, VNPLAN_EINVAL, NULL,
                    "options->version is %u (this library reads 1 to %u): initialise the options "
                    "with vnplan_coverage_options_init",
                    in->version, (unsigned)VNPLAN_COVERAGE_OPTIONS_VERSION);
            return false;
        }
        o = *in;
    }
    if (o.top < 1)
        o.top = 1;
    if (o.top > COV_MAX_TOP)
        o.top = COV_MAX_TOP;
    *out = o;
    return true;
}

/* A comparison in progress: the item states across the lower plans seen. */
struct vnplan_coverage_run {
    const vnplan_coverage_index *idx;
    vnplan_coverage_options o;
    item_state *items;
    cov_scope *scope;      /* scratch, per lower plan */
    json_t *lower_out, *extra, *findings, *lower_tasks, *unread;
    size_t n_lower;
};

void vnplan_coverage_run_free(vnplan_coverage_run *run) {
    if (!run)
        return;
    for (size_t u = 0; run->items && u < run->idx->n_docs; u++) {
        for (unsigned i = 0; i < run->items[u].n_top; i++) {
            json_decref(run->items[u].top[i].lower_task);
            json_decref(run->items[u].top[i].evidence);
        }
        json_decref(run->items[u].by_lower);
    }
    free(run->items);
    free(run->scope);
    json_decref(run->lower_out);
    json_decref(run->extra);
    json_decref(run->findings);
    json_decref(run->lower_tasks);
    json_decref(run->unread);
    free(run);
}

vnplan_status vnplan_coverage_start(vnplan_ctx *ctx, const vnplan_coverage_index *idx,
                                    const vnplan_coverage_options *options, vnplan_coverage_run **out) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, out);
    *out = NULL;
    VN_REQUIRE_ARG(ctx, idx);
    vnplan_coverage_options o;
    if (!checked_options(ctx, options, &o))
        return VNPLAN_EINVAL;
    if (!(o.partial >= 0 && o.partial <= o.covered && o.covered <= 1) || !(o.covered_share >= 0 && o.covered_share <= 1))
        return vn_fail(ctx, VNPLAN_EINVAL, NULL,
                       "thresholds must satisfy 0 <= partial <= covered <= 1 and 0 <= covered_share <= 1");
    vnplan_coverage_run *run = calloc(1, sizeof *run);
    if (!run)
        return vn_fail_nomem(ctx);
    size_t n_up = idx->n_docs;
    run->idx = idx;
    run->o = o;
    run->items = calloc(n_up ? n_up : 1, sizeof *run->items);
    run->scope = calloc(n_up ? n_up : 1, sizeof *run->scope);
    run->lower_out = json_array();
    run->extra = json_array();
    run->findings = json_array();
    run->lower_tasks = json_array();
    run->unread = json_array();
    if (run->unread)
        json_array_append_new(run->unread, unread_json(idx->plan, "upper", 0));
    if (!run->items || !run->scope || !run->lower_out || !run->extra || !run->findings || !run->lower_tasks ||
        !run->unread) {
        vnplan_coverage_run_free(run);
        return vn_fail_nomem(ctx);
    }
    *out = run;
    return VNPLAN_OK;
}

vnplan_status vnplan_coverage_add(vnplan_ctx *ctx, vnplan_coverage_run *run, const vnplan_plan *lower) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, run);
    VN_REQUIRE_ARG(ctx, lower);
    /* Every upper task is scored against every lower task: bounded, so that
     * a plan of a million tasks fails cleanly instead of exhausting memory. */
    size_t n_up = run->idx->n_docs, n_low = json_array_size(json_object_get(lower->root, "tasks"));
    long long max_pairs = vn_limit(ctx, VNPLAN_LIMIT_COVERAGE_PAIRS);
    if (n_low && (n_up > (size_t)max_pairs / n_low))
        return vn_fail(ctx, VNPLAN_ELIMIT, NULL,
                       "%zu upper tasks against %zu lower tasks are more than %lld pairs to score "
                       "(limit max-coverage-pairs)",
                       n_up, n_low, max_pairs);
    unsigned long json_mark = vn_alloc_failures();   /* the report's mutations are unchecked */
    if (!compare_one(run->idx, lower->root, run->n_lower, &run->o, run->items, run->scope, run->lower_out,
                     run->extra, run->findings, run->lower_tasks, run->unread) ||
        vn_alloc_failures() != json_mark)
        return vn_fail_nomem(ctx);
    run->n_lower++;
    return VNPLAN_OK;
}

vnplan_status vnplan_coverage_finish(vnplan_ctx *ctx, vnplan_coverage_run *run, vnplan_coverage **out) {
    if (!ctx || !out) {
        vnplan_coverage_run_free(run);
        return vn_fail(ctx, VNPLAN_EINVAL, NULL, "%s: argument '%s' is NULL", __func__, ctx ? "out" : "ctx");
    }
    *out = NULL;
    VN_REQUIRE_ARG(ctx, run);
    const vnplan_coverage_index *idx = run->idx;
    size_t n_up = idx->n_docs;
    unsigned long json_mark = vn_alloc_failures();   /* the report's mutations are unchecked */
    json_t *root = json_object(), *item_list = json_array();
    counts total = {0};
    for (size_t u = 0; item_list && u < n_up; u++) {
        if (!run->items[u].scope.rule)
            continue;
        const char *status;
        json_array_append_new(item_list, item_json(idx, u, &run->items[u], &run->o, run->n_lower, &status));
        count_status(&total, status);
    }
    vnplan_coverage *rep = calloc(1, sizeof *rep);
    if (!root || !item_list || !rep) {
        json_decref(root);
        json_decref(item_list);
        free(rep);
        vnplan_coverage_run_free(run);
        return vn_fail_nomem(ctx);
    }
    json_t *up = json_object();
    json_object_set(up, "source", json_object_get(idx->plan, "source"));
    json_object_set(up, "metadata", json_object_get(idx->plan, "metadata"));
    json_object_set_new(up, "tasks", json_integer((json_int_t)n_up));
    json_t *sum = summary_json(&total);
    json_object_set_new(sum, "upper_tasks", json_integer((json_int_t)n_up));
    json_object_set_new(sum, "extra", json_integer((json_int_t)json_array_size(run->extra)));
    json_object_set_new(sum, "coverage", total.in_scope ? score_json((total.covered + 0.5 * total.partial) /
                                                                      (double)total.in_scope)
                                                        : json_null());
    json_object_set_new(root, "vnplan_coverage", json_string("1"));
    json_object_set_new(root, "options", options_json(&run->o));
    json_object_set_new(root, "upper", up);
    json_object_set(root, "lower", run->lower_out);
    json_object_set_new(root, "summary", sum);
    json_object_set_new(root, "areas", areas_json(item_list));
    json_object_set_new(root, "items", item_list);
    json_object_set(root, "extra", run->extra);
    json_object_set(root, "findings", run->findings);
    json_object_set(root, "lower_tasks", run->lower_tasks);
    json_object_set(root, "unread", run->unread);
    vnplan_coverage_run_free(run);
    if (vn_alloc_failures() != json_mark) {
        json_decref(root);
        free(rep);
        return vn_fail_nomem(ctx);
    }
    rep->root = root;
    *out = rep;
    return VNPLAN_OK;
}

vnplan_status vnplan_coverage_compare(vnplan_ctx *ctx, const vnplan_coverage_index *idx,
                                      const vnplan_plan *const *lower, size_t n_lower,
                                      const vnplan_coverage_options *options, vnplan_coverage **out) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, out);
    *out = NULL;
    VN_REQUIRE_ARG(ctx, idx);
    if (n_lower && !lower)
        return vn_fail(ctx, VNPLAN_EINVAL, NULL, "%s: argument 'lower' is NULL", __func__);
    *out = NULL;
    vnplan_coverage_run *run;
    vnplan_status st = vnplan_coverage_start(ctx, idx, options, &run);
    for (size_t k = 0; st == VNPLAN_OK && k < n_lower; k++)
        st = vnplan_coverage_add(ctx, run, lower[k]);
    if (st != VNPLAN_OK) {
        vnplan_coverage_run_free(run);
        return st;
    }
    return vnplan_coverage_finish(ctx, run, out);
}

size_t vnplan_coverage_finding_count(const vnplan_coverage *report) {
    return report ? json_array_size(json_object_get(report->root, "findings")) : 0;
}

void vnplan_coverage_free(vnplan_coverage *report) {
    if (!report)
        return;
    json_decref(report->root);
    free(report);
}
