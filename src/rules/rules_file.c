/* Parsing rules files into sections; lookup of lists and maps. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "rules/rules_internal.h"
#include "util/ctx.h"
#include "util/file.h"

extern const unsigned char vn_default_rules[];
extern const size_t vn_default_rules_len;

static void section_free(vn_rules_section *s) {
    vn_rules_section_free_code(s);
    vn_vec_free(&s->keys);
    vn_vec_free(&s->values);
    vn_vec_free(&s->lines);
    free(s);
}

void vnplan_rules_free(vnplan_rules *rules) {
    if (!rules)
        return;
    for (size_t i = 0; i < rules->sections.n; i++)
        section_free(*(vn_rules_section **)vn_vec_at(&rules->sections, i));
    vn_vec_free(&rules->sections);
    vn_vec_free(&rules->warnings);
    vn_strmap_free(&rules->index);
    vn_arena_free(&rules->arena);
    free(rules);
}

static vnplan_rules *rules_new(void) {
    vnplan_rules *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    vn_arena_init(&r->arena);
    vn_vec_init(&r->sections, sizeof(vn_rules_section *));
    vn_vec_init(&r->warnings, sizeof(const char *));
    vn_strmap_init(&r->index);
    return r;
}

const vn_rules_section *vn_rules_section_at(const vnplan_rules *rules, size_t i) {
    size_t live = 0;
    for (size_t k = 0; k < rules->sections.n; k++) {
        const vn_rules_section *s = *(vn_rules_section **)vn_vec_at(&rules->sections, k);
        if (s->removed)
            continue;
        if (live++ == i)
            return s;
    }
    return NULL;
}

/* The index key of a section: its kind as a digit, then its name. Names
 * longer than the buffer are not indexed (found by the scan below). */
enum { INDEX_KEY_MAX = 96 };

static bool index_key(char *key, vn_section_kind kind, const char *name) {
    size_t n = strlen(name);
    if (n + 2 > INDEX_KEY_MAX)
        return false;
    key[0] = (char)('0' + kind);
    memcpy(key + 1, name, n + 1);
    return true;
}

const vn_rules_section *vn_rules_find(const vnplan_rules *rules, vn_section_kind kind,
                                      const char *name) {
    char key[INDEX_KEY_MAX];
    if (index_key(key, kind, name)) {
        long k = vn_strmap_get(&rules->index, key, -1);
        return k < 0 ? NULL : *(vn_rules_section **)vn_vec_at(&rules->sections, (size_t)k);
    }
    for (size_t k = rules->sections.n; k-- > 0;) {
        const vn_rules_section *s = *(vn_rules_section **)vn_vec_at(&rules->sections, k);
        if (!s->removed && s->kind == kind && strcmp(s->name, name) == 0)
            return s;
    }
    return NULL;
}

const char *vn_rules_field(const vn_rules_section *s, const char *key) {
    /* The last definition of a field wins. */
    for (size_t i = s->keys.n; i-- > 0;)
        if (strcmp(*(const char **)vn_vec_at(&s->keys, i), key) == 0)
            return *(const char **)vn_vec_at(&s->values, i);
    return NULL;
}

size_t vnplan_rules_list(const vnplan_rules *rules, const char *name, const char *const **items) {
    if (!items)
        return 0;
    *items = NULL;
    if (!rules || !name)
        return 0;
    const vn_rules_section *s = vn_rules_find(rules, VN_SECTION_LIST, name);
    *items = s ? s->keys.items : NULL;
    return s ? s->keys.n : 0;
}

size_t vnplan_rules_map(const vnplan_rules *rules, const char *name, const char *const **keys,
                        const char *const **values) {
    if (!keys || !values)
        return 0;
    *keys = NULL;
    *values = NULL;
    if (!rules || !name)
        return 0;
    const vn_rules_section *s = vn_rules_find(rules, VN_SECTION_MAP, name);
    *keys = s ? s->keys.items : NULL;
    *values = s ? s->values.items : NULL;
    return s ? s->keys.n : 0;
}

/* --- parsing --- */

typedef struct parser {
    vnplan_ctx *ctx;
    vnplan_rules *rules;
    const char *file;        /* arena copy */
    long line;
    vn_vec added;            /* vn_rules_section * added by this file */
    vn_rules_section *cur;
} parser;

static char *trim(char *s, char *end) {
    while (s < end && isspace((unsigned char)*s))
        s++;
    while (end > s && isspace((unsigned char)end[-1]))
        end--;
    *end = '\0';
    return s;
}

static vnplan_status syntax(parser *p, const char *msg, const char *what) {
    return vn_fail_line(p->ctx, VNPLAN_ERULES, p->file, p->line, "%s%s%s", msg,
                        what ? ": " : "", what ? what : "");
}

