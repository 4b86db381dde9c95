/* Converting legacy .doc files to .docx with LibreOffice, when asked. */
#ifndef VN_CLI_CONVERT_H
#define VN_CLI_CONVERT_H

#include <stdbool.h>
#include <stddef.h>

#include "vnplan/error.h"

/* --convert was given, or VNPLAN_CONVERT=soffice is set. */
bool cli_convert_enabled(void);
void cli_convert_enable(void);

/* Converts the legacy Word file in data[0..len) with `soffice --headless`
 * in a private temporary directory (a fresh profile, a time limit) and
 * returns the .docx bytes (malloc'ed). `name` is used in messages. */
vnplan_status cli_convert_doc(vnplan_ctx *ctx, const char *name, const char *data, size_t len,
                              char **out, size_t *out_len);

#endif
