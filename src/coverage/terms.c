/* Task text -> folded syllables -> terms (coverage_internal.h). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "coverage/coverage_internal.h"
#include "util/buf.h"
#include "vnplan/text.h"

/* ---- vocabulary ---------------------------------------------------------------------------- */

void cov_vocab_init(cov_vocab *v, const cov_vocab *parent) {
    v->parent = parent;
    v->base = parent ? cov_vocab_size(parent) : 0;
    vn_strmap_init(&v->ids);
    vn_vec_init(&v->names, sizeof(char *));
}

void cov_vocab_free(cov_vocab *v) {
    for (size_t i = 0; i < v->names.n; i++)
        free(*(char **)vn_vec_at(&v->names, i));
    vn_vec_free(&v->names);
    vn_strmap_free(&v->ids);
}

int cov_vocab_size(const cov_vocab *v) {
    return v->base + (int)v->names.n;
}

int cov_vocab_find(const cov_vocab *v, const char *term) {
    for (; v; v = v->parent) {
        long id = vn_strmap_get(&v->ids, term, -1);
        if (id >= 0)
            return (int)id;
    }
    return -1;
}

int cov_vocab_id(cov_vocab *v, const char *term) {
    int id = cov_vocab_find(v, term);
    if (id >= 0)
        return id;
    char *copy = strdup(term);
    char **slot = copy ? vn_vec_push(&v->names) : NULL;
    if (!slot) {
        free(copy);
        return -1;
    }
    *slot = copy;
    id = v->base + (int)v->names.n - 1;
    if (!vn_strmap_put(&v->ids, term, id)) {
        v->names.n--;
        free(copy);
        return -1;
    }
    return id;
}

const char *cov_vocab_name(const cov_vocab *v, int id) {
    while (v && id < v->base)
        v = v->parent;
    return v ? *(char **)vn_vec_at(&v->names, (size_t)(id - v->base)) : "";
}

bool cov_is_bigram(const cov_vocab *v, int id) {
    return strchr(cov_vocab_name(v, id), ' ') != NULL;
}

/* ---- folding ------------------------------------------------------------------------------- */

/* One folded syllable (or unexpanded token) with its span in the text. */
typedef struct syl {
    char *s;               /* folded, owned */
    size_t start, end;
    bool clause_start;
} syl;

static void syls_free(vn_vec *v) {
    for (size_t i = 0; i < v->n; i++)
        free(((syl *)vn_vec_at(v, i))->s);
    vn_vec_free(v);
}

static bool push_syl(vn_vec *v, const char *s, size_t len, size_t start, size_t end, bool clause) {
    char *copy = strndup(s, len);
    syl *y = copy ? vn_vec_push(v) : NULL;
    if (!y) {
        free(copy);
        return false;
    }
    y->s = copy;
    y->start = start;
    y->end = end;
    y->clause_start = clause;
    return true;
}

/* The folded key of s split into tokens, as syllables (numbers dropped,
 * the position after them marked as a clause start). */
static bool raw_syllables(const char *text, vn_vec *out) {
    vnplan_key key;
    if (vnplan_text_key(text, strlen(text), VNPLAN_KEY_FOLDED, &key) != VNPLAN_OK)
        return false;
    vnplan_token *toks = NULL;
    size_t n = vnplan_text_tokens(key.text, key.len, &toks);
    bool ok = n != (size_t)-1;
    size_t prev_end = 0;
    bool pending_break = true;
    for (size_t i = 0; ok && i < n; i++) {
        const char *t = key.text + toks[i].start;
        bool clause = pending_break;
        for (size_t k = prev_end; k < toks[i].start; k++)
            if (key.text[k] != ' ')
                clause = true;
        prev_end = toks[i].start + toks[i].len;
        pending_break = false;
        if (isdigit((unsigned char)t[0])) {
            pending_break = true;
            continue;
        }
        ok = push_syl(out, t, toks[i].len, key.to_display[toks[i].start],
                      key.to_display[toks[i].start + toks[i].len], clause);
    }
    free(toks);
    vnplan_key_free(&key);
    return ok;
}

/* Joins the folded strings of syllables [i, i+n) with spaces into b. */
static void join_syls(vn_buf *b, const vn_vec *v, size_t i, size_t n) {
    vn_buf_clear(b);
    for (size_t k = 0; k < n; k++) {
        if (k)
            vn_buf_putc(b, ' ');
        vn_buf_puts(b, ((syl *)vn_vec_at(v, i + k))->s);
    }
}

/* Appends the syllables of a folded expansion ("thu tuc hanh chinh") with
 * the abbreviation's span. */
static bool push_expansion(vn_vec *out, const char *exp, const syl *from, const syl *to) {
    bool first = true;
    while (*exp) {
        size_t len = strcspn(exp, " ");
        if (len && !push_syl(out, exp, len, from->start, to->end, first && from->clause_start))
            return false;
        first = false;
        exp += len;
        exp += strspn(exp, " ");
    }
    return true;
}

