/*
 * The streaming mode of the DOCX reader: the top-level blocks of the body
 * are handed to a callback one at a time and released after it returns, so
 * that a very large document is read in bounded memory (what one block, or
 * a few chunks of one table, needs; plus the warnings). The whole-document
 * reader (vnplan_document_open*) and this one share the parser
 * (wml_body.c): the blocks are the same, only their lifetime differs.
 */
#ifndef VN_BLOCK_STREAM_H
#define VN_BLOCK_STREAM_H

#include <stdbool.h>
#include "vnplan/document.h"
#include "vnplan/error.h"
enum { VN_STREAM_TABLE_ROWS = 256 };   /* rows of a top-level table per chunk */
typedef struct vn_block_sink {
    void *ud;
    /* One top-level block of the body, in reading order: a paragraph, a table or a chunk
     * of one, a section break (the final section break of the document comes last, as
     * in doc->blocks). A top-level table of more than VN_STREAM_TABLE_ROWS rows comes in
     * chunks of VN_STREAM_TABLE_ROWS rows (the last one may have fewer, never zero):
     * `more` says the table goes on in the next call, `cont` that this call continues the
     * table of the previous call. A chunk's n_cols is the table's column count so far
     * (tblGrid, widened by its rows so far); depth is 0. The block and all it points to
     * are valid only during the call, except that a cell's `continues` pointer (vertical
     * merge) may point to a restart cell of an earlier chunk, which the reader keeps
     * alive while a later row can still reference it (at least through the call that
     * delivers the last chunk whose cells point to it). A restart cell's row_span counts
     * only the rows delivered with or before it in the same call: the restart row and
     * the rows of the same chunk that continue it. When later chunks continue the merge
     * the reader goes on incrementing it, so read through a later chunk's `continues`
     * it counts the rows delivered so far, up to the end of that chunk; the whole
     * table's value is known after the chunk with more == false. Paragraphs, section
     * breaks, tables of at most VN_STREAM_TABLE_ROWS rows and tables that are not
     * top-level (in a cell, in a text box) come whole, with cont == more == false.
     * Return VNPLAN_OK to go on; any other (negative) status stops reading, and
     * the stream function returns that status (the callback has recorded its error in ctx). */
    vnplan_status (*block)(void *ud, const vnplan_block *b, bool cont, bool more);
} vn_block_sink;

/* Reads a .docx package from memory like vnplan_document_open_memory (same
 * checks, same errors, same limits, same numbering labels and text), but hands
 * the top-level blocks of the main document part to `sink` instead of storing
 * them. Notes, comments, headers and footers are not read. On success *out
 * (if out is not NULL) is a document without blocks that carries format,
 * warnings and invalid_utf8, freed with vnplan_document_free.
 *
 * "Not read" means not read into the document: it has no stories. Their
 * parts are still parsed after the body, and their blocks discarded, so that
 * a broken footnotes part fails the stream as it fails the whole-document
 * reader, and the warnings and invalid_utf8 are the same as there. When the
 * body turns out broken after some blocks were delivered, the error is the
 * one the whole-document reader reports; blocks already delivered stay
 * delivered, and the caller discards what it made of them. On failure *out
 * (if not NULL) is NULL. */
vnplan_status vn_document_stream_memory(vnplan_ctx *ctx, const void *data, size_t len,
                                        const char *name, const vn_block_sink *sink,
                                        vnplan_document **out);

#endif
