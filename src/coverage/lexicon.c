/* Stopwords and abbreviations, folded, for turning text into terms. */
#include <stdlib.h>
#include <string.h>

#include "coverage/coverage_internal.h"
#include "extract/plan_internal.h"
#include "util/buf.h"
#include "vnplan/text.h"

char *cov_fold_tokens(const char *s, size_t len, size_t *n_tokens) {
    vnplan_key key;
    *n_tokens = 0;
    if (vnplan_text_key(s, len, VNPLAN_KEY_FOLDED, &key) != VNPLAN_OK)
        return NULL;
    vnplan_token *toks = NULL;
    size_t n = vnplan_text_tokens(key.text, key.len, &toks);
    vn_buf b = VN_BUF_INIT;
    vn_buf_putc(&b, '\0');
    vn_buf_clear(&b);
    for (size_t i = 0; n != (size_t)-1 && i < n; i++) {
        if (i)
            vn_buf_putc(&b, ' ');
        vn_buf_append(&b, key.text + toks[i].start, toks[i].len);
    }
    free(toks);
    vnplan_key_free(&key);
    if (n == (size_t)-1 || b.failed) {
        vn_buf_free(&b);
        return NULL;
    }
    *n_tokens = n;
    return vn_buf_detach(&b, NULL);
}

/* The lexicon's own entries are folded, not expanded. */
static char *fold_plain(const char *s, size_t *n_tokens) { return cov_fold_tokens(s, strlen(s), n_tokens); }

bool cov_put_first(vn_strmap *first, const char *phrase) {
    char *w = strndup(phrase, strcspn(phrase, " "));
    bool ok = w && vn_strmap_put(first, w, 1);
    free(w);
    return ok;
}

static bool add_stop(cov_lexicon *lx, const char *phrase) {
    size_t n;
    char *f = fold_plain(phrase, &n);
    if (!f)
        return false;
    bool ok = !n || (vn_strmap_put(&lx->stop, f, 1) && cov_put_first(&lx->stop_first, f));
    if (n > lx->max_stop_len)
        lx->max_stop_len = n;
    free(f);
    return ok;
}

static bool add_abbr(cov_lexicon *lx, const char *abbr, const char *expansion) {
    size_t n, m;
    char *key = fold_plain(abbr, &n);
    char *exp = fold_plain(expansion, &m);
    bool ok = key && exp;
    if (ok && n && m && strcmp(key, exp)) {
        char **slot = vn_vec_push(&lx->expansions);
        if (!slot) {
            ok = false;
        } else {
            *slot = exp;
            exp = NULL;
            ok = vn_strmap_put(&lx->abbr, key, (long)lx->expansions.n - 1) && cov_put_first(&lx->abbr_first, key);
            if (n > lx->max_abbr_len)
                lx->max_abbr_len = n;
        }
    }
    free(key);
    free(exp);
    return ok;
}

static void lexicon_zero(cov_lexicon *lx) {
    vn_strmap_init(&lx->stop);
    vn_strmap_init(&lx->abbr);
    vn_strmap_init(&lx->stop_first);
    vn_strmap_init(&lx->abbr_first);
    vn_vec_init(&lx->expansions, sizeof(char *));
    lx->max_stop_len = 0;
    lx->max_abbr_len = 1;
    lx->para = NULL;
}

bool cov_lexicon_init(cov_lexicon *lx, const vnplan_rules *rules) {
    lexicon_zero(lx);
    const char *const *items, *const *keys, *const *values;
    size_t n = vnplan_rules_list(rules, "stopwords", &items);
    for (size_t i = 0; i < n; i++)
        if (!add_stop(lx, items[i]))
            return false;
    n = vnplan_rules_map(rules, "abbreviations", &keys, &values);
    for (size_t i = 0; i < n; i++)
        if (!add_abbr(lx, keys[i], values[i]))
            return false;
    return true;
}

bool cov_lexicon_add_plan(cov_lexicon *lx, const json_t *plan) {
    const json_t *list = json_object_get(plan, "abbreviations"), *a;
    size_t i;
    json_array_foreach(list, i, a) {
        const char *abbr = vn_json_str(a, "abbreviation"), *exp = vn_json_str(a, "expansion");
        if (abbr && exp && !add_abbr(lx, abbr, exp))
            return false;
    }
    return true;
}

static bool copy_map(vn_strmap *dst, const vn_strmap *src) {
    for (size_t i = 0; i < src->cap; i++)
        if (src->slots[i].key && !vn_strmap_put(dst, src->slots[i].key, src->slots[i].value))
            return false;
    return true;
}

bool cov_lexicon_copy(cov_lexicon *dst, const cov_lexicon *src) {
    lexicon_zero(dst);
    dst->max_stop_len = src->max_stop_len;
    dst->max_abbr_len = src->max_abbr_len;
    dst->para = src->para;
    if (!copy_map(&dst->stop, &src->stop) || !copy_map(&dst->abbr, &src->abbr) ||
        !copy_map(&dst->stop_first, &src->stop_first) || !copy_map(&dst->abbr_first, &src->abbr_first))
        return false;
    for (size_t i = 0; i < src->expansions.n; i++) {
        char *copy = strdup(*(char **)vn_vec_at(&src->expansions, i));
        char **slot = copy ? vn_vec_push(&dst->expansions) : NULL;
        if (!slot) {
            free(copy);
            return false;
        }
        *slot = copy;
    }
    return true;
}

void cov_lexicon_free(cov_lexicon *lx) {
    vn_strmap_free(&lx->stop);
    vn_strmap_free(&lx->abbr);
    vn_strmap_free(&lx->stop_first);
    vn_strmap_free(&lx->abbr_first);
    for (size_t i = 0; i < lx->expansions.n; i++)
        free(*(char **)vn_vec_at(&lx->expansions, i));
    vn_vec_free(&lx->expansions);
}

unsigned cov_off_switches(const vnplan_rules *rules) {
    static const struct {
        const char *name;
        unsigned bit;
    } names[] = {{"lexicon", COV_OFF_LEXICON}, {"rescue", COV_OFF_RESCUE},       {"citations", COV_OFF_CITED},
                 {"near_miss", COV_OFF_NEAR_MISS}, {"twins", COV_OFF_TWINS}};
    const char *const *items;
    size_t n = vnplan_rules_list(rules, "coverage.off", &items);
    unsigned off = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
            if (!strcmp(items[i], names[k].name))
                off |= names[k].bit;
    return off;
}
