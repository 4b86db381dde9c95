/* jansson trees read from text, with allocation failures told apart from
 * bad input. */
#ifndef VN_JSON_TREE_H
#define VN_JSON_TREE_H

#include <jansson.h>
#include <stddef.h>

#include "util/alloc_failures.h"
#include "vnplan/error.h"

/* Parses json[0..len) (duplicate keys rejected) into *out (owned: decref).
 * VNPLAN_EFORMAT "not valid JSON: ..." with jansson's message and position;
 * VNPLAN_ENOMEM when an allocation failed while parsing, also where jansson
 * itself would report a syntax error or return a tree with a member short
 * (its lexer does both; the failure count below tells). */
vnplan_status vn_json_parse(vnplan_ctx *ctx, const char *json, size_t len, json_t **out);

/* jansson's failed allocations are counted with the library's own
 * (util/alloc_failures.h): a tree built with unchecked mutations
 * (json_object_set_new(o, k, json_string(s)) drops the member when either
 * allocation fails) is still known to be incomplete at the public function
 * that built it. */

#endif