static vnplan_status push_entry(parser *p, const char *key, const char *value) {
    vn_rules_section *s = p->cur;
    const char **k = vn_vec_push(&s->keys);
    const char **v = k ? vn_vec_push(&s->values) : NULL;
    long *l = v ? vn_vec_push(&s->lines) : NULL;
    if (!l)
        return vn_fail_nomem(p->ctx);
    *k = vn_arena_strdup(&p->rules->arena, key);
    *v = value ? vn_arena_strdup(&p->rules->arena, value) : NULL;
    *l = p->line;
    if (!*k || (value && !*v))
        return vn_fail_nomem(p->ctx);
    return VNPLAN_OK;
}

/* Copies the entries of `from` into the new section (for "append"). */
static vnplan_status copy_entries(parser *p, const vn_rules_section *from) {
    for (size_t i = 0; i < from->keys.n; i++) {
        vnplan_status st = push_entry(p, *(const char **)vn_vec_at(&from->keys, i),
                                      *(const char **)vn_vec_at(&from->values, i));
        if (st)
            return st;
    }
    return VNPLAN_OK;
}

static vnplan_status start_section(parser *p, char *header) {
    char *words[3];
    int n = 0;
    for (char *tok = strtok(header, " \t"); tok; tok = strtok(NULL, " \t")) {
        if (n == 3)
            return syntax(p, "a section header has the form [KIND NAME] or [KIND NAME append]", NULL);
        words[n++] = tok;
    }
    if (n < 2)
        return syntax(p, "a section header has the form [KIND NAME] or [KIND NAME append]", NULL);
    vn_section_kind kind;
    if (strcmp(words[0], "list") == 0)
        kind = VN_SECTION_LIST;
    else if (strcmp(words[0], "map") == 0)
        kind = VN_SECTION_MAP;
    else if (strcmp(words[0], "rule") == 0)
        kind = VN_SECTION_RULE;
    else
        return syntax(p, "unknown section kind (expected list, map or rule)", words[0]);
    bool append = false;
    if (n == 3) {
        if (strcmp(words[2], "append") != 0 || kind == VN_SECTION_RULE)
            return syntax(p, "only lists and maps can be extended with 'append'", words[2]);
        append = true;
    }
    vn_rules_section *s = calloc(1, sizeof *s);
    vn_rules_section **slot = s ? vn_vec_push(&p->added) : NULL;
    if (!slot) {
        free(s);
        return vn_fail_nomem(p->ctx);
    }
    *slot = s;
    s->kind = kind;
    s->name = vn_arena_strdup(&p->rules->arena, words[1]);
    s->file = p->file;
    s->line = p->line;
    vn_vec_init(&s->keys, sizeof(const char *));
    vn_vec_init(&s->values, sizeof(const char *));
    vn_vec_init(&s->lines, sizeof(long));
    if (!s->name)
        return vn_fail_nomem(p->ctx);
    p->cur = s;
    if (append) {
        /* The base is the latest definition: from this file, or the rules so far. */
        const vn_rules_section *base = NULL;
        for (size_t i = p->added.n - 1; i-- > 0 && !base;) {
            const vn_rules_section *o = *(vn_rules_section **)vn_vec_at(&p->added, i);
            if (!o->removed && o->kind == kind && strcmp(o->name, s->name) == 0)
                base = o;
        }
        if (!base)
            base = vn_rules_find(p->rules, kind, s->name);
        if (base)
            return copy_entries(p, base);
    }
    return VNPLAN_OK;
}

static vnplan_status parse_line(parser *p, char *line, char *end) {
    char *s = trim(line, end);
    if (*s == '\0' || *s == '#')
        return VNPLAN_OK;
    if (*s == '[') {
        size_t n = strlen(s);
        if (s[n - 1] != ']')
            return syntax(p, "a section header must end with ']'", NULL);
        s[n - 1] = '\0';
        return start_section(p, trim(s + 1, s + n - 1));
    }
    if (!p->cur)
        return syntax(p, "an entry before the first [section]", NULL);
    if (p->cur->kind == VN_SECTION_LIST)
        return push_entry(p, s, NULL);
    char *eq = strstr(s, " = ");
    size_t skip = 3;
    if (!eq) {
        eq = strchr(s, '=');
        skip = 1;
    }
    if (!eq)
        return syntax(p, p->cur->kind == VN_SECTION_MAP ? "a map entry needs 'KEY = VALUE'"
                                                        : "a rule field needs 'FIELD = VALUE'",
                      NULL);
    char *value = trim(eq + skip, s + strlen(s));
    char *key = trim(s, eq);
    if (!*key)
        return syntax(p, "an entry with an empty key", NULL);
    return push_entry(p, key, value);
}

static vnplan_status add_string(vnplan_ctx *ctx, vnplan_rules *rules, const char *text, size_t len,
                                const char *name, const unsigned char *blob, size_t blob_len);

vnplan_status vnplan_rules_add_string(vnplan_ctx *ctx, vnplan_rules *rules, const char *text,
                                      size_t len, const char *name) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, rules);
    VN_REQUIRE_ARG(ctx, text);
    return add_string(ctx, rules, text, len, name, NULL, 0);
}

