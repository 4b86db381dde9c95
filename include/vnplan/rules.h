/*
 * vnplan/rules.h - the rules file: recognition rules, lists and maps.
 *
 * Rules are data, not code: a default rules file is embedded in the
 * library at build time and a user's file adds to it or overrides entries
 * by name. The format is described in docs/rules.md.
 *
 * A loaded rules object is read-only and may be shared between threads.
 */
#ifndef VNPLAN_RULES_H
#define VNPLAN_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "vnplan/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct vnplan_rules vnplan_rules;

/* Loads the built-in default rules. The caller owns *out. */
VNPLAN_EXTERN vnplan_status vnplan_rules_load_default(vnplan_ctx *ctx, vnplan_rules **out);

/* Adds the rules of a file, replacing entries of the same name. A bad
 * pattern fails with VNPLAN_ERULES naming the file, line, rule and PCRE2's
 * message with the offset; then `rules` is left as it was. */
VNPLAN_EXTERN vnplan_status vnplan_rules_add_file(vnplan_ctx *ctx, vnplan_rules *rules, const char *path);

/* The same from memory; `name` stands for the file name in messages. */
VNPLAN_EXTERN vnplan_status vnplan_rules_add_string(vnplan_ctx *ctx, vnplan_rules *rules, const char *text,
                                      size_t len, const char *name);

/* Every rule the code reads must have the named groups it takes from the
 * match (docs/rules.md, "The contract"): a rule without one fails to load
 * with VNPLAN_ERULES naming the file, line, rule and group. A section that
 * no code reads (a misspelled name) is a warning, listed by
 * vnplan_rules_warnings() (one line each, "FILE:LINE: ..."; owned by
 * rules); after vnplan_rules_strict(rules, true) it fails to load instead. */
VNPLAN_EXTERN void vnplan_rules_strict(vnplan_rules *rules, bool strict);
VNPLAN_EXTERN size_t vnplan_rules_warnings(const vnplan_rules *rules, const char *const **items);

/* JIT-compiles the rules' patterns (and those added later). Compiling costs
 * about as much as extracting one ordinary plan and then makes matching
 * several times faster: worth it for a batch or a very long document, not
 * for one plan. Call it before the rules are shared between threads. The
 * environment variable VNPLAN_PCRE2_JIT=0 turns it off. */
VNPLAN_EXTERN void vnplan_rules_jit(vnplan_rules *rules);

VNPLAN_EXTERN void vnplan_rules_free(vnplan_rules *rules);

/* The entries of list `name` ([list NAME] in the file); returns their
 * number and points *items at them (owned by rules). 0 when no such list. */
VNPLAN_EXTERN size_t vnplan_rules_list(const vnplan_rules *rules, const char *name, const char *const **items);

/* The pairs of map `name` ([map NAME]); returns their number. */
VNPLAN_EXTERN size_t vnplan_rules_map(const vnplan_rules *rules, const char *name, const char *const **keys,
                        const char *const **values);

#ifdef __cplusplus
}
#endif
#endif
