/*
 * The parser shared by the WordprocessingML readers (wml_body.c: frames,
 * blocks and the dispatch of elements by namespace and local name;
 * wml_paragraph.c: paragraphs and runs; wml_table.c: tables, rows, cells
 * and merges; wml_stories.c: notes, comments, headers and footers).
 *
 * Block memory goes to p->mem: the document's arena when the whole
 * document is read; in streaming mode (a sink is given, see block_stream.h)
 * a block arena emptied whenever the body is between top-level blocks, and,
 * inside a top-level table, the arena of the current chunk of rows
 * (table_chunks.h). Warnings always go to the document.
 */
#ifndef VN_WML_PARSER_H
#define VN_WML_PARSER_H

#include <string.h>

#include "reader/block_stream.h"
#include "reader/table_chunks.h"
#include "reader/wml_body.h"
#include "reader/xml_sax.h"

typedef enum { F_CONTAINER, F_TABLE, F_ROW, F_PARA } frame_kind;

typedef struct run_props {
    const char *rstyle;     /* borrowed from the XML: copied below */
    char rstyle_buf[64];
    int bold, italic, vanish;
    char *font;             /* direct rFonts, owned */
} run_props;

typedef struct frame {
    frame_kind kind;
    int depth;                      /* XML depth of the element */
    /* F_CONTAINER: blocks; as a cell, its grid span and vertical merge */
    vn_vec blocks;
    bool is_cell;
    size_t grid_span;
    vnplan_vmerge vmerge;
    /* F_TABLE */
    vn_vec rows;                    /* vnplan_row */
    size_t n_cols;
    int table_depth;
    vn_vec last_restart;            /* vnplan_cell *, per grid column */
    size_t rows_done;               /* streamed: rows delivered in earlier chunks */
    bool streamed;                  /* a top-level table delivered in chunks */
    /* F_ROW */
    vn_vec cells;                   /* vnplan_cell */
    bool header;
    size_t next_col;
    /* F_PARA */
    vn_buf text;
    char style[128];
    int num_id, ilvl, align, outline;
    bool mark_deleted, in_ppr, in_rpr, page_break;
    bool has_sect;
    vnplan_section_break sect;
    size_t nonspace, bold_nonspace, italic_nonspace;
    size_t lead_bold;               /* raw bytes of the leading bold text */
    bool lead_open;                 /* still inside the leading bold text */
    vn_vec spans;                   /* vnplan_font_span */
    vn_vec pending;                 /* blocks of text boxes anchored here */
    run_props run;
    bool in_run, in_run_rpr;
} frame;

typedef struct parser {
    vn_wml_env *env;
    vn_sax *x;                      /* the parse, during its callbacks */
    vnplan_ctx *ctx;
    vn_vec frames;                  /* frame */
    vn_vec fields;                  /* bool: inside a field's instructions */
    vn_vec alt;                     /* bool per mc:AlternateContent: a branch was taken */
    vn_buf carry;                   /* text of a paragraph whose mark was deleted */
    vn_buf scratch, label;
    vnplan_status st;
    bool in_sect;                   /* inside a sectPr */
    int in_t;                       /* inside w:t (or m:t): its text is document text */
    vnplan_section_break sect;
    int table_depth;
    vn_arena *mem;                  /* where block memory goes (see the top) */
    /* Streaming mode only (sink != NULL): */
    const vn_block_sink *sink;
    vn_arena block_arena;           /* the top-level block being built */
    vn_chunks chunks;               /* the chunks of the open top-level table */
    size_t chunks_sent;             /* chunks of it delivered */
    vn_vec deferred;                /* vnplan_block: held back until the table ends */
    bool root_seen;
    /* Stories only: */
    vn_vec *stories;                /* vnplan_story, where they go */
    int story_depth;                /* XML depth of the open story element, or -1 */
    const char *story_id, *story_author;
} parser;

/* An element's local name against a literal: the first letters compared
 * inline, so the many names that differ there cost no call (this test runs
 * dozens of times for every element of the body). */
#define NAME_IS(n, lit) ((n)[0] == (lit)[0] && !strcmp((n), (lit)))

/* Frames (wml_body.c). */
frame *wml_top(parser *p);
frame *wml_find_kind(parser *p, frame_kind k);
frame *wml_container(parser *p);
bool wml_fail_nomem(parser *p);
frame *wml_push(parser *p, frame_kind k);
void wml_pop(parser *p);
void *wml_freeze(parser *p, vn_vec *v, size_t *n);
/* Streaming: hands a block to the sink, unless reading already stopped. */
void wml_deliver(parser *p, const vnplan_block *b, bool cont, bool more);
/* Appends a block to the innermost container (streaming: a top-level one
 * goes to the sink). */
bool wml_add_block(parser *p, const vnplan_block *b);
/* The dispatcher and the parser's life (wml_body.c). */
void wml_on_start(parser *p, int ns, const char *n);
void wml_on_end(parser *p, int ns, const char *n);
void wml_on_text(parser *p, const char *s, size_t len);
void wml_parser_init(parser *p, vn_wml_env *env);
void wml_parser_free(parser *p);

/* Paragraphs and runs (wml_paragraph.c). */
void wml_para_start(parser *p);
void wml_para_end(parser *p);
void wml_para_text(parser *p, const char *s, size_t len);
bool wml_para_props(parser *p, frame *f, frame *para, const char *n);
void wml_para_child(parser *p, frame *para, const char *n);
bool wml_para_end_child(parser *p, frame *f, const char *n);

/* Tables, rows, cells and merges (wml_table.c). */
void wml_table_start(parser *p);
void wml_chunk_flush(parser *p, frame *f);
void wml_table_end(parser *p);
void wml_row_end(parser *p);
void wml_cell_end(parser *p);
bool wml_table_props(parser *p, frame *f, frame *para, const char *n);
bool wml_table_end_child(parser *p, frame *f, const char *n);

#endif
