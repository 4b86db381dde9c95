/* Compiling rule patterns with PCRE2 (UTF + UCP; JIT on request) and matching. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "rules/rules_internal.h"
#include "util/ctx.h"

void vn_rules_section_free_code(vn_rules_section *s) {
    if (s->code)
        pcre2_code_free(s->code);
    if (s->requires)
        pcre2_code_free(s->requires);
    s->code = NULL;
    s->requires = NULL;
}

/* JIT unless VNPLAN_PCRE2_JIT=0 (valgrind cannot follow JIT code and reports
 * its reads as uninitialised); without JIT, or where JIT is unavailable,
 * pcre2_match interprets the same pattern. */
static void jit_compile(pcre2_code *code) {
    const char *jit = getenv("VNPLAN_PCRE2_JIT");
    if (jit && strcmp(jit, "0") == 0)
        return;
    /* With JIT_INVALID_UTF the machine code copes with any subject, and
     * pcre2_match() then skips its check of the whole subject for UTF-8
     * validity (a tenth of a batch). The option is deprecated in favour of
     * the compile-time PCRE2_MATCH_INVALID_UTF, which would slow the
     * interpreter that single documents use; a PCRE2 without it refuses
     * the option and gets the plain compilation. */
    if (pcre2_jit_compile(code, PCRE2_JIT_COMPLETE | PCRE2_JIT_INVALID_UTF) != 0)
        pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
}

void vnplan_rules_jit(vnplan_rules *rules) {
    if (!rules)
        return;
    if (rules->jit)
        return;
    rules->jit = true;
    for (size_t i = 0; i < rules->sections.n; i++) {
        vn_rules_section *s = *(vn_rules_section **)vn_vec_at(&rules->sections, i);
        if (s->code && !s->removed)
            jit_compile(s->code);
        if (s->requires && !s->removed)
            jit_compile(s->requires);
    }
}

/* A live rule section whose patterns are still to be made (compiled or
 * taken from the precompiled blob). */
static bool needs_code(const vn_rules_section *s) {
    return s->kind == VN_SECTION_RULE && !s->removed && !s->code;
}

bool vn_rules_take_precompiled(vn_vec *sections, const unsigned char *blob, size_t len) {
    if (len == 0)
        return false;
    int32_t n = pcre2_serialize_get_number_of_codes(blob);
    size_t want = 0;
    for (size_t i = 0; i < sections->n; i++) {
        vn_rules_section *s = *(vn_rules_section **)vn_vec_at(sections, i);
        if (needs_code(s))
            want += 1 + (vn_rules_field(s, "requires") != NULL);
    }
    if (n <= 0 || (size_t)n != want)
        return false;
    pcre2_code **codes = calloc((size_t)n, sizeof *codes);
    if (!codes)
        return false;
    if (pcre2_serialize_decode(codes, n, blob, NULL) != n) {
        free(codes);
        return false;
    }
    size_t k = 0;
    for (size_t i = 0; i < sections->n; i++) {
        vn_rules_section *s = *(vn_rules_section **)vn_vec_at(sections, i);
        if (!needs_code(s))
            continue;
        s->code = codes[k++];
        if (vn_rules_field(s, "requires"))
            s->requires = codes[k++];
    }
    free(codes);
    return true;
}

/* Compiles field `key` of rule s; fails with the field's line and PCRE2's message. */
static vnplan_status compile_field(vnplan_ctx *ctx, vn_rules_section *s, const char *key, uint32_t options,
                                   bool jit, void **out) {
    int err;
    PCRE2_SIZE offset;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)vn_rules_field(s, key), PCRE2_ZERO_TERMINATED, options, &err,
                                     &offset, NULL);
    if (!code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(err, msg, sizeof msg);
        long line = s->line;
        for (size_t k = 0; k < s->keys.n; k++)
            if (!strcmp(*(const char **)vn_vec_at(&s->keys, k), key))
                line = *(long *)vn_vec_at(&s->lines, k);
        return vn_fail_line(ctx, VNPLAN_ERULES, s->file, line, "rule '%s': bad %s at offset %zu: %s", s->name,
                            key, (size_t)offset, (const char *)msg);
    }
    if (jit)
        jit_compile(code);
    *out = code;
    return VNPLAN_OK;
}

vnplan_status vn_rules_compile(vnplan_ctx *ctx, vn_vec *sections, bool jit) {
    for (size_t i = 0; i < sections->n; i++) {
        vn_rules_section *s = *(vn_rules_section **)vn_vec_at(sections, i);
        if (!needs_code(s))
            continue;
        if (!vn_rules_field(s, "pattern"))
            return vn_fail_line(ctx, VNPLAN_ERULES, s->file, s->line, "rule '%s' has no pattern",
                                s->name);
        uint32_t options = PCRE2_UTF | PCRE2_UCP;
        const char *flags = vn_rules_field(s, "flags");
        if (flags && strchr(flags, 'i'))
            options |= PCRE2_CASELESS;
        if (flags && strchr(flags, 'x'))
            options |= PCRE2_EXTENDED;
        vnplan_status st = compile_field(ctx, s, "pattern", options, jit, &s->code);
        if (!st && vn_rules_field(s, "requires"))
            st = compile_field(ctx, s, "requires", options, jit, &s->requires);
        if (st)
            return st;
    }
    return VNPLAN_OK;
}

