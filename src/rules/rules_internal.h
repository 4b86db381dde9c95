/*
 * The parsed rules file: sections of three kinds.
 *   [list NAME]   one entry per line
 *   [map NAME]    KEY = VALUE per line
 *   [rule NAME]   FIELD = VALUE per line (a rule's pattern and what it yields)
 * A section replaces an earlier one of the same kind and name; written
 * "[list NAME append]" (or map) it adds to it instead. docs/rules.md has
 * the full format.
 */
#ifndef VN_RULES_INTERNAL_H
#define VN_RULES_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/strmap.h"
#include "util/vec.h"
#include "vnplan/rules.h"

typedef enum vn_section_kind { VN_SECTION_LIST, VN_SECTION_MAP, VN_SECTION_RULE } vn_section_kind;

typedef struct vn_rules_section {
    vn_section_kind kind;
    const char *name;
    const char *file;      /* where it was defined, for messages */
    long line;
    vn_vec keys;           /* const char *: list entries, map keys, rule field names */
    vn_vec values;         /* const char *: map values, rule field values (unused for lists) */
    vn_vec lines;          /* long: line of each entry */
    int removed;           /* replaced by a later section of the same name */
    void *code;            /* rules: the compiled pattern (pcre2_code_8 *), JIT-compiled */
    void *requires;        /* rules: the compiled `requires` pattern, or NULL */
} vn_rules_section;

struct vnplan_rules {
    vn_arena arena;
    vn_vec sections;       /* vn_rules_section *, in file order */
    vn_strmap index;       /* kind digit + name -> position of the live section in `sections` */
    bool jit;              /* vnplan_rules_jit() was called: new patterns are JIT-compiled too */
    bool strict;           /* vnplan_rules_strict(): a section no code reads is an error */
    vn_vec warnings;       /* const char * (arena): sections no code reads */
};

/* The section of that kind and name, or NULL. */
const vn_rules_section *vn_rules_find(const vnplan_rules *rules, vn_section_kind kind,
                                      const char *name);
/* The value of field `key` of a section, or NULL. */
const char *vn_rules_field(const vn_rules_section *s, const char *key);
/* Iteration over live sections: returns the i-th, NULL past the end. */
const vn_rules_section *vn_rules_section_at(const vnplan_rules *rules, size_t i);

/* A match of a rule's pattern. */
typedef struct vn_match {
    const vn_rules_section *rule;
    const char *subject;
    size_t ovector[2 * 32];
    int n;                 /* captured pairs */
} vn_match;

/* Matches rule `name` against s[0..len) from `start`. False when the rule
 * does not exist or does not match. */
bool vn_rule_match(const vnplan_rules *rules, const char *name, const char *s, size_t len,
                   size_t start, vn_match *m);
/* The text of a named group of a match; false when it did not take part. */
bool vn_match_group(const vn_match *m, const char *group, const char **p, size_t *len);
/* Whole match. */
void vn_match_span(const vn_match *m, size_t *start, size_t *end);
/* Compiles the patterns of rule sections that have none yet (called when
 * a file is added); fails with the file, line, rule and PCRE2's message. */
vnplan_status vn_rules_compile(vnplan_ctx *ctx, vn_vec *sections, bool jit);
/* Takes the patterns of `sections` from `blob` (pcre2_serialize_encode() of
 * every rule's pattern, then its `requires` if any, in order); false (and
 * nothing taken) when the blob is empty, does not match them or was made by
 * another PCRE2. */
bool vn_rules_take_precompiled(vn_vec *sections, const unsigned char *blob, size_t len);
/* The default rules' patterns, precompiled at build time (empty in the
 * generator that makes them). */
extern const unsigned char vn_default_rules_blob[];
extern const size_t vn_default_rules_blob_len;
void vn_rules_section_free_code(vn_rules_section *s);
/* Checks compiled sections against the contract (rules_contract.c): a rule
 * lacking a named group the code reads fails with file, line, rule and
 * group; a section no code reads is a warning, or fails when strict. */
vnplan_status vn_rules_check(vnplan_ctx *ctx, vnplan_rules *rules, const vn_vec *sections);
/* The contract's entries, for tests and docs. */
size_t vn_rules_contract_count(void);
bool vn_rules_contract_at(size_t i, vn_section_kind *kind, const char **name, const char **groups);

#endif
