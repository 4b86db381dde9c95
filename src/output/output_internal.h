/* Shared pieces of the report renderers. */
#ifndef VN_OUTPUT_INTERNAL_H
#define VN_OUTPUT_INTERNAL_H

#include <jansson.h>

#include "util/buf.h"

/* Member `key` of object o as a string / number / integer, or the default. */
const char *out_str(const json_t *o, const char *key, const char *missing);
double out_num(const json_t *o, const char *key);
long long out_int(const json_t *o, const char *key);

/* The report as one self-contained HTML page. */
void out_render_html(const json_t *report, vn_buf *b);

#endif
