/*
 * Shared state of one extraction pass: the document flattened into items,
 * the rules, and the JSON being built (the plan's public form is its JSON,
 * so the plan model is kept as a jansson tree).
 */
#ifndef VN_EXTRACT_INTERNAL_H
#define VN_EXTRACT_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>

#include "rules/rules_internal.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/strmap.h"
#include "util/vec.h"
#include "extract/plan_internal.h"
#include "vnplan/plan.h"

/* A rules list with every entry folded (ex_folded), malloc'ed. */
typedef struct ex_folded_list {
    char **items;
    size_t n;
} ex_folded_list;

/* Folds rules list `name`; false (and *out empty) when out of memory. */
bool ex_fold_list(const vnplan_rules *rules, const char *name, ex_folded_list *out);
void ex_folded_list_free(ex_folded_list *l);

/* The roles of a task table's columns, and their synonym lists in the rules:
 * column.stt, .task, .lead, .support, .time, .output, .note, .implementer. */
enum { EX_COL_STT, EX_COL_TASK, EX_COL_LEAD, EX_COL_SUPPORT, EX_COL_TIME, EX_COL_OUTPUT, EX_COL_NOTE,
       EX_COL_IMPLEMENTER, EX_COL__N };
struct ex_column_word;

/* A top-level block of the document with its text ready for rules. */
typedef struct ex_item {
    const vnplan_block *block;
    char *text;            /* paragraph: label + ' ' + text, line breaks as spaces; table: NULL */
    const char *label;     /* automatic label or NULL */
    bool bold;             /* bold_all */
} ex_item;

/* Where sections and tasks go as they are made (see feed.c and
 * stream_out.c): into the plan's jansson tree, or written out as JSON. */
typedef struct ex_stream ex_stream;

/* What a section's heading says for the tasks under it (sections.c). */
typedef struct ex_task_ctx {
    int kind;              /* 0 none, 1 task section, 2 organisation */
    const char *lead;      /* organisation: the body leading the items (an open ancestor's) */
} ex_task_ctx;

/* An open section of the body (sections.c). */
typedef struct ex_frame {
    json_t *section;       /* tree: borrowed from the tree; stream: owned */
    int level;
    char label[48];        /* label without punctuation: "II", "1", "1.1", "đ" */
    char id[256];
    int ordinal;           /* of the last child seen at each level, for sequence checks */
    vn_buf body;           /* the body being collected (set on the section when it is complete) */
    bool body_done;        /* the body was set: a child opened, or the section closed */
    size_t n_children;
    /* What the section's heading says for its tasks, worked out when it opens. */
    ex_task_ctx tc;        /* for the section itself and its children */
    bool tasks;            /* its items are tasks (tc.kind && level >= 2) */
    bool lines;            /* a Roman-numeral part whose own body lines are tasks: its dash items
                              under a task or organisation heading, every line under targets */
    bool targets;          /* ... a targets or reporting part (heading.targets: "CHỈ TIÊU") */
    bool topic;            /* under the organisation heading, a heading that names a topic */
    char *lead;            /* the body the heading names (owned), or NULL */
    const char *rest;      /* the heading after the body it names */
    const char *area;      /* the area handed down by the parent (borrowed), or NULL */
    char *own_area;        /* the heading as an area, when no area was handed down (owned) */
    const char *this_area; /* area or own_area */
} ex_frame;

enum { EX_MAX_DEPTH = 16 };

typedef struct ex {
    vnplan_ctx *ctx;
    const vnplan_rules *rules;
    bool text_input;       /* the document is plain text (reflowed lines) */
    vn_vec items;          /* ex_item: the head of the document, until the metadata is read */
    size_t n_items;        /* items seen so far */
    size_t head_text;      /* bytes of text held in items */
    bool head_aligned;     /* a paragraph of the head states its alignment */
    bool head_done;        /* the head was read: body_start is known */
    size_t body_start;     /* item of the first body line */
    bool in_body;          /* items go to the sections (until the signature or an appendix) */
    size_t signature;      /* item of the signature block, or (size_t)-1 */
    size_t issued_type;    /* a type line after the signature (a decision's plan), or 0 */
    bool sig_collect;      /* paragraphs after a signature paragraph are its lines */
    vn_vec sig_left, sig_right;   /* ex_line: the signature's lines */
    vn_vec sig_table;             /* ex_line: a table of signatures before "Nơi nhận" (joint plans) */
    json_t *results;       /* the first stated result, until the metadata is complete */
    json_t *metadata, *references, *recipients, *sections, *tasks, *appendix_tasks, *units,
        *abbreviations, *warnings;
    vn_strmap ref_seen, abbr_seen;
    ex_stream *stream;     /* NULL: the plan is kept as a tree */
    vn_arena arena;        /* blocks the pass makes itself (tables rebuilt from flattened text) */
    bool copy_blocks;      /* blocks are freed once fed: the head keeps copies */
    vn_arena head_arena;   /* those copies */
    ex_folded_list collectives;          /* unit.collectives (items NULL: folded when needed) */
    ex_folded_list columns[EX_COL__N];   /* the column synonyms, folded on first use (ex_columns) */
    bool columns_folded;
    struct ex_column_word *column_words; /* column.words, folded on first use (columns.c) */
    size_t n_column_words;
    bool column_words_folded;
    /* Sections (sections.c). */
    ex_frame stack[EX_MAX_DEPTH];
    int depth;
    int top_ordinal;
    /* The appendix table being read, chunk after chunk (appendix.c). */
    struct ex_table_state *table;
    struct ex_table_state *held_table;   /* the last one, which the next table may continue */
    char appendix[16];
    int appendix_count;
    char body_table_section[256];   /* the section of the last table in the body, and its tables */
    int body_tables;
} ex;

