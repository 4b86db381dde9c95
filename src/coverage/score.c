/*
 * Scores of every (upper task, lower task) pair of one lower plan.
 *
 * Terms are weighted by TF-IDF over the tasks of both plans: (1 + ln tf) x
 * ln(1 + N / df), a two-syllable term counting bigram_weight times a
 * syllable. The score blends the cosine of the two weight vectors with how
 * much of the shorter task's weight the other shares, because a department
 * answers a long provincial task with a short, narrowed one (and the
 * reverse): score = (cos + containment) / 2, where containment is the
 * share of the smaller task's weight that the pair has in common. Sitting in
 * the same area raises it by up to area_bonus of itself. docs/coverage.md
 * shows how these were chosen. For each upper task it also gives the share
 * of its weight that its matching lower tasks hold together: "covered"
 * needs a good match and most of the task answered.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "coverage/coverage_internal.h"

static double tf_weight(unsigned tf) {
    return 1.0 + log((double)tf);
}

/* Sum of the squared weights of the distinct area terms. */
static double area_norm(const cov_doc *d, const double *idf) {
    double s = 0;
    for (size_t i = 0; i < d->n_area_terms; i++)
        s += idf[d->area_terms[i]] * idf[d->area_terms[i]];
    return s;
}

/* Weighted overlap of two areas, as a share of the smaller: 1 for the same
 * area ("Cải cách TTHC" and "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), 0 for none. */
static double area_similarity(const cov_doc *a, double na, const cov_doc *b, double nb, const double *idf) {
    if (na <= 0 || nb <= 0)
        return 0;
    double shared = 0;
    size_t i = 0, j = 0;
    while (i < a->n_area_terms && j < b->n_area_terms) {
        int x = a->area_terms[i], y = b->area_terms[j];
        if (x == y) {
            shared += idf[x] * idf[x];
            i++, j++;
        } else if (x < y) {
            i++;
        } else {
            j++;
        }
    }
    return shared / (na < nb ? na : nb);
}

static double doc_norm(const cov_doc *d, const double *idf) {
    double s = 0;
    for (size_t k = 0; k < d->n_terms; k++) {
        double w = tf_weight(d->tf[k]) * idf[d->terms[k]];
        s += w * w;
    }
    return s;
}

/* share[u]: the part of upper task u's weight found in the lower tasks that
 * score at least `partial` against it, together. */
static void shares(const vnplan_coverage_index *idx, const cov_doc *lower, size_t n_lower, const double *idf,
                   const double *u_norm, const double *scores, double partial, size_t *stamp, double *share) {
    for (size_t u = 0; u < idx->n_docs; u++) {
        share[u] = 0;
        bool any = false;
        for (size_t l = 0; l < n_lower; l++) {
            if (scores[u * n_lower + l] < partial || scores[u * n_lower + l] <= 0)
                continue;
            any = true;
            for (size_t k = 0; k < lower[l].n_terms; k++)
                stamp[lower[l].terms[k]] = u + 1;
        }
        if (!any || u_norm[u] <= 0)
            continue;
        const cov_doc *d = &idx->docs[u];
        double found = 0;
        for (size_t k = 0; k < d->n_terms; k++)
            if (stamp[d->terms[k]] == u + 1) {
                double w = tf_weight(d->tf[k]) * idf[d->terms[k]];
                found += w * w;
            }
        share[u] = found / u_norm[u];
    }
}

bool cov_score(const vnplan_coverage_index *idx, const cov_doc *lower, size_t n_lower, const cov_vocab *vocab,
               const vnplan_coverage_options *o, double *scores, double *share, double **idf_out) {
    size_t n_terms = (size_t)cov_vocab_size(vocab), n_upper = idx->n_docs;
    unsigned *df = calloc(n_terms + 1, sizeof *df);
    double *idf = malloc((n_terms + 1) * sizeof *idf);
    double *work = malloc((5 * n_upper + 2 * n_lower + 1) * sizeof *work);
    if (!df || !idf || !work) {
        free(df);
        free(idf);
        free(work);
        return false;
    }
    memcpy(df, idx->df, idx->n_post_terms * sizeof *df);
    for (size_t l = 0; l < n_lower; l++)
        for (size_t k = 0; k < lower[l].n_terms; k++)
            df[lower[l].terms[k]]++;
    double n_docs = (double)(n_upper + n_lower);
    for (size_t t = 0; t < n_terms; t++) {
        idf[t] = log(1.0 + n_docs / (df[t] ? df[t] : 1));
        if (cov_is_bigram(vocab, (int)t))
            idf[t] *= o->bigram_weight;
    }
    double *u_norm = work, *u_area = work + n_upper, *dot = work + 2 * n_upper,
           *shared_u = work + 3 * n_upper, *shared_l = work + 4 * n_upper;
    double *l_norm = work + 5 * n_upper, *l_area = l_norm + n_lower;
    for (size_t u = 0; u < n_upper; u++) {
        u_norm[u] = doc_norm(&idx->docs[u], idf);
        u_area[u] = area_norm(&idx->docs[u], idf);
    }
    for (size_t l = 0; l < n_lower; l++) {
        l_norm[l] = doc_norm(&lower[l], idf);
        l_area[l] = area_norm(&lower[l], idf);
    }
    for (size_t l = 0; l < n_lower; l++) {
        memset(dot, 0, 3 * n_upper * sizeof *dot);
        const cov_doc *d = &lower[l];
        for (size_t k = 0; k < d->n_terms; k++) {
            size_t t = (size_t)d->terms[k];
            if (t >= idx->n_post_terms)
                continue;   /* a term no upper task has */
            double wl = tf_weight(d->tf[k]) * idf[t];
            for (size_t p = idx->post_start[t]; p < idx->post_start[t + 1]; p++) {
                size_t u = idx->post_doc[p];
                double wu = tf_weight(idx->post_tf[p]) * idf[t];
                dot[u] += wl * wu;
                shared_u[u] += wu * wu;
                shared_l[u] += wl * wl;
            }
        }
        for (size_t u = 0; u < n_upper; u++) {
            double s = 0;
            if (dot[u] > 0 && u_norm[u] > 0 && l_norm[l] > 0) {
                double cosine = dot[u] / sqrt(u_norm[u] * l_norm[l]);
                double contained = u_norm[u] < l_norm[l] ? shared_u[u] / u_norm[u] : shared_l[u] / l_norm[l];
                s = (cosine + contained) / 2;
                s *= 1.0 + o->area_bonus * area_similarity(&idx->docs[u], u_area[u], d, l_area[l], idf);
                if (s > 1)
                    s = 1;
            }
            scores[u * n_lower + l] = s;
        }
    }
    size_t *stamp = calloc(n_terms + 1, sizeof *stamp);
    bool ok = stamp != NULL;
    if (ok)
        shares(idx, lower, n_lower, idf, u_norm, scores, o->partial, stamp, share);
    free(stamp);
    free(df);
    if (ok && idf_out)
        *idf_out = idf;
    else
        free(idf);
    free(work);
    return ok;
}
