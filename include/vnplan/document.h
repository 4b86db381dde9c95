/*
 * vnplan/document.h - the document model and the DOCX reader.
 *
 * A document is an ordered list of blocks in reading order: paragraphs,
 * tables and section breaks. The model is read-only for callers: every
 * string and array belongs to the document and lives until
 * vnplan_document_free(). Strings are UTF-8 in display form (see text.h).
 */
#ifndef VNPLAN_DOCUMENT_H
#define VNPLAN_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "vnplan/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum vnplan_block_kind {
    VNPLAN_BLOCK_PARAGRAPH = 0,
    VNPLAN_BLOCK_TABLE,
    VNPLAN_BLOCK_SECTION_BREAK
} vnplan_block_kind;

typedef enum vnplan_align {
    VNPLAN_ALIGN_NONE = 0, /* not stated: the style's or the default (left) */
    VNPLAN_ALIGN_LEFT,
    VNPLAN_ALIGN_CENTER,
    VNPLAN_ALIGN_RIGHT,
    VNPLAN_ALIGN_BOTH
} vnplan_align;

/* Number formats of automatic numbering (w:numFmt). */
typedef enum vnplan_num_format {
    VNPLAN_NUMFMT_NONE = 0,   /* no automatic numbering, or numFmt "none" */
    VNPLAN_NUMFMT_DECIMAL,
    VNPLAN_NUMFMT_DECIMAL_ZERO,
    VNPLAN_NUMFMT_UPPER_ROMAN,
    VNPLAN_NUMFMT_LOWER_ROMAN,
    VNPLAN_NUMFMT_UPPER_LETTER,
    VNPLAN_NUMFMT_LOWER_LETTER,
    VNPLAN_NUMFMT_ORDINAL,
    VNPLAN_NUMFMT_CARDINAL_TEXT,
    VNPLAN_NUMFMT_ORDINAL_TEXT,
    VNPLAN_NUMFMT_BULLET,
    VNPLAN_NUMFMT_OTHER
} vnplan_num_format;

typedef struct vnplan_block vnplan_block;

/* A span of a paragraph's text written in one legacy-font run, kept for
 * diagnostics after the reader decoded it. Offsets are into `text`. */
typedef struct vnplan_font_span {
    size_t start, end;
    const char *font;      /* the font name as resolved through the style chain */
} vnplan_font_span;

typedef struct vnplan_paragraph {
    const char *text;        /* display text; TAB for w:tab, '\n' for w:br/w:cr; never NULL */
    size_t text_len;
    const char *label;       /* visible numbering label as Word shows it ("II.", "a)", "-"), or NULL */
    const char *style_id;    /* w:pStyle, or NULL */
    const char *style_name;  /* the style's w:name, or NULL */
    int outline_level;       /* 0..8 through style inheritance, -1 when none */
    int num_id;              /* numbering instance (w:numId) in effect, -1 when none */
    int num_level;           /* its level (w:ilvl), -1 when none */
    vnplan_num_format num_format;
    bool bold_all;           /* every non-space character is bold */
    bool italic_all;
    size_t bold_lead_len;    /* bytes of text covered by a leading bold run (0 when none) */
    vnplan_align align;
    bool page_break_before;  /* a w:br type=page or pageBreakBefore precedes the text */
    const vnplan_font_span *legacy_spans;
    size_t n_legacy_spans;
} vnplan_paragraph;

typedef enum vnplan_vmerge {
    VNPLAN_VMERGE_NONE = 0,
    VNPLAN_VMERGE_RESTART,   /* the first cell of a vertical merge */
    VNPLAN_VMERGE_CONTINUE   /* covered by the cell above: see `continues` */
} vnplan_vmerge;