/* A line of a block (metadata.c): cells split at paragraphs and line breaks. */
typedef struct ex_line {
    char *text;
    int side;              /* 0 left (or no table), 1 right */
    bool bold;             /* its paragraph is bold throughout */
    int col;               /* the grid column of its table cell, -1 outside a table */
} ex_line;
void ex_lines_free(vn_vec *lines);

/* True when t is a rule drawn under a name or a title ("______", "¯¯¯¯"; metadata.c). */
bool ex_is_rule_line(const char *t);
/* True when text is a document type's name alone ("KẾ HOẠCH"; metadata.c). */
bool ex_is_type_line(const ex *e, const char *text);

/* Folds the unit.collectives list once for the pass (false when out of memory). */
bool ex_fold_collectives(ex *e);
void ex_free_collectives(ex *e);
/* The column synonym lists (EX_COL_*), folded once for the pass when first
 * asked for (a list that could not be folded is empty). */
const ex_folded_list *ex_columns(ex *e);
void ex_free_columns(ex *e);
/* The role (EX_COL_*) a task table's header cell names, by the synonyms at
 * its start or else by the role words it contains; -1 when none (columns.c). */
int ex_column_role(ex *e, const char *text);

/* A malloc'ed, NUL-terminated copy with line breaks and tabs as spaces. */
char *ex_flat(const char *s, size_t len);
/* The folded key (no diacritics, lower case) of s, malloc'ed. */
char *ex_folded(const char *s);
/* True when the folded key of `text` starts with the folded `prefix`. */
bool ex_folded_starts(const char *text, const char *prefix);
/* True when the folded text starts with an entry of the rules list `name`
 * as whole words (not followed by a letter or digit). */
bool ex_folded_starts_listed(const ex *e, const char *name, const char *text);
/* A JSON string of s[0..len) with surrounding spaces trimmed (null for empty). */
json_t *ex_jstr(const char *s, size_t len);
/* Group `name` of a match as JSON (null when absent). */
json_t *ex_group(const vn_match *m, const char *name);
/* Group `name` of a match as a JSON number, a decimal comma read as a point
 * ("94,12" -> 94.12); NULL when the group did not take part. */
json_t *ex_group_number(const vn_match *m, const char *name);
/* A line with letters and none of them lower case (headers, headings,
 * signer positions), in any script. */
bool ex_upper_line(const char *s);
/* Whether s has a lower-case letter (the scan stops at the first) and an
 * upper-case one before it: ex_upper_line() in two parts, for text judged
 * line by line. */
void ex_line_case(const char *s, bool *lower, bool *upper);
/* The Unicode category of the first character of s (0 when s is empty or
 * not UTF-8): compare with UTF8PROC_CATEGORY_LU / _LL. */
