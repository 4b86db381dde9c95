/* Reading an input file given on the command line into a document. */
#ifndef VN_CLI_INPUT_H
#define VN_CLI_INPUT_H

#include <stdbool.h>

#include "vnplan/document.h"

/* True when `path` names plain text by its extension (.txt, .text, .md). */
bool cli_is_text_path(const char *path);

/* Reads `path` ("-" for stdin) as a .docx package or, for a text path, as
 * UTF-8 plain text. */
vnplan_status cli_open_document(vnplan_ctx *ctx, const char *path, vnplan_document **out);

#endif
