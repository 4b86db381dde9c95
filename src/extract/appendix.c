/* Tasks from task tables (in an appendix, or in the body under a section):
 * header rows found by the roles their cells name (columns.c), a sub-header
 * row under spanning cells, a column-number row and headers repeated on a
 * new page skipped, group rows, vertical merges copied, spanning cells,
 * continuation rows. */
#include <stdlib.h>
#include <string.h>

#include "extract/extract_internal.h"

enum role { R_NONE, R_STT, R_TASK, R_LEAD, R_SUPPORT, R_TIME, R_OUTPUT, R_NOTE, R_IMPL, R_EXTRA };
/* The roles R_STT .. R_IMPL are the columns EX_COL_STT .. EX_COL_IMPLEMENTER. */
#define ROLE_OF(column) ((enum role)((column) + R_STT))
_Static_assert(R_IMPL - R_STT == EX_COL_IMPLEMENTER && R_EXTRA - R_STT == EX_COL__N, "role order");
enum { MAX_COLS = 64 };

/* The role a header cell's text names (R_NONE when none). */
static enum role role_of(ex *e, const char *text) {
    int c = ex_column_role(e, text);
    return c < 0 ? R_NONE : ROLE_OF(c);
}

static char *cell_text_of(const vnplan_cell *c) {
    if (c->vmerge == VNPLAN_VMERGE_CONTINUE && c->continues)
        c = c->continues;
    char *t = ex_cell_text(c);
    return t;
}

typedef struct layout {
    enum role roles[MAX_COLS];
    char *headers[MAX_COLS];   /* header text per grid column (for extra columns) */
    char *top[MAX_COLS];       /* the first header row's text over a sub-header row's */
    size_t first_data_row;
    bool stt;                  /* a column numbers the rows */
    bool ok;
} layout;

static void layout_free(layout *l) {
    for (int i = 0; i < MAX_COLS; i++) {
        free(l->headers[i]);
        free(l->top[i]);
    }
}

/* The flattened text of a cell, NULL when empty. */
static char *header_text(const vnplan_cell *cell) {
    char *t = ex_cell_text(cell);
    char *flat = t ? ex_flat(t, strlen(t)) : NULL;
    free(t);
    if (flat && !*flat) {
        free(flat);
        return NULL;
    }
    return flat;
}

/* Reads a header row into l; with `sub`, a row under the header: its cells
 * refine the spanning cells above them ("Trách nhiệm" over "Chủ trì" and
 * "Phối hợp"), and a cell that names no role changes nothing. */
static void read_header_row(ex *e, const vnplan_row *row, layout *l, bool sub) {
    for (size_t c = 0; c < row->n_cells; c++) {
        const vnplan_cell *cell = &row->cells[c];
        if (cell->grid_col >= MAX_COLS || cell->vmerge == VNPLAN_VMERGE_CONTINUE)
            continue;
        char *flat = header_text(cell);
        if (!flat)
            continue;
        enum role r = role_of(e, flat);
        for (size_t k = cell->grid_col; k < cell->grid_col + cell->grid_span && k < MAX_COLS; k++) {
            if (sub ? r != R_NONE : (l->roles[k] == R_NONE || l->roles[k] == R_EXTRA || cell->grid_span == 1)) {
                l->roles[k] = r ? r : R_EXTRA;
                if (sub && !l->top[k]) {
                    l->top[k] = l->headers[k];
                    l->headers[k] = NULL;
                }
                free(l->headers[k]);
                l->headers[k] = strdup(flat);
            }
        }
        free(flat);
    }
}

/* True when every filled cell of the row names a role (a sub-header row or
 * a header repeated on a new page), at least `min` of them, and, with `l`,
 * each the role of its column in l. */
static bool header_like(ex *e, const vnplan_row *row, const layout *l, int min) {
    int named = 0;
    for (size_t c = 0; c < row->n_cells; c++) {
        const vnplan_cell *cell = &row->cells[c];
        if (cell->vmerge == VNPLAN_VMERGE_CONTINUE)
            continue;
        char *flat = header_text(cell);
        if (!flat)
            continue;
        /* a header cell is a few words; a task's text is longer */
        enum role r = strlen(flat) <= 80 ? role_of(e, flat) : R_NONE;
        size_t k = cell->grid_col;
        /* the header's own text, even of a column no role claims */
        bool again = l && k < MAX_COLS &&
                     ((l->headers[k] && !strcmp(l->headers[k], flat)) || (l->top[k] && !strcmp(l->top[k], flat)));
        bool same = !l || k >= MAX_COLS || l->roles[k] == r;
        free(flat);
        if (!again && (r == R_NONE || !same))
            return false;
        named++;
    }
    return named >= min;
}

