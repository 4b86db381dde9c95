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
    vn_document *doc;
    const vn_styles *styles;
    vn_numbering *numbering;
} vn_wml_env;

/* Parses the main document part into doc->pub.blocks. */
vnplan_status vn_wml_parse_body(vn_wml_env *env, const char *part);

/* Parses a part of stories: footnotes/endnotes/comments (one story per
 * w:footnote/w:endnote/w:comment) or a header/footer (one story, id =
 * part name). The stories are appended to *stories (vnplan_story). */
vnplan_status vn_wml_parse_stories(vn_wml_env *env, const char *part, vn_vec *stories);

#endif
