/*
 * The plain-text renderer behind vnplan_document_to_text, block by block,
 * so that `vnplan text` can render the blocks of a streamed document
 * (block_stream.h) as they come. The chunks of a streamed table render as
 * the whole table would: a table is rendered row by row, and consecutive
 * tables get no blank line between them, so nothing joins two chunks.
 */
#ifndef VN_TEXT_RENDER_H
#define VN_TEXT_RENDER_H

#include "util/buf.h"
#include "vnplan/document.h"

typedef struct vn_text_renderer {
    int last_kind;   /* vnplan_block_kind of the last block printed, -1 before the first */
} vn_text_renderer;

void vn_text_render_begin(vn_text_renderer *r);
/* Appends the text of top-level block b to out (out->failed when out of memory). */
void vn_text_render_block(vn_text_renderer *r, vn_buf *out, const vnplan_block *b);

#endif