int ex_first_category(const char *s);
/* True when a word ends before s: s is the end, or not a letter or digit. */
bool ex_word_ends(const char *s);
/* The text of a cell (its paragraphs joined with a space), malloc'ed. */
char *ex_cell_text(const vnplan_cell *c);
void ex_warn(ex *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The pass (feed.c): begin, feed every top-level block in order (its item
 * text malloc'ed, taken; a table in chunks: `cont` continues the previous
 * block, `more` goes on), end; then the plan as a tree (ex_tree) or written
 * (stream_out.c); ex_free in every case. False when out of memory. */
bool ex_begin(ex *e, vnplan_ctx *ctx, const vnplan_rules *rules, bool text_input, ex_stream *stream);
bool ex_feed(ex *e, const vnplan_block *b, char *text, bool cont, bool more);
void ex_end(ex *e);
void ex_free(ex *e);
json_t *ex_tree(ex *e, const vnplan_document *doc, const vnplan_source *source);
json_t *ex_source_json(const vnplan_document *doc, const vnplan_source *source);
/* A paragraph's item text: its label, a space, its text, line breaks as spaces. */
char *ex_item_text(const vnplan_paragraph *p);
/* A deep copy of a block in arena a (NULL when out of memory). */
const vnplan_block *ex_block_copy(vn_arena *a, const vnplan_block *b);

/* The metadata of the head (the items held in e->items): type, number, issuer,
 * place and date, title; sets e->body_start. */
void ex_metadata_head(ex *e);
/* Per item, in document order: cited documents (every item), the signature,
 * stated results (items from body_start on). */
void ex_metadata_item(ex *e, const ex_item *it, size_t index);
/* Cited documents in the item's text (every item, as it comes). */
void ex_references_item(ex *e, const ex_item *it);
/* The signer and recipients once every item was seen. */
void ex_metadata_finish(ex *e);
/* A body item: a heading opens a section, other text joins the innermost one. */
void ex_sections_item(ex *e, const ex_item *it);
/* Closes the sections still open (the body ended). */
void ex_sections_finish(ex *e);
/* An item from body_start on, for appendix tables: counts "PHỤ LỤC" lines, reads
 * task tables (a table in chunks: `cont` continues the previous one, `more` goes on). */
void ex_appendix_item(ex *e, const ex_item *it, size_t index, bool cont, bool more);
void ex_appendix_finish(ex *e);
/* Abbreviations the item's text defines ("cải cách hành chính (CCHC)"). */
void ex_definitions_item(ex *e, const ex_item *it);

/* Hands the tasks made so far to the plan (tree) or writes them out
 * (stream), all but the last `keep` of them (a row or line that follows may
 * still add to the last task). */
void ex_flush_tasks(ex *e, size_t keep);
void ex_flush_appendix_tasks(ex *e, size_t keep);
/* Sections: a section opened (after its frame was pushed), its body is
 * complete (f->body set on it), it closed (before its frame is popped). */
void ex_section_opened(ex *e, ex_frame *f);
void ex_section_body_done(ex *e, ex_frame *f);
void ex_section_closed(ex *e, ex_frame *f);
/* Parses a timeframe text into {text, kind, start, end}. */
json_t *ex_timeframe(const ex *e, const char *text);
/* Splits a responsible-bodies cell into unit names (JSON array of strings). */
json_t *ex_split_units(const ex *e, const char *text);
/* True when a responsible-bodies text names no unit but refers elsewhere
 * (unit.whole: "Theo phân công tại Quyết định số ..."). */
bool ex_unit_reference(const ex *e, const char *text);
/* The same for a table cell's text, its paragraphs on lines: a line break
 * separates two names ("Đỗ Mạnh Cường" / "Vũ Việt Linh") unless the name
 * goes on over it ("Lãnh đạo" / "Sở Y tế", "Văn phòng HĐND và" / "UBND xã").
 * NULL gives []. */
json_t *ex_split_cell_units(const ex *e, const char *raw);
/* criteria {criterion, score, max} found in text, or NULL. */
json_t *ex_criteria(const ex *e, const char *text);
/* True when s starts like a unit name ("Sở ", "Phòng ", "Trung tâm", "Các ", ...). */
bool ex_starts_unit(const ex *e, const char *s);

/* A task table flattened into lines by a PDF extraction (flat_table.c). */
typedef struct ex_flat_layout {
    int order[8];          /* column kinds in header order */
    char *headers[8];      /* the header text of each column */
    int n_cols;
} ex_flat_layout;
/* True when `line` is the header of such a table: "STT", a task column and
 * at least two more column names on one line. */
bool ex_flat_table_header(ex *e, const char *line, ex_flat_layout *l);
void ex_flat_layout_free(ex_flat_layout *l);
/* The table rebuilt from the lines after the header, allocated in e->arena;
 * NULL when no row was found (or out of memory). */
vnplan_block *ex_flat_table_build(ex *e, const ex_flat_layout *l, char **lines, size_t n_lines);

/* The task members naming units, and the units[] lists of their task ids. */
extern const char *const ex_unit_roles[3], *const ex_unit_lists[3];
/* Fills units[] from the tasks (tree). */
void ex_units(ex *e);
/* The canonical name of a unit: abbreviations the document defines expanded. */
char *ex_canonical(const ex *e, const char *name);

#endif
