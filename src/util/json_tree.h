/* jansson trees read from text, with allocation failures told apart from
 * bad input. */
#ifndef VN_JSON_TREE_H
#define VN_JSON_TREE_H

#include <jansson.h>
#include <stddef.h>

#include "vnplan/error.h"

/* Parses json[0..len) (duplicate keys rejected) into *out (owned: decref).
 * VNPLAN_EFORMAT "not valid JSON: ..." with jansson's message and position;
 * VNPLAN_ENOMEM when an allocation failed while parsing, also where jansson
 * itself would report a syntax error or return a tree with a member short
 * (its lexer does both; the failure count below tells). */
vnplan_status vn_json_parse(vnplan_ctx *ctx, const char *json, size_t len, json_t **out);

/* Every allocation failure inside jansson, counted per thread, so that a
 * tree built with unchecked mutations (json_object_set_new(o, k,
 * json_string(s)) drops the member when either allocation fails) is still
 * known to be incomplete: a public function that builds a tree notes
 * vn_json_failures() before and compares after, and fails with
 * VNPLAN_ENOMEM when the count moved. The counter sits in jansson's
 * allocation functions, installed once by vnplan_ctx_new over the ones in
 * place then (an application's own are kept and called). */
void vn_json_count_failures(void);
unsigned long vn_json_failures(void);

#endif
