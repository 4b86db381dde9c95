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

/* Reads `path` ("-" for stdin) as every command reads an input: within the
 * input limit, the SHA-256 (hex) of the bytes as read when sha256 is not
 * NULL, *text for plain text, a legacy .doc converted to .docx bytes when
 * --convert is on. The caller frees *data. */
vnplan_status cli_read_input(vnplan_ctx *ctx, const char *path, char **data, size_t *len, bool *text,
                             char sha256[65]);
/* The name of an input in messages: "<stdin>" for "-". */
const char *cli_input_name(const char *path);

/* Extracts the plan of `path` as cli_open_document reads it and writes its
 * JSON to fp (vnplan_extract_write; a .docx package is read as it is
 * extracted, vnplan_extract_docx_write). */
vnplan_status cli_extract_write(vnplan_ctx *ctx, const vnplan_rules *rules, const char *path, unsigned flags,
                                FILE *fp);

/* A plan: the JSON that `vnplan extract` wrote (a .json file, or input
 * that starts with '{'), or a document (as cli_open_document) extracted
 * with `rules`. */
vnplan_status cli_open_plan(vnplan_ctx *ctx, const vnplan_rules *rules, const char *path, vnplan_plan **out);

#endif
