/* The evidence of a match: the words two tasks share, shown as the phrases
 * of the upper task they form, with byte spans in both texts for
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

/* True when tokens i and i + 1 of d form a pair of syllables (a bigram
 * term) that the other task has too. */
static bool shared_pair(const cov_doc *d, size_t i, const cov_doc *other, const cov_vocab *vocab, vn_buf *b) {
    if (i + 1 >= d->n_toks || d->toks[i].term < 0 || d->toks[i + 1].term < 0 || d->toks[i + 1].clause_start)
        return false;
    vn_buf_clear(b);
    vn_buf_puts(b, cov_vocab_name(vocab, d->toks[i].term));
    vn_buf_putc(b, ' ');
    vn_buf_puts(b, cov_vocab_name(vocab, d->toks[i + 1].term));
    int id = b->failed ? -1 : cov_vocab_find(vocab, vn_buf_cstr(b));
    return id >= 0 && has_term(other->terms, other->n_terms, id);
}

/* Runs of syllables of d joined by shared pairs, as [start, end) spans;
 * when `terms` is not NULL, also their text as distinct phrases (compared
 * by folded key). A shared syllable alone ("bổ" of "bổ sung" against "bổ
 * nhiệm") is not evidence. */
static json_t *runs(const cov_doc *d, const cov_doc *other, const cov_vocab *vocab, json_t *terms) {
    json_t *spans = json_array();
    vn_strmap seen;
    vn_strmap_init(&seen);
    vn_buf b = VN_BUF_INIT;
    for (size_t i = 0; spans && i < d->n_toks;) {
        if (!shared_pair(d, i, other, vocab, &b)) {
            i++;
            continue;
        }
        size_t j = i + 1;   /* the run is tokens i..j */
        while (shared_pair(d, j, other, vocab, &b))
            j++;
        size_t start = d->toks[i].start, end = d->toks[j].end;
        json_t *span = json_array();
        json_array_append_new(span, json_integer((json_int_t)start));
        json_array_append_new(span, json_integer((json_int_t)end));
        /* a run inside one expanded abbreviation repeats the span before it */
        size_t n = json_array_size(spans);
        json_t *last = n ? json_array_get(spans, n - 1) : NULL;
        if (last && json_integer_value(json_array_get(last, 1)) >= (json_int_t)end)
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
        i = j + 1;
    }
    vn_buf_free(&b);
    vn_strmap_free(&seen);
    return spans;
}

json_t *cov_evidence(const cov_doc *upper, const cov_doc *lower, const cov_vocab *vocab) {
    json_t *ev = json_object(), *terms = json_array(), *spans = json_object();
    json_object_set_new(spans, "upper", runs(upper, lower, vocab, terms));
    json_object_set_new(spans, "lower", runs(lower, upper, vocab, NULL));
    json_object_set_new(ev, "terms", terms);
    json_object_set_new(ev, "spans", spans);
    return ev;
}