/* True when a row cannot be a header: a cell holds a number ("1.1",
 * "8.00": a data row of a score table) or runs to a sentence. */
static bool data_like(const vnplan_row *row) {
    for (size_t c = 0; c < row->n_cells; c++) {
        char *flat = header_text(&row->cells[c]);
        if (!flat)
            continue;
        size_t n = strlen(flat);
        bool number = strspn(flat, "0123456789.,") == n;
        free(flat);
        if (number || n > 120)
            return true;
    }
    return false;
}

/* The header of a task table: the first of its first rows with a task
 * column and another that says who or when, then a sub-header row. */
static bool find_layout(ex *e, const vnplan_table *t, layout *l) {
    memset(l, 0, sizeof *l);
    for (size_t r = 0; r < t->n_rows && r < 4; r++) {
        if (data_like(&t->rows[r]))
            continue;
        layout tmp;
        memset(&tmp, 0, sizeof tmp);
        read_header_row(e, &t->rows[r], &tmp, false);
        bool task = false, other = false;
        for (int k = 0; k < MAX_COLS; k++) {
            task |= tmp.roles[k] == R_TASK;
            other |= tmp.roles[k] == R_LEAD || tmp.roles[k] == R_TIME || tmp.roles[k] == R_OUTPUT ||
                     tmp.roles[k] == R_IMPL || tmp.roles[k] == R_SUPPORT;
        }
        if (task && other) {
            *l = tmp;
            l->first_data_row = r + 1;
            /* A second header row below (sub-headers of spanning cells). */
            if (r + 1 < t->n_rows && header_like(e, &t->rows[r + 1], NULL, 1)) {
                read_header_row(e, &t->rows[r + 1], l, true);
                l->first_data_row = r + 2;
            }
            for (int k = 0; k < MAX_COLS; k++)
                l->stt |= l->roles[k] == R_STT;
            l->ok = true;
            return true;
        }
        layout_free(&tmp);
    }
    return false;
}

/* Columns no role claims, in the plan's warnings (once per header text). */
static void warn_unmapped(ex *e, const layout *l) {
    for (int k = 0; k < MAX_COLS; k++) {
        if (l->roles[k] != R_EXTRA || !l->headers[k] || (k && l->headers[k - 1] && l->roles[k - 1] == R_EXTRA &&
                                                          !strcmp(l->headers[k - 1], l->headers[k])))
            continue;
        vn_buf b = VN_BUF_INIT;
        vn_buf_printf(&b, "task table: column \"%s\" is not a known column; its cells are kept in extra",
                      l->headers[k]);
        bool seen = false;
        size_t i;
        json_t *w;
        json_array_foreach(e->warnings, i, w)
            seen |= !strcmp(json_string_value(w), vn_buf_cstr(&b));
        if (!seen && !b.failed)
            json_array_append_new(e->warnings, json_string(vn_buf_cstr(&b)));
        vn_buf_free(&b);
    }
}

static bool is_roman(const char *s) {
    size_t n = strspn(s, "IVXLC");
    return n > 0 && (s[n] == '\0' || (s[n] == '.' && s[n + 1] == '\0'));
}

/* "A", "B.": a group's letter (tasks are numbered, sub-items in lower case). */
static bool is_group_letter(const char *s) {
    return s[0] >= 'A' && s[0] <= 'Z' && (s[1] == '\0' || (s[1] == '.' && s[2] == '\0'));
}

/* "(1)", "1", "(2)"...: a row numbering the columns. */
static bool is_number_row(char **texts, size_t n) {
    size_t numbered = 0, filled = 0;
    for (size_t i = 0; i < n; i++) {
        const char *t = texts[i];
        if (!t || !*t)
            continue;
        filled++;
        const char *p = t;
        if (*p == '(')
            p++;
        size_t d = strspn(p, "0123456789");
        if (d && (p[d] == '\0' || (p[d] == ')' && p[d + 1] == '\0')))
            numbered++;
    }
    return filled >= 3 && numbered == filled;
}

/* True when the row after row r numbers its first cell under `stt` ("1.1"
 * under "1"): then a row "1 | Tuyên truyền ..." across the table is a group,
 * not a task. Looks only into the rows of this chunk. */
