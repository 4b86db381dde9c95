/* The evidence of a match: the syllables two tasks share, shown as the
 * phrases of the upper task they form, with byte spans in both texts for
 * highlighting. */
#include <stdlib.h>
#include <string.h>

#include "coverage/coverage_internal.h"
#include "util/buf.h"
#include "vnplan/text.h"

#define MAX_TERMS 24

static bool has_term(const int *terms, size_t n, int t) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (terms[mid] == t)
            return true;
        if (terms[mid] < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

/* True when token i of d is a shared syllable. */
static bool shared_tok(const cov_doc *d, size_t i, const cov_doc *other) {
    int t = d->toks[i].term;
    return t >= 0 && has_term(other->terms, other->n_terms, t);
}

/* Runs of shared syllables of d as [start, end) spans; when `terms` is not
 * NULL, also their text as distinct phrases (compared by folded key). */
static json_t *runs(const cov_doc *d, const cov_doc *other, json_t *terms) {
    json_t *spans = json_array();
    vn_strmap seen;
    vn_strmap_init(&seen);
    for (size_t i = 0; spans && i < d->n_toks;) {
        if (!shared_tok(d, i, other)) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < d->n_toks && shared_tok(d, j, other) && !d->toks[j].clause_start)
            j++;
        size_t start = d->toks[i].start, end = d->toks[j - 1].end;
        /* One shared syllable alone ("bổ" of "bổ sung" against "bổ nhiệm")
         * is weak evidence; phrases are what a reader checks. */
        if (j - i < 2) {
            i = j;
            continue;
        }
        json_t *span = json_array();
        json_array_append_new(span, json_integer((json_int_t)start));
        json_array_append_new(span, json_integer((json_int_t)end));
        /* expanded abbreviations give several tokens with one span */
        size_t n = json_array_size(spans);
        json_t *last = n ? json_array_get(spans, n - 1) : NULL;
        if (last && json_integer_value(json_array_get(last, 0)) == (json_int_t)start)
            json_decref(span);
        else
            json_array_append_new(spans, span);
        if (terms && json_array_size(terms) < MAX_TERMS) {
            vnplan_key key;
            if (vnplan_text_key(d->text + start, end - start, VNPLAN_KEY_FOLDED, &key) == VNPLAN_OK) {
                if (!vn_strmap_get(&seen, key.text, 0)) {
                    vn_strmap_put(&seen, key.text, 1);
                    json_array_append_new(terms, json_stringn(d->text + start, end - start));
                }
                vnplan_key_free(&key);
            }
        }
        i = j;
    }
    vn_strmap_free(&seen);
    return spans;
}

json_t *cov_evidence(const cov_doc *upper, const cov_doc *lower, const cov_vocab *vocab) {
    (void)vocab;
    json_t *ev = json_object(), *terms = json_array(), *spans = json_object();
    json_object_set_new(spans, "upper", runs(upper, lower, terms));
    json_object_set_new(spans, "lower", runs(lower, upper, NULL));
    json_object_set_new(ev, "terms", terms);
    json_object_set_new(ev, "spans", spans);
    return ev;
}