typedef struct vnplan_cell {
    size_t grid_col;         /* first grid column (0-based) */
    size_t grid_span;        /* columns covered (>= 1) */
    vnplan_vmerge vmerge;
    /* For VNPLAN_VMERGE_CONTINUE: the cell that starts the merge (in an
     * earlier row, same grid column), or NULL when the file has none. */
    const struct vnplan_cell *continues;
    size_t row_span;         /* rows covered, on the restart cell (1 otherwise) */
    const vnplan_block *blocks;
    size_t n_blocks;
} vnplan_cell;

typedef struct vnplan_row {
    const vnplan_cell *cells;
    size_t n_cells;
    bool header;             /* w:tblHeader: repeated at the top of each page */
} vnplan_row;

typedef struct vnplan_table {
    const vnplan_row *rows;
    size_t n_rows;
    size_t n_cols;           /* grid columns */
    int depth;               /* 0 for a top-level table, 1 for a table in a cell, ... */
} vnplan_table;

typedef struct vnplan_section_break {
    bool landscape;          /* the section that ends here is landscape */
    long page_width, page_height; /* twentieths of a point, 0 when not stated */
} vnplan_section_break;

struct vnplan_block {
    vnplan_block_kind kind;
    union {
        vnplan_paragraph paragraph;
        vnplan_table table;
        vnplan_section_break section;
    } u;
};

/* A note, comment, header or footer: an id and its blocks. */
typedef struct vnplan_story {
    const char *id;          /* w:id of a note or comment, the part name of a header/footer */
    const char *author;      /* comments only, else NULL */
    const vnplan_block *blocks;
    size_t n_blocks;
} vnplan_story;

typedef struct vnplan_document {
    const vnplan_block *blocks;
    size_t n_blocks;
    const vnplan_story *footnotes;  size_t n_footnotes;
    const vnplan_story *endnotes;   size_t n_endnotes;
    const vnplan_story *comments;   size_t n_comments;
    const vnplan_story *headers;    size_t n_headers;
    const vnplan_story *footers;    size_t n_footers;
    const char *const *warnings;    /* one line each, e.g. "3 invalid UTF-8 sequences replaced" */
    size_t n_warnings;
    const char *format;             /* "docx", "docm", "dotx", "strict-docx", "text" */
    size_t invalid_utf8;            /* invalid sequences replaced with U+FFFD */
} vnplan_document;

/* Reads a WordprocessingML package (.docx, .docm, .dotx, Strict OOXML)
 * from a file. On success *out owns the document; on failure *out is NULL,
 * the error is recorded in ctx and a negative status returned. */
VNPLAN_EXTERN vnplan_status vnplan_document_open(vnplan_ctx *ctx, const char *path, vnplan_document **out);

/* The same from memory. `name` is used in messages only (may be NULL).
 * The data is not retained after the call returns. */
VNPLAN_EXTERN vnplan_status vnplan_document_open_memory(vnplan_ctx *ctx, const void *data, size_t len,
                                          const char *name, vnplan_document **out);

/* Builds a document from UTF-8 plain text: one paragraph per line, no
 * numbering (labels stay in the text). Hard-wrapped lines are not joined
 * here; see the extractor's reflow. */
VNPLAN_EXTERN vnplan_status vnplan_document_from_text(vnplan_ctx *ctx, const char *text, size_t len,
                                        vnplan_document **out);

VNPLAN_EXTERN void vnplan_document_free(vnplan_document *doc);

/* Renders the document as plain text: one paragraph per line with its
 * label and a space before the text, table rows as cells joined by " | ",
 * a blank line between blocks of different kinds. Returns a string owned
 * by the caller (free with vnplan_free), or NULL when out of memory or
 * when `doc` is NULL. */
VNPLAN_EXTERN char *vnplan_document_to_text(const vnplan_document *doc, size_t *len);

/* The model as JSON (for debugging and tests); owned by the caller: free
 * with vnplan_free. NULL when out of memory or when `doc` is NULL. */
VNPLAN_EXTERN char *vnplan_document_to_json(const vnplan_document *doc, bool pretty, size_t *len);

#ifdef __cplusplus
}
#endif
#endif
