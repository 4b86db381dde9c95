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

#include <stddef.h>

#include "util/arena.h"
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
} vn_rules_section;

struct vnplan_rules {
    vn_arena arena;
    vn_vec sections;       /* vn_rules_section *, in file order */
};

/* The section of that kind and name, or NULL. */
const vn_rules_section *vn_rules_find(const vnplan_rules *rules, vn_section_kind kind,
                                      const char *name);
/* The value of field `key` of a section, or NULL. */
const char *vn_rules_field(const vn_rules_section *s, const char *key);
/* Iteration over live sections: returns the i-th, NULL past the end. */
const vn_rules_section *vn_rules_section_at(const vnplan_rules *rules, size_t i);

#endif
