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

/* Writes v to fp through a buffer flushed every 64 KiB. False on a write
 * error or no memory. */
bool vn_json_write(FILE *fp, const json_t *v, bool pretty);

#endif