static bool next_numbered_under(const vnplan_table *t, size_t r, const char *stt) {
    size_t n = strspn(stt, "0123456789");
    if (!n || !(stt[n] == '\0' || (stt[n] == '.' && stt[n + 1] == '\0')) || r + 1 >= t->n_rows ||
        !t->rows[r + 1].n_cells)
        return false;
    char *raw = cell_text_of(&t->rows[r + 1].cells[0]);
    char *next = raw ? ex_flat(raw, strlen(raw)) : NULL;
    bool under = next && !strncmp(next, stt, n) && next[n] == '.' && next[n + 1] >= '0' && next[n + 1] <= '9';
    free(raw);
    free(next);
    return under;
}

/* A task table being read, its rows in one chunk or several. */
typedef struct ex_table_state {
    layout l;
    char group[64];
    char *area;
    bool prev;             /* the last task of e->appendix_tasks is this table's last task */
    int index;
    char prev_stt[32];
    int repeat;
    /* Rows become tasks with ids "PL<appendix>.<group>.<STT>"; a table in
     * the body, before any appendix, is its section's instead:
     * "<section id>/<k>.<group>.<STT>" for the section's k-th table. */
    char prefix[280];
    size_t tasks;          /* rows that became tasks */
    size_t n_cols;         /* grid columns of the table */
} table_state;

/* Where a new table's task ids start, and the area its rows get before a
 * group row names one: a body table belongs to the innermost open section. */
static void table_place(ex *e, table_state *ts) {
    if (!e->in_body || !e->depth) {   /* before any heading: an appendix without its heading */
        snprintf(ts->prefix, sizeof ts->prefix, "PL%s", e->appendix);
        return;
    }
    const ex_frame *f = &e->stack[e->depth - 1];
    const char *id = f->id;
    if (strcmp(id, e->body_table_section)) {
        snprintf(e->body_table_section, sizeof e->body_table_section, "%s", id);
        e->body_tables = 0;
    }
    snprintf(ts->prefix, sizeof ts->prefix, "%s/%d", id, ++e->body_tables);
    const char *heading = json_string_value(json_object_get(f->section, "heading"));
    if (heading && *heading)
        ts->area = strdup(heading);
}