/* Syllables with abbreviations expanded: the longest run of tokens that is
 * an abbreviation ("par index"), else a token whose parts joined by '-' or
 * '&' all are ("htqt-vp"). */
static bool expanded_syllables(const cov_lexicon *lx, const char *text, vn_vec *out, bool *expanded) {
    vn_vec raw;
    vn_vec_init(&raw, sizeof(syl));
    bool ok = raw_syllables(text, &raw);
    vn_buf b = VN_BUF_INIT;
    for (size_t i = 0; ok && i < raw.n;) {
        syl *y = vn_vec_at(&raw, i);
        size_t took = 0;
        bool may_start = vn_strmap_get(&lx->abbr_first, y->s, 0) != 0;
        for (size_t n = lx->max_abbr_len; may_start && n >= 1 && !took; n--) {
            if (i + n > raw.n)
                continue;
            bool joined = true;
            for (size_t k = 1; k < n; k++)
                if (((syl *)vn_vec_at(&raw, i + k))->clause_start)
                    joined = false;
            if (!joined)
                continue;
            join_syls(&b, &raw, i, n);
            if (b.failed) {
                ok = false;
                break;
            }
            long e = vn_strmap_get(&lx->abbr, vn_buf_cstr(&b), -1);
            if (e >= 0) {
                ok = push_expansion(out, *(char **)vn_vec_at(&lx->expansions, (size_t)e), y,
                                    vn_vec_at(&raw, i + n - 1));
                took = n;
            }
        }
        if (!took && strpbrk(y->s, "-&")) {
            /* every part an abbreviation: expand them all */
            char *parts = strdup(y->s);
            bool all = parts != NULL;
            for (char *p = parts; all && p && *p;) {
                size_t len = strcspn(p, "-&");
                char save = p[len];
                p[len] = '\0';
                if (vn_strmap_get(&lx->abbr, p, -1) < 0)
                    all = false;
                p[len] = save;
                p += len + (save ? 1 : 0);
            }
            for (char *p = parts; all && ok && *p;) {
                size_t len = strcspn(p, "-&");
                char save = p[len];
                p[len] = '\0';
                long e = vn_strmap_get(&lx->abbr, p, -1);
                ok = push_expansion(out, *(char **)vn_vec_at(&lx->expansions, (size_t)e), y, y);
                p += len + (save ? 1 : 0);
            }
            free(parts);
            if (all)
                took = 1;
        }
        if (took) {
            if (expanded)
                *expanded = true;
            i += took;
            continue;
        }
        /* kept as it is: hand the string over rather than copy it */
        syl *dst = vn_vec_push(out);
        if (dst) {
            *dst = *y;
            y->s = NULL;
        }
        ok = ok && dst != NULL;   /* ok may be false already: a join above failed */
        i++;
    }
    vn_buf_free(&b);
    syls_free(&raw);
    return ok && !b.failed;
}

char *cov_fold_name(const cov_lexicon *lx, const char *name, bool *expanded) {
    vn_vec v;
    vn_vec_init(&v, sizeof(syl));
    if (expanded)
        *expanded = false;
    if (!expanded_syllables(lx, name, &v, expanded)) {
        syls_free(&v);
        return NULL;
    }
    vn_buf b = VN_BUF_INIT;
    join_syls(&b, &v, 0, v.n);
    syls_free(&v);
    vn_buf_putc(&b, '\0');   /* so an empty name is "" rather than NULL */
    return vn_buf_detach(&b, NULL);
}

/* Rewrites the variants of the paraphrase lexicon in v to their canonical
 * expression, the longest variant first, within a clause; the canonical
 * syllables take the variant's span. */
static bool paraphrased(const cov_paraphrases *p, vn_vec *v) {
    if (!p || !p->variant.n)
        return true;
    vn_vec out;
    vn_vec_init(&out, sizeof(syl));
    vn_buf b = VN_BUF_INIT;
    bool ok = true;
    for (size_t i = 0; ok && i < v->n;) {
        syl *y = vn_vec_at(v, i);
        size_t took = 0;
        const char *canon = NULL;
        bool may_start = vn_strmap_get(&p->first, y->s, 0) != 0;
        for (size_t n = p->max_len; may_start && n >= 1 && !took; n--) {
            if (i + n > v->n)
                continue;
            bool joined = true;
            for (size_t k = 1; k < n; k++)
                if (((syl *)vn_vec_at(v, i + k))->clause_start)
                    joined = false;
            if (!joined)
                continue;
            join_syls(&b, v, i, n);
            if ((canon = cov_paraphrase_of(p, vn_buf_cstr(&b))))
                took = n;
        }
        if (took) {
            ok = push_expansion(&out, canon, y, vn_vec_at(v, i + took - 1));
            i += took;
            continue;
        }
        syl *dst = vn_vec_push(&out);
        if (dst) {
            *dst = *y;
            y->s = NULL;
        }
        ok = dst != NULL;
        i++;
    }
    ok = ok && !b.failed;
    vn_buf_free(&b);
    syls_free(v);
    *v = out;
    return ok;
}

