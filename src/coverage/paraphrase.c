/*
 * The paraphrase lexicon (src/rules/paraphrases.lexicon, docs/rules.md):
 * expressions of Vietnamese administrative language that say the same
 * thing ("phổ biến" and "tuyên truyền", "Bộ phận tiếp nhận và trả kết quả"
 * and "Bộ phận Một cửa"), each rewritten to one canonical expression on
 * both sides before terms are made, as abbreviations are expanded.
 *
 * A line is   canonical = variant | variant ... ; provenance
 * ('#' starts a comment line). The provenance is required: a line without
 * one, or a variant that is also a canonical expression (a chain), is
 * skipped and counted in `bad`, which tests/coverage checks is 0.
 */
#include <stdlib.h>
#include <string.h>

#include "coverage/coverage_internal.h"
#include "util/buf.h"
#include "vnplan/text.h"

extern const unsigned char vn_default_paraphrases[];
extern const size_t vn_default_paraphrases_len;

void cov_paraphrases_init(cov_paraphrases *p) {
    memset(p, 0, sizeof *p);
    vn_strmap_init(&p->variant);
    vn_strmap_init(&p->first);
    vn_strmap_init(&p->canonical);
    vn_vec_init(&p->canon, sizeof(char *));
}

void cov_paraphrases_free(cov_paraphrases *p) {
    vn_strmap_free(&p->variant);
    vn_strmap_free(&p->first);
    vn_strmap_free(&p->canonical);
    for (size_t i = 0; i < p->canon.n; i++)
        free(*(char **)vn_vec_at(&p->canon, i));
    vn_vec_free(&p->canon);
}

/* One line "canonical = v1 | v2 ; provenance": false only when out of memory. */
static bool add_line(cov_paraphrases *p, const char *line, size_t len) {
    const char *semi = memchr(line, ';', len), *eq = memchr(line, '=', len);
    const char *prov = semi ? semi + 1 : NULL;
    while (prov && prov < line + len && (*prov == ' ' || *prov == '\t'))
        prov++;
    if (!semi || !eq || eq > semi || prov >= line + len) {
        p->bad++;
        return true;
    }
    size_t n;
    char *canon = cov_fold_tokens(line, (size_t)(eq - line), &n);
    if (!canon)
        return false;
    if (!n || vn_strmap_get(&p->variant, canon, -1) >= 0) {
        p->bad++;
        free(canon);
        return true;
    }
    char **slot = vn_vec_push(&p->canon);
    if (!slot || !vn_strmap_put(&p->canonical, canon, 1)) {
        free(canon);
        return false;
    }
    *slot = canon;
    long at = (long)p->canon.n - 1;
    p->entries++;
    for (const char *v = eq + 1; v < semi;) {
        const char *bar = memchr(v, '|', (size_t)(semi - v));
        const char *end = bar ? bar : semi;
        char *f = cov_fold_tokens(v, (size_t)(end - v), &n);
        if (!f)
            return false;
        bool ok = true;
        if (n && strcmp(f, canon)) {
            if (vn_strmap_get(&p->canonical, f, 0) || vn_strmap_get(&p->variant, f, -1) >= 0)
                p->bad++;   /* a chain or a variant listed twice */
            else
                ok = vn_strmap_put(&p->variant, f, at) && cov_put_first(&p->first, f);
            if (n > p->max_len)
                p->max_len = n;
            p->variants++;
        }
        free(f);
        if (!ok)
            return false;
        v = end + 1;
    }
    return true;
}

bool cov_paraphrases_load(cov_paraphrases *p, const char *text, size_t len) {
    for (size_t i = 0; i < len;) {
        size_t e = i;
        while (e < len && text[e] != '\n')
            e++;
        size_t s = i;
        while (s < e && (text[s] == ' ' || text[s] == '\t'))
            s++;
        if (s < e && text[s] != '#' && !add_line(p, text + s, e - s))
            return false;
        i = e + 1;
    }
    return true;
}

bool cov_paraphrases_load_default(cov_paraphrases *p) {
    return cov_paraphrases_load(p, (const char *)vn_default_paraphrases, vn_default_paraphrases_len);
}

const char *cov_paraphrase_of(const cov_paraphrases *p, const char *folded) {
    long at = vn_strmap_get(&p->variant, folded, -1);
    return at >= 0 ? *(char **)vn_vec_at(&p->canon, (size_t)at) : NULL;
}
