/* Reading an input file given on the command line into a document. */
#ifndef VN_CLI_INPUT_H
#define VN_CLI_INPUT_H

#include <stdbool.h>

#include "vnplan/document.h"
#include "vnplan/plan.h"

/* Reads `path` ("-" for stdin) as a .docx package or, for a text path, as
 * UTF-8 plain text. */
vnplan_status cli_open_document(vnplan_ctx *ctx, const char *path, vnplan_document **out);
/* The same, also giving the SHA-256 (hex) of the input bytes as read,
 * before any conversion; sha256 may be NULL. */
vnplan_status cli_open_document_digest(vnplan_ctx *ctx, const char *path, vnplan_document **out,
                                       char sha256[65]);

/* A plan: the JSON that `vnplan extract` wrote (a .json file, or input
 * that starts with '{'), or a document (as cli_open_document) extracted
 * with `rules`. */
vnplan_status cli_open_plan(vnplan_ctx *ctx, const vnplan_rules *rules, const char *path, vnplan_plan **out);

#endif