size_t cov_tokenize(const cov_lexicon *lx, cov_vocab *vocab, const char *text, bool stopwords,
                    cov_tok **out) {
    *out = NULL;
    vn_vec v;
    vn_vec_init(&v, sizeof(syl));
    if (!expanded_syllables(lx, text, &v, NULL) || !paraphrased(lx->para, &v)) {
        syls_free(&v);
        return (size_t)-1;
    }
    cov_tok *toks = v.n ? calloc(v.n, sizeof *toks) : NULL;
    bool ok = !v.n || toks;
    vn_buf b = VN_BUF_INIT;
    for (size_t i = 0; ok && i < v.n; i++) {
        syl *y = vn_vec_at(&v, i);
        toks[i].start = y->start;
        toks[i].end = y->end;
        toks[i].clause_start = y->clause_start;
        toks[i].term = cov_vocab_id(vocab, y->s);
        ok = toks[i].term >= 0;
    }
    /* Stopword phrases, longest first, within a clause. */
    for (size_t i = 0; ok && stopwords && i < v.n;) {
        size_t took = 0;
        bool may_start = vn_strmap_get(&lx->stop_first, ((syl *)vn_vec_at(&v, i))->s, 0) != 0;
        for (size_t n = lx->max_stop_len; may_start && n >= 1 && !took; n--) {
            if (i + n > v.n)
                continue;
            bool joined = true;
            for (size_t k = 1; k < n; k++)
                if (toks[i + k].clause_start)
                    joined = false;
            if (!joined)
                continue;
            join_syls(&b, &v, i, n);
            if (b.failed) {
                ok = false;
                break;
            }
            if (vn_strmap_get(&lx->stop, vn_buf_cstr(&b), 0))
                took = n;
        }
        for (size_t k = 0; k < took; k++)
            toks[i + k].term = -1;
        i += took ? took : 1;
    }
    ok = ok && !b.failed;
    vn_buf_free(&b);
    size_t n = v.n;
    syls_free(&v);
    if (!ok) {
        free(toks);
        return (size_t)-1;
    }
    *out = toks;
    return n;
}

/* ---- tasks as terms ------------------------------------------------------------------------ */

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Sorts ids[0..n): quicksort on ints (median of three) down to short runs,
 * then insertion sort. qsort() with its comparison callback was 6 % of a
 * coverage run: most tasks, with their syllable pairs, have over 64 ids.
 * Past `depth` levels (an input built against median-of-three) the rest
 * goes to qsort, which is never quadratic. */
static void sort_ids_depth(int *ids, size_t n, int depth) {
    while (n > 24) {
        if (depth-- == 0) {
            qsort(ids, n, sizeof *ids, cmp_int);
            return;
        }
        int a = ids[0], b = ids[n / 2], c = ids[n - 1];
        int pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
        size_t i = 0, j = n - 1;
        for (;;) {
            while (ids[i] < pivot)
                i++;
            while (ids[j] > pivot)
                j--;
            if (i >= j)
                break;
            int t = ids[i];
            ids[i++] = ids[j];
            ids[j--] = t;
        }
        /* Recurse into the smaller part, loop on the larger: depth stays logarithmic. */
        size_t left = j + 1;
        if (left < n - left) {
            sort_ids_depth(ids, left, depth);
            ids += left;
            n -= left;
        } else {
            sort_ids_depth(ids + left, n - left, depth);
            n = left;
        }
    }
    for (size_t i = 1; i < n; i++) {
        int v = ids[i];
        size_t j = i;
        while (j > 0 && ids[j - 1] > v) {
            ids[j] = ids[j - 1];
            j--;
        }
        ids[j] = v;
    }
}

static void sort_ids(int *ids, size_t n) { sort_ids_depth(ids, n, 48); }

/* Sorts ids[0..n) and folds them into distinct ids with counts. */
static size_t distinct(int *ids, size_t n, unsigned *counts) {
    sort_ids(ids, n);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m && ids[m - 1] == ids[i]) {
            if (counts)
                counts[m - 1]++;
            continue;
        }
        ids[m] = ids[i];
        if (counts)
            counts[m] = 1;
        m++;
    }
    return m;
}

/* Letters of a document symbol, folded to ASCII lower case (Đ, đ to d); 0 for none. */
static size_t symbol_char(const char *p, char *out) {
    unsigned char c = (unsigned char)p[0];
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        *out = (char)(c | 0x20);
        return 1;
    }
    if (c == 0xC4 && ((unsigned char)p[1] == 0x90 || (unsigned char)p[1] == 0x91)) {
        *out = 'd';
        return 2;
    }
    return 0;
}

