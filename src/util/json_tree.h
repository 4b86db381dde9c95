/* jansson trees read from text, with allocation failures told apart from
 * bad input. */
#ifndef VN_JSON_TREE_H
#define VN_JSON_TREE_H

#include <jansson.h>
#include <stddef.h>

#include "vnplan/error.h"

/* Parses json[0..len) (duplicate keys rejected) into *out (owned: decref).
 * VNPLAN_EFORMAT "not valid JSON: ..." with jansson's message and position,
 * VNPLAN_ENOMEM when jansson says it ran out of memory. One case cannot be
 * told apart: an allocation failing inside jansson's lexer is reported by
 * jansson itself as a syntax error, so it comes back as VNPLAN_EFORMAT. */
vnplan_status vn_json_parse(vnplan_ctx *ctx, const char *json, size_t len, json_t **out);

#endif
