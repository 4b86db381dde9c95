/*
 * Scoring that uses the structure of the plans (issue 14, docs/coverage.md "Structure"):
 *
 * - a document both tasks cite ("Nghị quyết số 420/2025/NQ-HĐND") is strong evidence: when at
 *   most two upper tasks cite it, the pair's score is raised by CITE_BONUS (at least to
 *   --partial + CITE_BONUS / 2);
 * - a near miss: an upper task whose nearest neighbour in its own plan shares most of its words
 *   ("Kế hoạch kiểm tra CCHC năm 2026" and "Kế hoạch tuyên truyền CCHC năm 2026") is told apart
 *   from it by the terms the neighbour lacks, its distinctive object; a lower task that holds
 *   none of them and scores the neighbour about as well cannot be told to answer this one, and
 *   its score is multiplied by DEMOTE;
 * - a mutual best match (the lower task's best upper task in scope is this one, and this one's
 *   best lower task is it) scoring at least --partial - RESCUE_MARGIN is raised to --partial.
 *
 * Each change is recorded (cov_adjust) so that the report says why (compare.c).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "coverage/coverage_internal.h"

enum { CITE_MAX_UPPER = 2 };
static const double CITE_BONUS = 0.20;
static const double NEIGHBOUR_MIN = 0.35;   /* cosine from which a neighbour shares the frame */
static const double OBJECT_FOUND = 0.05;    /* share of the distinctive weight that tells them apart */
static const double ALIKE = 0.80;           /* the neighbour scores this share of the match or more */
static const double DEMOTE = 0.60;
static const double RESCUE_MARGIN = 0.07;

/* The upper-only weight of a term of d (idf over the upper plan). */
static double up_weight(const vnplan_coverage_index *idx, const cov_doc *d, size_t k) {
    double idf = log(1.0 + (double)idx->n_docs / (idx->df[d->terms[k]] ? idx->df[d->terms[k]] : 1));
    return (1.0 + log((double)d->tf[k])) * idf;
}

bool cov_neighbours(vnplan_coverage_index *idx) {
    size_t n = idx->n_docs;
    idx->neighbour = calloc(n ? n : 1, sizeof *idx->neighbour);
    idx->neighbour_sim = calloc(n ? n : 1, sizeof *idx->neighbour_sim);
    double *norm = calloc(n ? n : 1, sizeof *norm), *dot = calloc(n ? n : 1, sizeof *dot);
    bool ok = idx->neighbour && idx->neighbour_sim && norm && dot;
    for (size_t u = 0; ok && u < n; u++)
        for (size_t k = 0; k < idx->docs[u].n_terms; k++) {
            double w = up_weight(idx, &idx->docs[u], k);
            norm[u] += w * w;
        }
    for (size_t u = 0; ok && u < n; u++) {
        memset(dot, 0, n * sizeof *dot);
        const cov_doc *d = &idx->docs[u];
        for (size_t k = 0; k < d->n_terms; k++) {
            size_t t = (size_t)d->terms[k];
            double wu = up_weight(idx, d, k);
            for (size_t p = idx->post_start[t]; p < idx->post_start[t + 1]; p++) {
                size_t v = idx->post_doc[p];
                double idf = log(1.0 + (double)n / (idx->df[t] ? idx->df[t] : 1));
                dot[v] += wu * (1.0 + log((double)idx->post_tf[p])) * idf;
            }
        }
        idx->neighbour[u] = u;
        for (size_t v = 0; v < n; v++) {
            if (v == u || norm[u] <= 0 || norm[v] <= 0)
                continue;
            double c = dot[v] / sqrt(norm[u] * norm[v]);
            if (c > idx->neighbour_sim[u])
                idx->neighbour_sim[u] = c, idx->neighbour[u] = v;
        }
    }
    idx->twin = ok ? malloc((n ? n : 1) * sizeof *idx->twin) : NULL;
    ok = ok && idx->twin;
    for (size_t u = 0; ok && u < n; u++) {
        size_t v = idx->neighbour[u];
        idx->twin[u] = !(idx->off & COV_OFF_TWINS) && v != u && idx->neighbour[v] == u &&
                               idx->neighbour_sim[u] >= COV_TWIN_MIN
                           ? v
                           : SIZE_MAX;
    }
    free(norm);
    free(dot);
    return ok;
}

static bool has_term(const cov_doc *d, int t) {
    size_t lo = 0, hi = d->n_terms;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->terms[mid] < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->n_terms && d->terms[lo] == t;
}

/* The share of u's distinctive weight (its terms that its neighbour lacks) that l holds, and
 * the two heaviest distinctive terms l lacks. 1 when u has no distinctive term. */