/* The documents a text cites by number: "93/QĐ-UBND", "61/2018/NĐ-CP", "105/KH-UBND" give
 * "93/qd-ubnd", "61/2018/nd-cp", "105/kh-ubnd" (a number, an optional year, a symbol of letter
 * groups joined by '-'). Years and counts alone ("năm 2026", "100%") are no citation. */
static bool find_cites(cov_doc *d) {
    const char *t = d->text ? d->text : "";
    vn_vec v;
    vn_vec_init(&v, sizeof(char *));
    bool ok = true;
    for (const char *p = t; ok && *p; p++) {
        if (!isdigit((unsigned char)*p) || (p > t && isdigit((unsigned char)p[-1])))
            continue;
        char buf[64];
        size_t n = 0, digits = 0;
        const char *q = p;
        while (isdigit((unsigned char)*q) && n < 8)
            buf[n++] = *q++, digits++;
        if (*q != '/' || digits > 5)
            continue;
        buf[n++] = *q++;
        if (isdigit((unsigned char)q[0]) && isdigit((unsigned char)q[1]) && isdigit((unsigned char)q[2]) &&
            isdigit((unsigned char)q[3]) && q[4] == '/') {
            memcpy(buf + n, q, 5);
            n += 5;
            q += 5;
        }
        size_t letters = 0, groups = 0;
        for (;;) {
            char c;
            size_t k, run = 0;
            while (n < sizeof buf - 2 && (k = symbol_char(q, &c)))
                buf[n++] = c, q += k, run++;
            if (!run)
                break;
            letters += run;
            groups++;
            if (*q == '-' && symbol_char(q + 1, &c) && n < sizeof buf - 2)
                buf[n++] = *q++;
            else
                break;
        }
        if (letters < 2 || (groups < 2 && letters < 3))
            continue;
        buf[n] = '\0';
        char *copy = strdup(buf);
        char **slot = copy ? vn_vec_push(&v) : NULL;
        if (!slot)
            free(copy);
        else
            *slot = copy;
        ok = slot != NULL;
        p = q - 1;
    }
    d->cites = (char **)v.items;
    d->n_cites = v.n;
    return ok;
}

bool cov_doc_build(cov_doc *d, const cov_lexicon *lx, cov_vocab *vocab) {
    if (!find_cites(d))
        return false;
    size_t n = cov_tokenize(lx, vocab, d->text ? d->text : "", true, &d->toks);
    if (n == (size_t)-1)
        return false;
    d->n_toks = n;
    int *ids = malloc((2 * n + 1) * sizeof *ids);
    unsigned *tf = malloc((2 * n + 1) * sizeof *tf);
    if (!ids || !tf) {
        free(ids);
        free(tf);
        return false;
    }
    size_t m = 0;
    vn_buf b = VN_BUF_INIT;
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++) {
        if (d->toks[i].term < 0)
            continue;
        ids[m++] = d->toks[i].term;
        if (i && d->toks[i - 1].term >= 0 && !d->toks[i].clause_start) {
            vn_buf_clear(&b);
            vn_buf_puts(&b, cov_vocab_name(vocab, d->toks[i - 1].term));
            vn_buf_putc(&b, ' ');
            vn_buf_puts(&b, cov_vocab_name(vocab, d->toks[i].term));
            int id = b.failed ? -1 : cov_vocab_id(vocab, vn_buf_cstr(&b));
            ok = id >= 0;
            ids[m++] = id;
        }
    }
    vn_buf_free(&b);
    if (!ok) {
        free(ids);
        free(tf);
        return false;
    }
    d->n_terms = distinct(ids, m, tf);
    d->terms = ids;
    d->tf = tf;
    /* The area: its distinct syllables. */
    cov_tok *area = NULL;
    size_t na = d->area ? cov_tokenize(lx, vocab, d->area, true, &area) : 0;
    if (na == (size_t)-1)
        return false;
    d->area_terms = malloc((na + 1) * sizeof *d->area_terms);
    if (!d->area_terms) {
        free(area);
        return false;
    }
    size_t k = 0;
    for (size_t i = 0; i < na; i++)
        if (area[i].term >= 0)
            d->area_terms[k++] = area[i].term;
    free(area);
    d->n_area_terms = distinct(d->area_terms, k, NULL);
    return true;
}

void cov_doc_free(cov_doc *d) {
    for (size_t i = 0; i < d->n_cites; i++)
        free(d->cites[i]);
    free(d->cites);
    free(d->toks);
    free(d->terms);
    free(d->tf);
    free(d->area_terms);
    memset(d, 0, sizeof *d);
}