/* What each thread keeps between matches:
 * - one match block: PCRE2 keeps its backtracking frames (20 KiB and up) in
 *   it, so a block per match was an allocation and a free of those frames
 *   for every paragraph and rule;
 * - a copy of the last subject PCRE2 found to be valid UTF-8 as a whole.
 *   Several rules are tried on each paragraph, and PCRE2's interpreter (one
 *   document: no JIT) validated the whole subject every time; comparing
 *   with the copy costs far less, and only a subject equal to it byte for
 *   byte skips the check (PCRE2_NO_UTF_CHECK). JIT code made with
 *   PCRE2_JIT_INVALID_UTF needs no check at all.
 * Freed when the thread ends; the main thread's stays until exit. */
typedef struct match_state {
    pcre2_match_data *md;
    char *valid;                 /* the last subject known valid */
    size_t valid_len, valid_cap;
} match_state;

static pthread_key_t match_key;
static pthread_once_t match_once = PTHREAD_ONCE_INIT;
static bool match_key_ok;

static void match_state_free(void *p) {
    match_state *ms = p;
    pcre2_match_data_free(ms->md);
    free(ms->valid);
    free(ms);
}
static void match_key_init(void) { match_key_ok = pthread_key_create(&match_key, match_state_free) == 0; }

static match_state *thread_match_state(void) {
    pthread_once(&match_once, match_key_init);
    if (!match_key_ok)
        return NULL;
    match_state *ms = pthread_getspecific(match_key);
    if (!ms) {
        ms = calloc(1, sizeof *ms);
        if (ms)
            ms->md = pcre2_match_data_create(32, NULL);
        if (!ms || !ms->md || pthread_setspecific(match_key, ms) != 0) {
            if (ms)
                pcre2_match_data_free(ms->md);
            free(ms);
            return NULL;
        }
    }
    return ms;
}

/* True when s[0..len) is the subject last found valid and `start` is at a
 * character boundary. */
static bool known_valid(const match_state *ms, const char *s, size_t len, size_t start) {
    return ms->valid && len == ms->valid_len && (start == len || ((unsigned char)s[start] & 0xC0) != 0x80) &&
           memcmp(s, ms->valid, len) == 0;
}

static void remember_valid(match_state *ms, const char *s, size_t len) {
    if (len + 1 > ms->valid_cap) {
        char *p = realloc(ms->valid, len + 1);
        if (!p)
            return;
        ms->valid = p;
        ms->valid_cap = len + 1;
    }
    memcpy(ms->valid, s, len);
    ms->valid_len = len;
}

/* pcre2_match() with the thread's block; `*options` gains NO_UTF_CHECK once
 * PCRE2 has checked the whole subject (from offset 0) and found it valid. */
static int match_with(match_state *ms, const pcre2_code *code, const char *s, size_t len, size_t start,
                      uint32_t *options) {
    int rc = pcre2_match(code, (PCRE2_SPTR)s, len, start, *options, ms->md, NULL);
    bool valid = rc >= 0 || rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL;
    if (!(*options & PCRE2_NO_UTF_CHECK) && start == 0 && valid) {
        remember_valid(ms, s, len);
        *options |= PCRE2_NO_UTF_CHECK;
    }
    return rc;
}

bool vn_rule_match(const vnplan_rules *rules, const char *name, const char *s, size_t len,
                   size_t start, vn_match *m) {
    const vn_rules_section *r = vn_rules_find(rules, VN_SECTION_RULE, name);
    if (!r || !r->code || start > len)
        return false;
    match_state *ms = thread_match_state();
    if (!ms)
        return false;
    uint32_t options = known_valid(ms, s, len, start) ? PCRE2_NO_UTF_CHECK : 0;
    /* The cheap test first: no match of `requires` (or invalid UTF-8), no match. */
    if (r->requires && match_with(ms, r->requires, s, len, start, &options) < 0)
        return false;
    int rc = match_with(ms, r->code, s, len, start, &options);
    bool ok = rc > 0;
    if (ok) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(ms->md);
        int n = rc > 32 ? 32 : rc;
        for (int i = 0; i < 2 * n; i++)
            m->ovector[i] = ov[i];
        m->n = n;
        m->rule = r;
        m->subject = s;
    }
    return ok;
}

bool vn_match_group(const vn_match *m, const char *group, const char **p, size_t *len) {
    int i = pcre2_substring_number_from_name(m->rule->code, (PCRE2_SPTR)group);
    if (i < 0 || i >= m->n || m->ovector[2 * i] == PCRE2_UNSET)
        return false;
    *p = m->subject + m->ovector[2 * i];
    *len = m->ovector[2 * i + 1] - m->ovector[2 * i];
    return true;
}

void vn_match_span(const vn_match *m, size_t *start, size_t *end) {
    *start = m->ovector[0];
    *end = m->ovector[1];
}