static vnplan_status add_string(vnplan_ctx *ctx, vnplan_rules *rules, const char *text, size_t len,
                                const char *name, const unsigned char *blob, size_t blob_len) {
    parser p = {ctx, rules, NULL, 0, {0}, NULL};
    vn_vec_init(&p.added, sizeof(vn_rules_section *));
    p.file = vn_arena_strdup(&rules->arena, name ? name : "<rules>");
    char *copy = malloc(len + 1);
    vnplan_status st = (copy && p.file) ? VNPLAN_OK : vn_fail_nomem(ctx);
    if (copy) {
        memcpy(copy, text, len);
        copy[len] = '\0';
    }
    if (st == VNPLAN_OK && memchr(copy, '\0', len))
        st = vn_fail(ctx, VNPLAN_ERULES, p.file, "the rules file contains a NUL byte");
    for (char *line = copy; st == VNPLAN_OK && line && line < copy + len;) {
        char *nl = strchr(line, '\n');
        char *end = nl ? nl : copy + len;
        p.line++;
        st = parse_line(&p, line, end);
        line = nl ? nl + 1 : NULL;
    }
    free(copy);
    /* A section the file defines twice: the later one wins. */
    for (size_t i = 0; st == VNPLAN_OK && i < p.added.n; i++) {
        vn_rules_section *s = *(vn_rules_section **)vn_vec_at(&p.added, i);
        for (size_t j = i + 1; j < p.added.n; j++) {
            vn_rules_section *t = *(vn_rules_section **)vn_vec_at(&p.added, j);
            if (t->kind == s->kind && strcmp(t->name, s->name) == 0)
                s->removed = 1;
        }
    }
    /* The default rules come precompiled (compiling was a fifth of extracting
     * one plan); anything else, or a blob that does not fit, is compiled. */
    if (st == VNPLAN_OK && !(blob && !rules->jit && vn_rules_take_precompiled(&p.added, blob, blob_len)))
        st = vn_rules_compile(ctx, &p.added, rules->jit);
    size_t n_warnings = rules->warnings.n;
    if (st == VNPLAN_OK)
        st = vn_rules_check(ctx, rules, &p.added);
    if (st != VNPLAN_OK) {
        rules->warnings.n = n_warnings;   /* a file that fails adds nothing, warnings included */
        for (size_t i = 0; i < p.added.n; i++)
            section_free(*(vn_rules_section **)vn_vec_at(&p.added, i));
        vn_vec_free(&p.added);
        return st;
    }
    /* Commit: the new sections replace earlier ones of the same kind and name. */
    for (size_t i = 0; i < p.added.n; i++) {
        vn_rules_section *s = *(vn_rules_section **)vn_vec_at(&p.added, i);
        if (s->removed)
            continue;
        for (size_t k = 0; k < rules->sections.n; k++) {
            vn_rules_section *o = *(vn_rules_section **)vn_vec_at(&rules->sections, k);
            if (o->kind == s->kind && strcmp(o->name, s->name) == 0)
                o->removed = 1;
        }
    }
    for (size_t i = 0; i < p.added.n; i++) {
        vn_rules_section **slot = vn_vec_push(&rules->sections);
        if (!slot) {
            for (size_t j = i; j < p.added.n; j++)
                section_free(*(vn_rules_section **)vn_vec_at(&p.added, j));
            vn_vec_free(&p.added);
            return vn_fail_nomem(ctx);
        }
        *slot = *(vn_rules_section **)vn_vec_at(&p.added, i);
        char key[INDEX_KEY_MAX];
        if (!(*slot)->removed && index_key(key, (*slot)->kind, (*slot)->name) &&
            !vn_strmap_put(&rules->index, key, (long)(rules->sections.n - 1))) {
            /* this one is in rules->sections now; the ones after it are not */
            for (size_t j = i + 1; j < p.added.n; j++)
                section_free(*(vn_rules_section **)vn_vec_at(&p.added, j));
            vn_vec_free(&p.added);
            return vn_fail_nomem(ctx);
        }
    }
    vn_vec_free(&p.added);
    return VNPLAN_OK;
}

vnplan_status vnplan_rules_add_file(vnplan_ctx *ctx, vnplan_rules *rules, const char *path) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, rules);
    VN_REQUIRE_ARG(ctx, path);
    char *data;
    size_t len;
    vnplan_status st = vn_read_file(ctx, path, 16u << 20, &data, &len);
    if (st)
        return st;
    st = vnplan_rules_add_string(ctx, rules, data, len, path);
    free(data);
    return st;
}

vnplan_status vnplan_rules_load_default(vnplan_ctx *ctx, vnplan_rules **out) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, out);
    *out = NULL;
    vnplan_rules *r = rules_new();
    if (!r)
        return vn_fail_nomem(ctx);
    vnplan_status st = add_string(ctx, r, (const char *)vn_default_rules, vn_default_rules_len,
                                  "<default rules>", vn_default_rules_blob, vn_default_rules_blob_len);
    if (st) {
        vnplan_rules_free(r);
        return st;
    }
    *out = r;
    return VNPLAN_OK;
}
