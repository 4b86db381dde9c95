/* Reading whole inputs into memory, with a size limit. */
#ifndef VN_FILE_H
#define VN_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "vnplan/error.h"

/* Reads the file at `path` ("-" is standard input) into a malloc'ed,
 * NUL-terminated buffer that the caller frees. Fails with VNPLAN_ELIMIT
 * when it is larger than `max_bytes`, VNPLAN_EIO when it cannot be read. */
vnplan_status vn_read_file(vnplan_ctx *ctx, const char *path, size_t max_bytes, char **data,
                           size_t *len);
/* The same from an open stream; `name` is used in messages. */
vnplan_status vn_read_stream(vnplan_ctx *ctx, FILE *fp, const char *name, size_t max_bytes,
                             char **data, size_t *len);

/* True when `path` names plain text by its extension (.txt, .text, .md, any case). */
bool vn_is_text_path(const char *path);
/* How an input is read: as plain text when its name says so, or, for
 * standard input ("-"), when it does not start like a zip archive. */
bool vn_input_is_text(const char *path, const char *data, size_t len);

/* An anonymous temporary file for reading and writing, in $TMPDIR (or
 * /tmp when unset), already unlinked so nothing is left behind even if the
 * process is killed (glibc's tmpfile() ignores $TMPDIR). NULL on failure. */
FILE *vn_temp_file(void);

/* Copies `from` (rewound first when `rewind_first`) to `to` through a
 * buffer. False when reading or writing failed. */
bool vn_file_copy(FILE *from, FILE *to, bool rewind_first);

#endif
