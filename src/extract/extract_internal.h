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

/* The task-table column synonym lists of the rules, in this order:
 * column.stt, .task, .lead, .support, .time, .output, .note. */
enum { EX_COL_STT, EX_COL_TASK, EX_COL_LEAD, EX_COL_SUPPORT, EX_COL_TIME, EX_COL_OUTPUT, EX_COL_NOTE, EX_COL__N };

/* A top-level block of the document with its text ready for rules. */
typedef struct ex_item {
    const vnplan_block *block;
    char *text;            /* paragraph: label + ' ' + text, line breaks as spaces; table: NULL */
    const char *label;     /* automatic label or NULL */
    bool bold;             /* bold_all */
} ex_item;

typedef struct ex {
    vnplan_ctx *ctx;
    const vnplan_rules *rules;
    const vnplan_document *doc;
    vn_vec items;          /* ex_item */
    size_t body_start, body_end;   /* item range of the body (sections) */
    size_t signature;      /* item of the signature block, or (size_t)-1 */
    json_t *metadata, *sections, *tasks, *units, *abbreviations, *warnings;
    vn_arena arena;        /* blocks the pass makes itself (tables rebuilt from flattened text) */
    ex_folded_list collectives;          /* unit.collectives (items NULL: folded when needed) */
    ex_folded_list columns[EX_COL__N];   /* the column synonyms, folded on first use (ex_columns) */
    bool columns_folded;
} ex;

/* Folds the unit.collectives list once for the pass (false when out of memory). */
bool ex_fold_collectives(ex *e);
void ex_free_collectives(ex *e);
/* The column synonym lists (EX_COL_*), folded once for the pass when first
 * asked for (a list that could not be folded is empty). */
const ex_folded_list *ex_columns(ex *e);
void ex_free_columns(ex *e);

/* A malloc'ed, NUL-terminated copy with line breaks and tabs as spaces. */
char *ex_flat(const char *s, size_t len);
/* The folded key (no diacritics, lower case) of s, malloc'ed. */
char *ex_folded(const char *s);
/* True when the folded key of `text` starts with the folded `prefix`. */
bool ex_folded_starts(const char *text, const char *prefix);
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
/* The Unicode category of the first character of s (0 when s is empty or
 * not UTF-8): compare with UTF8PROC_CATEGORY_LU / _LL. */
int ex_first_category(const char *s);
/* The text of a cell (its paragraphs joined with a space), malloc'ed. */
char *ex_cell_text(const vnplan_cell *c);
void ex_warn(ex *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

void ex_metadata(ex *e);
void ex_sections(ex *e);           /* sections and body tasks */
void ex_appendix_tasks(ex *e);
/* Parses a timeframe text into {text, kind, start, end}. */
json_t *ex_timeframe(const ex *e, const char *text);
/* Splits a responsible-bodies cell into unit names (JSON array of strings). */
json_t *ex_split_units(const ex *e, const char *text);
/* criteria {criterion, score, max} found in text, or NULL. */
json_t *ex_criteria(const ex *e, const char *text);
/* True when s starts like a unit name ("Sở ", "Phòng ", "Trung tâm", "Các ", ...). */
bool ex_starts_unit(const char *s);

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

/* Fills units[] from the tasks and abbreviations[] from the document. */
void ex_units(ex *e);

#endif