static void table_rows(ex *e, table_state *ts, const vnplan_table *t, size_t first_row) {
    const layout *l = &ts->l;
    char *group = ts->group;
    for (size_t r = first_row; r < t->n_rows; r++) {
        json_t *prev = ts->prev && json_array_size(e->appendix_tasks)
                           ? json_array_get(e->appendix_tasks, json_array_size(e->appendix_tasks) - 1)
                           : NULL;
        const vnplan_row *row = &t->rows[r];
        if (row->header)
            continue;
        char *texts[MAX_COLS] = {0}, *raws[MAX_COLS] = {0};
        size_t ncols = 0;
        int filled_cells = 0;
        bool spans_all = false;
        for (size_t c = 0; c < row->n_cells; c++) {
            const vnplan_cell *cell = &row->cells[c];
            char *raw = cell_text_of(cell);
            char *flat = raw ? ex_flat(raw, strlen(raw)) : NULL;
            if (flat && *flat)
                filled_cells++;
            if (cell->grid_span + 1 >= t->n_cols && t->n_cols > 2 && flat && *flat)
                spans_all = true;
            for (size_t k = cell->grid_col; k < cell->grid_col + cell->grid_span && k < MAX_COLS; k++) {
                free(texts[k]);
                free(raws[k]);
                texts[k] = flat ? strdup(flat) : NULL;
                raws[k] = raw ? strdup(raw) : NULL;
                if (k + 1 > ncols)
                    ncols = k + 1;
            }
            free(raw);
            free(flat);
        }
        const char *by_role[R_EXTRA + 1] = {0}, *raw_of[R_EXTRA + 1] = {0};
        for (size_t k = 0; k < ncols; k++)
            if (texts[k] && *texts[k] && !by_role[l->roles[k]]) {
                by_role[l->roles[k]] = texts[k];
                raw_of[l->roles[k]] = raws[k];
            }
        /* The header again at the top of a new page (not marked as one). */
        bool repeated_header = header_like(e, row, l, 2);
        const char *stt = by_role[R_STT] ? by_role[R_STT] : "";
        if (repeated_header || is_number_row(texts, ncols) || filled_cells == 0) {
            /* skip */
        } else if (is_roman(stt) || (spans_all && filled_cells <= 2 && (!*stt || is_group_letter(stt))) ||
                   (spans_all && filled_cells == 1) ||
                   (spans_all && filled_cells == 2 && next_numbered_under(t, r, stt))) {
            /* A group row: tasks after it belong to this area; numbering restarts. */
            snprintf(group, sizeof ts->group, "%.*s", (int)strcspn(stt, ". "), stt);
            free(ts->area);
            char *area;
            const char *a = NULL;
            for (size_t k = 0; k < ncols && !a; k++)
                if (texts[k] && *texts[k] && strcmp(texts[k], stt))
                    a = texts[k];
            area = a ? strdup(a) : NULL;
            if (!area && *stt) {
                /* One cell across the row: "I. CÔNG TÁC ..." */
                area = strdup(stt);
                group[0] = '\0';
            }
            if (area && !group[0]) {
                /* "I. CÔNG TÁC ..." in one cell */
                vn_match m;
                const char *p;
                size_t n;
                if (vn_rule_match(e->rules, "heading.roman", area, strlen(area), 0, &m) &&
                    vn_match_group(&m, "label", &p, &n)) {
                    snprintf(group, sizeof ts->group, "%.*s", (int)n, p);
                    const char *h;
                    size_t hn;
                    if (vn_match_group(&m, "heading", &h, &hn)) {
                        char *copy = strndup(h, hn);
                        free(area);
                        area = copy;
                    }
                }
            }
            ts->area = area;
            ts->index = 0;
            ts->prev = false;
        } else if (!*stt && prev && by_role[R_TASK] && !by_role[R_LEAD] && !by_role[R_TIME] &&
                   !by_role[R_OUTPUT] && !by_role[R_SUPPORT] && !by_role[R_IMPL]) {
            /* A row that continues the previous one (split across a page). */
            const char *old = json_string_value(json_object_get(prev, "text"));
            vn_buf b = VN_BUF_INIT;
            vn_buf_printf(&b, "%s %s", old, by_role[R_TASK]);
            json_object_set_new(prev, "text", json_string(vn_buf_cstr(&b)));
            vn_buf_free(&b);
        } else if (by_role[R_TASK] || by_role[R_OUTPUT]) {
            char id[512];
            if (*stt && strcmp(stt, ts->prev_stt) != 0) {
                snprintf(ts->prev_stt, sizeof ts->prev_stt, "%s", stt);
                ts->repeat = 0;
                ts->index++;
            } else if (*stt || (prev && l->stt)) {
                /* a row under the same number (its STT cell merged or left blank) */
                ts->repeat++;
            } else {
                ts->index++;
            }
            char num[48];
            if (*stt) {
                /* "1." -> "1"; "1.2" keeps its dot, without its group's number ("1.2" in group 1: "2") */
                size_t gl = strlen(group), sl = strcspn(stt, " ");
                const char *q = stt;
                if (gl && !strncmp(q, group, gl) && q[gl] == '.' && q[gl + 1] >= '0' && q[gl + 1] <= '9')
                    q += gl + 1, sl -= gl + 1;
                while (sl && q[sl - 1] == '.')
                    sl--;
                snprintf(num, sizeof num, "%.*s", (int)sl, q);
            } else
                snprintf(num, sizeof num, "%d", ts->index);
            if (ts->repeat)
                snprintf(id, sizeof id, "%s%s%s.%s-%d", ts->prefix, group[0] ? "." : "", group, num, ts->repeat + 1);
            else
                snprintf(id, sizeof id, "%s%s%s.%s", ts->prefix, group[0] ? "." : "", group, num);
            json_t *task = json_object();
            json_object_set_new(task, "id", json_string(id));
            json_object_set_new(task, "origin", json_string("appendix"));
            json_object_set_new(task, "area", ts->area ? json_string(ts->area) : json_null());
            json_object_set_new(task, "text", json_string(by_role[R_TASK] ? by_role[R_TASK] : ""));
            json_object_set_new(task, "lead", ex_split_cell_units(e, raw_of[R_LEAD]));
            json_object_set_new(task, "support", ex_split_cell_units(e, raw_of[R_SUPPORT]));
            json_object_set_new(task, "implementer", ex_split_cell_units(e, raw_of[R_IMPL]));
            json_object_set_new(task, "timeframe", ex_timeframe(e, by_role[R_TIME]));
            json_object_set_new(task, "output", by_role[R_OUTPUT] ? json_string(by_role[R_OUTPUT]) : json_null());
            json_t *crit = ex_criteria(e, by_role[R_TASK] ? by_role[R_TASK] : "");
            json_object_set_new(task, "criteria", crit ? crit : json_null());
            json_t *extra = json_object();
            for (size_t k = 0; k < ncols; k++) {
                /* a unit cell that refers elsewhere names no unit: kept here */
                bool reference = (l->roles[k] == R_LEAD || l->roles[k] == R_SUPPORT || l->roles[k] == R_IMPL) &&
                                 texts[k] && ex_unit_reference(e, texts[k]);
                if ((l->roles[k] == R_EXTRA || l->roles[k] == R_NOTE || reference) && l->headers[k] &&
                    !json_object_get(extra, l->headers[k]))
                    json_object_set_new(extra, l->headers[k], texts[k] && *texts[k] ? json_string(texts[k]) : json_null());
            }
            json_object_set_new(task, "extra", extra);
            json_array_append_new(e->appendix_tasks, task);
            ts->prev = true;
            ts->tasks++;
        }
        for (size_t k = 0; k < ncols; k++) {
            free(texts[k]);
            free(raws[k]);
        }
    }
}

