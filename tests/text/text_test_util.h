/* Helpers shared by the text-stage test suites. */
#ifndef VN_TEXT_TEST_UTIL_H
#define VN_TEXT_TEST_UTIL_H

#include <stddef.h>

#include "vnplan/text.h"

/* Display form of a C string (malloc'ed; the caller frees). */
char *tt_display(const char *s, vnplan_tones tones);
/* Key text of a C string (malloc'ed). */
char *tt_key(const char *s, vnplan_key_kind kind);
/* Decoded legacy text (malloc'ed). */
char *tt_decode(vnplan_encoding enc, bool caps, const char *s);
/* Reads a whole file (malloc'ed, NUL-terminated), or NULL. */
char *tt_read(const char *path, size_t *len);
/* $VNPLAN_SHARED_DIR/rel (static buffer). */
const char *tt_shared(const char *rel);
/* The seed texts: number of seeds, and seed i read into *len (malloc'ed). */
int tt_seed_count(void);
char *tt_seed(int i, size_t *len, const char **name);
/* Runs a shell command with `in` on stdin and returns its stdout (malloc'ed),
 * or NULL when it failed. */
char *tt_filter(const char *cmd, const char *in, size_t len, size_t *out_len);

#endif
