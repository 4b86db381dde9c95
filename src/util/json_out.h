/*
 * Writing a jansson tree as JSON text, byte for byte as json_dumps() with
 * JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6) and JSON_COMPACT or
 * JSON_INDENT(2) would, several times faster: jansson hands every token to
 * a callback (json_dumpf: one fwrite per token) and escapes a character at
 * a time; this appends runs of plain bytes to one buffer.
 */
#ifndef VN_JSON_OUT_H
#define VN_JSON_OUT_H

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

#include "util/buf.h"

/* Appends v to out (pretty: two-space indentation, else compact). False
 * when out failed (no memory) or v holds a value JSON cannot write (a NaN). */
bool vn_json_append(vn_buf *out, const json_t *v, bool pretty);

/* The same with v nested `depth` levels deep (its indentation when pretty):
 * the pieces of a document written as it is made (extract's streaming
 * output) come out as the whole document would. */
bool vn_json_append_at(vn_buf *out, const json_t *v, bool pretty, int depth);
/* What precedes a member or element `depth` levels deep: a newline and two
 * spaces per level when pretty, nothing otherwise. */
void vn_json_indent(vn_buf *out, bool pretty, int depth);
/* s[0..len) as a JSON string, escaped as vn_json_append escapes. */
void vn_json_append_string(vn_buf *out, const char *s, size_t len);

/* Writes v to fp through a buffer flushed every 64 KiB. False on a write
 * error or no memory. */
bool vn_json_write(FILE *fp, const json_t *v, bool pretty);

#endif