static void table_free(ex *e, table_state *ts) {
    if (!ts)
        return;
    /* an empty form (a report template) is no reader's concern */
    if (ts->tasks)
        warn_unmapped(e, &ts->l);
    layout_free(&ts->l);
    free(ts->area);
    free(ts);
}

/* A task table ends with its last chunk, but is held: a table split at a
 * page break goes on in the next table (with the header again or none),
 * with its group, numbering and ids. Text between them ends it. */
static void table_end(ex *e) {
    if (e->table) {
        table_free(e, e->held_table);
        e->held_table = e->table;
        e->table = NULL;
    }
    ex_flush_appendix_tasks(e, 0);
}

static void drop_held(ex *e) {
    table_free(e, e->held_table);
    e->held_table = NULL;
}

/* True when table t goes on from the held one: as many columns, and its
 * header (when it has one) gives every column the same role. */
static bool continues_held(const ex *e, const vnplan_table *t, const layout *l, bool has_layout) {
    const table_state *h = e->held_table;
    if (!h || t->n_cols != h->n_cols || t->n_cols < 3)
        return false;
    if (!has_layout)
        return true;
    for (int k = 0; k < MAX_COLS; k++)
        if (l->roles[k] != h->l.roles[k])
            return false;
    return true;
}

void ex_appendix_item(ex *e, const ex_item *it, size_t index, bool cont, bool more) {
    if (!cont) {
        table_end(e);
        vn_match m;
        if (it->text && vn_rule_match(e->rules, "appendix.start", it->text, strlen(it->text), 0, &m)) {
            const char *p;
            size_t n;
            drop_held(e);
            e->appendix_count++;
            if (vn_match_group(&m, "number", &p, &n))
                snprintf(e->appendix, sizeof e->appendix, "%.*s", (int)n, p);
            else
                snprintf(e->appendix, sizeof e->appendix, "%d", e->appendix_count);
            return;
        }
        if (it->block->kind != VNPLAN_BLOCK_TABLE) {
            if (it->text && *it->text)
                drop_held(e);
            return;
        }
        /* The signature's table, or one without a task layout, gives no
         * tasks (nor do its other chunks: e->table stays NULL). */
        const vnplan_table *t = &it->block->u.table;
        table_state *ts = index == e->signature ? NULL : calloc(1, sizeof *ts);
        bool has_layout = ts && find_layout(e, t, &ts->l);
        if (ts && continues_held(e, t, &ts->l, has_layout)) {
            e->table = e->held_table;
            e->held_table = NULL;
            table_rows(e, e->table, t, has_layout ? ts->l.first_data_row : 0);
            layout_free(&ts->l);
            free(ts);
        } else if (has_layout) {
            drop_held(e);
            table_place(e, ts);
            ts->n_cols = t->n_cols;
            e->table = ts;
            table_rows(e, ts, t, ts->l.first_data_row);
        } else {
            drop_held(e);
            if (ts)
                layout_free(&ts->l);
            free(ts);
        }
    } else if (e->table && it->block->kind == VNPLAN_BLOCK_TABLE) {
        table_rows(e, e->table, &it->block->u.table, 0);
    }
    if (!more)
        table_end(e);
    else
        ex_flush_appendix_tasks(e, 1);   /* a continuation row may add to the last task */
}

void ex_appendix_finish(ex *e) {
    table_end(e);
    drop_held(e);
}
