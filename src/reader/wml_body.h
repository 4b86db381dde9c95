/*
 * The streaming parser of WordprocessingML content (document body, notes,
 * comments, headers and footers) into blocks of the document model.
 */
#ifndef VN_WML_BODY_H
#define VN_WML_BODY_H

#include "reader/document_internal.h"
#include "reader/numbering_defs.h"
#include "reader/style_table.h"
#include "reader/zip_package.h"

typedef struct vn_wml_env {
    vn_package *pkg;
    vn_document *doc;           /* warnings, invalid_utf8, format */
    const vn_styles *styles;
    vn_numbering *numbering;
    vn_arena *mem;              /* where the blocks go (doc's arena, or a scratch one) */
} vn_wml_env;

struct vn_block_sink;

/* Parses the main document part: with sink NULL into doc->pub.blocks (in
 * env->mem); otherwise handing each top-level block to the sink, in memory
 * of the parser's own that is released as it goes (see block_stream.h). */
vnplan_status vn_wml_parse_body(vn_wml_env *env, const char *part, const struct vn_block_sink *sink);

/* Parses a part of stories: footnotes/endnotes/comments (one story per
 * w:footnote/w:endnote/w:comment) or a header/footer (one story, id =
 * part name). The stories are appended to *stories (vnplan_story); with
 * stories NULL each is dropped as soon as it ends, and env->mem (a scratch
 * arena) emptied. */
vnplan_status vn_wml_parse_stories(vn_wml_env *env, const char *part, vn_vec *stories);

#endif
