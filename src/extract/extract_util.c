/* Small helpers shared by the extraction files. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract_internal.h"
#include "util/alloc_failures.h"
#include <utf8proc.h>

#include "vnplan/text.h"

char *ex_flat(const char *s, size_t len) {
    char *out = malloc(len + 1);
    if (!out) {
        vn_alloc_failed();   /* callers read NULL as "nothing": the public function fails */
        return NULL;
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\n' || c == '\t' || c == '\r')
            c = ' ';
        if (c == ' ' && (n == 0 || out[n - 1] == ' '))
            continue;
        out[n++] = c;
    }
    while (n && out[n - 1] == ' ')
        n--;
    out[n] = '\0';
    return out;
}

/* The folded key of s[0..len), malloc'ed. */
static char *folded_n(const char *s, size_t len) {
    vnplan_key k;
    if (vnplan_text_key(s, len, VNPLAN_KEY_FOLDED, &k) != VNPLAN_OK)
        return NULL;
    free(k.to_display);
    return k.text;
}

char *ex_folded(const char *s) { return folded_n(s, strlen(s)); }

bool ex_fold_list(const vnplan_rules *rules, const char *name, ex_folded_list *out) {
    const char *const *items;
    size_t n = vnplan_rules_list(rules, name, &items);
    out->n = 0;
    out->items = calloc(n + 1, sizeof *out->items);
    if (!out->items)
        return false;
    for (size_t i = 0; i < n; i++) {
        char *f = ex_folded(items[i]);
        if (!f) {
            ex_folded_list_free(out);
            return false;
        }
        out->items[out->n++] = f;
    }
    return true;
}

void ex_folded_list_free(ex_folded_list *l) {
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i]);
    free(l->items);
    l->items = NULL;
    l->n = 0;
}

static bool folded_starts(const char *text, const char *prefix, bool whole_word) {
    /* Keys map each character on its own, so the key of the text's first
     * words is the start of the key of the whole text: fold only enough of
     * it (cut at a space), and the whole text only when that fell short. */
    size_t tl = strlen(text), enough = 2 * strlen(prefix) + 16, cut = tl;
    const char *space = tl > enough ? strchr(text + enough, ' ') : NULL;
    if (space)
        cut = (size_t)(space - text);
    char *a = folded_n(text, cut), *b = ex_folded(prefix);
    if (a && b && cut < tl && strlen(a) < strlen(b)) {
        free(a);
        a = ex_folded(text);
    }
    bool r = a && b && strncmp(a, b, strlen(b)) == 0;
    if (r && whole_word)
        r = ex_word_ends(a + strlen(b));
    free(a);
    free(b);
    return r;
}

bool ex_folded_starts(const char *text, const char *prefix) { return folded_starts(text, prefix, false); }

bool ex_folded_starts_listed(const ex *e, const char *name, const char *text) {
    const char *const *items;
    size_t n = vnplan_rules_list(e->rules, name, &items);
    for (size_t i = 0; i < n; i++)
        if (folded_starts(text, items[i], true))
            return true;
    return false;
}

json_t *ex_jstr(const char *s, size_t len) {
    while (len && (*s == ' ' || *s == '\t' || *s == '\n'))
        s++, len--;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n'))
        len--;
    return len ? json_stringn(s, len) : json_null();
}

json_t *ex_group(const vn_match *m, const char *name) {
    const char *p;
    size_t len;
    if (!vn_match_group(m, name, &p, &len))
        return json_null();
    return ex_jstr(p, len);
}

char *ex_cell_text(const vnplan_cell *c) {
    vn_buf b = VN_BUF_INIT;
    for (size_t i = 0; i < c->n_blocks; i++) {
        const vnplan_block *blk = &c->blocks[i];
        if (blk->kind != VNPLAN_BLOCK_PARAGRAPH || !blk->u.paragraph.text_len)
            continue;
        if (b.len)
            vn_buf_putc(&b, '\n');
        if (blk->u.paragraph.label && blk->u.paragraph.num_format != VNPLAN_NUMFMT_BULLET) {
            vn_buf_puts(&b, blk->u.paragraph.label);
            vn_buf_putc(&b, ' ');
        }
        vn_buf_append(&b, blk->u.paragraph.text, blk->u.paragraph.text_len);
    }
    char *s = vn_buf_detach(&b, NULL);
    return s;
}

void ex_warn(ex *e, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    json_array_append_new(e->warnings, json_string(msg));
}

json_t *ex_group_number(const vn_match *m, const char *name) {
    const char *p;
    size_t n;
    if (!vn_match_group(m, name, &p, &n))
        return NULL;
    char num[32];
    snprintf(num, sizeof num, "%.*s", (int)(n < 31 ? n : 31), p);
    for (char *c = num; *c; c++)
        if (*c == ',')
            *c = '.';
    return json_real(strtod(num, NULL));
}

void ex_line_case(const char *t, bool *lower, bool *upper) {
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)t;
    utf8proc_ssize_t left = (utf8proc_ssize_t)strlen(t);
    *lower = *upper = false;
    while (left > 0 && !*lower) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n <= 0)
            break;
        utf8proc_category_t c = utf8proc_category(cp);
        if (c == UTF8PROC_CATEGORY_LL)
            *lower = true;
        else if (c == UTF8PROC_CATEGORY_LU)
            *upper = true;
        p += n;
        left -= n;
    }
}

bool ex_upper_line(const char *t) {
    bool lower, upper;
    ex_line_case(t, &lower, &upper);
    return upper && !lower;
}

bool ex_word_ends(const char *s) {
    if (!*s)
        return true;
    int c = ex_first_category(s);
    bool letter = c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
    bool digit = c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO;
    return !letter && !digit;
}

int ex_first_category(const char *s) {
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp) <= 0)
        return 0;
    return utf8proc_category(cp);
}