static double object_share(const cov_doc *u, const cov_doc *nb, const cov_doc *l, const double *idf, int object[2]) {
    double all = 0, found = 0, best[2] = {0, 0};
    object[0] = object[1] = -1;
    for (size_t k = 0; k < u->n_terms; k++) {
        int t = u->terms[k];
        if (has_term(nb, t))
            continue;
        double w = idf[t] * idf[t];
        all += w;
        if (has_term(l, t)) {
            found += w;
        } else if (w > best[0]) {
            best[1] = best[0], object[1] = object[0];
            best[0] = w, object[0] = t;
        } else if (w > best[1]) {
            best[1] = w, object[1] = t;
        }
    }
    return all > 0 ? found / all : 1.0;
}

static bool shares_cite(const cov_doc *u, const cov_doc *l, int *which) {
    for (size_t i = 0; i < u->n_cites; i++)
        for (size_t j = 0; j < l->n_cites; j++)
            if (!strcmp(u->cites[i], l->cites[j])) {
                *which = (int)i;
                return true;
            }
    return false;
}

static size_t citing(const vnplan_coverage_index *idx, const char *cite) {
    size_t c = 0;
    for (size_t u = 0; u < idx->n_docs; u++)
        for (size_t i = 0; i < idx->docs[u].n_cites; i++)
            if (!strcmp(idx->docs[u].cites[i], cite)) {
                c++;
                break;
            }
    return c;
}

bool cov_structure(const vnplan_coverage_index *idx, const cov_doc *lower, size_t n_lower, const cov_scope *scope,
                   const double *idf, const vnplan_coverage_options *o, double *scores, cov_adjust *adj) {
    size_t n_up = idx->n_docs;
    for (size_t i = 0; i < n_up * n_lower; i++) {
        adj[i].flags = 0;
        adj[i].raw = scores[i];
        adj[i].cite = -1;
        adj[i].neighbour = 0;
        adj[i].object[0] = adj[i].object[1] = -1;
    }
    unsigned off = idx->off;
    for (size_t u = 0; u < n_up; u++) {
        const cov_doc *ud = &idx->docs[u];
        for (size_t l = 0; l < n_lower; l++) {
            double *s = &scores[u * n_lower + l];
            cov_adjust *a = &adj[u * n_lower + l];
            int which;
            if (!(off & COV_OFF_CITED) && ud->n_cites && lower[l].n_cites && shares_cite(ud, &lower[l], &which) &&
                citing(idx, ud->cites[which]) <= CITE_MAX_UPPER) {
                double raised = *s + CITE_BONUS;
                if (raised < o->partial + CITE_BONUS / 2)
                    raised = o->partial + CITE_BONUS / 2;
                *s = raised > 1 ? 1 : raised;
                a->flags |= COV_ADJ_CITED;
                a->cite = which;
                continue;   /* a shared citation names the object: no near miss */
            }
            if ((off & COV_OFF_NEAR_MISS) || *s < o->partial || idx->neighbour_sim[u] < NEIGHBOUR_MIN)
                continue;
            size_t nb = idx->neighbour[u];
            if (scores[nb * n_lower + l] < ALIKE * *s && adj[nb * n_lower + l].raw < ALIKE * a->raw)
                continue;
            if (object_share(ud, &idx->docs[nb], &lower[l], idf, a->object) >= OBJECT_FOUND)
                continue;
            *s *= DEMOTE;
            a->flags |= COV_ADJ_DEMOTED;
            a->neighbour = nb;
        }
    }
    if (off & COV_OFF_RESCUE)
        return true;
    /* Mutual best matches, over the upper tasks in scope. */
    size_t *best_u = malloc((n_lower ? n_lower : 1) * sizeof *best_u);
    if (!best_u)
        return false;
    for (size_t l = 0; l < n_lower; l++) {
        double b = 0;
        best_u[l] = SIZE_MAX;
        for (size_t u = 0; u < n_up; u++)
            if (scope[u].rule && scores[u * n_lower + l] > b)
                b = scores[u * n_lower + l], best_u[l] = u;
    }
    for (size_t u = 0; u < n_up; u++) {
        if (!scope[u].rule)
            continue;
        double b = 0;
        size_t bl = SIZE_MAX;
        for (size_t l = 0; l < n_lower; l++)
            if (scores[u * n_lower + l] > b)
                b = scores[u * n_lower + l], bl = l;
        if (bl == SIZE_MAX || b >= o->partial || b < o->partial - RESCUE_MARGIN || best_u[bl] != u ||
            (adj[u * n_lower + bl].flags & COV_ADJ_DEMOTED))
            continue;
        scores[u * n_lower + bl] = o->partial;
        adj[u * n_lower + bl].flags |= COV_ADJ_RESCUED;
    }
    free(best_u);
    return true;
}
