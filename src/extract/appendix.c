/* Tasks from appendix tables: header row found by column synonyms, group
 * rows, vertical merges copied, spanning cells, continuation rows. */
#include <stdlib.h>
#include <string.h>

#include "extract/extract_internal.h"

enum role { R_NONE, R_STT, R_TASK, R_LEAD, R_SUPPORT, R_TIME, R_OUTPUT, R_NOTE, R_EXTRA };
/* The roles R_STT .. R_NOTE are the column lists EX_COL_STT .. EX_COL_NOTE. */
#define COLUMN_OF(role) ((role) - R_STT)
enum { MAX_COLS = 64 };

/* The role a header cell's text names, by the column synonyms (folded). */
static enum role role_of(const ex_folded_list *cols, const char *text) {
    char *f = ex_folded(text);
    if (!f)
        return R_NONE;
    /* Line breaks and doubled spaces inside header cells are common. */
    for (char *p = f; *p; p++)
        if (*p == '\n')
            *p = ' ';
    enum role best = R_NONE;
    size_t best_len = 0;
    for (int r = R_STT; r <= R_NOTE; r++) {
        const ex_folded_list *list = &cols[COLUMN_OF(r)];
        for (size_t i = 0; i < list->n; i++) {
            const char *s = list->items[i];
            size_t len = strlen(s);
            /* A synonym at the start of the cell; the longest wins. */
            if (!strncmp(f, s, len) && (f[len] == '\0' || f[len] == ' ' || f[len] == '/' ||
                                             f[len] == ',' || f[len] == '(') && len > best_len) {
                best = (enum role)r;
                best_len = len;
            }
        }
    }
    free(f);
    return best;
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
    size_t first_data_row;
    bool ok;
} layout;

static void layout_free(layout *l) {
    for (int i = 0; i < MAX_COLS; i++)
        free(l->headers[i]);
}

static void read_header_row(const ex_folded_list *cols, const vnplan_row *row, layout *l) {
    for (size_t c = 0; c < row->n_cells; c++) {
        const vnplan_cell *cell = &row->cells[c];
        if (cell->grid_col >= MAX_COLS)
            continue;
        char *t = ex_cell_text(cell);
        char *flat = t ? ex_flat(t, strlen(t)) : NULL;
        free(t);
        if (!flat || !*flat) {
            free(flat);
            continue;
        }
        enum role r = role_of(cols, flat);
        for (size_t k = cell->grid_col; k < cell->grid_col + cell->grid_span && k < MAX_COLS; k++) {
            /* A sub-header row refines a spanning cell ("Trách nhiệm" over two columns). */
            if (l->roles[k] == R_NONE || l->roles[k] == R_EXTRA || cell->grid_span == 1) {
                l->roles[k] = r ? r : R_EXTRA;
                free(l->headers[k]);
                l->headers[k] = strdup(flat);
            }
        }
        free(flat);
    }
}

static bool find_layout(const ex_folded_list *cols, const vnplan_table *t, layout *l) {
    memset(l, 0, sizeof *l);
    for (size_t r = 0; r < t->n_rows && r < 3; r++) {
        layout tmp;
        memset(&tmp, 0, sizeof tmp);
        read_header_row(cols, &t->rows[r], &tmp);
        bool task = false, other = false;
        for (int k = 0; k < MAX_COLS; k++) {
            task |= tmp.roles[k] == R_TASK;
            other |= tmp.roles[k] == R_LEAD || tmp.roles[k] == R_TIME || tmp.roles[k] == R_OUTPUT;
        }
        if (task && other) {
            *l = tmp;
            l->first_data_row = r + 1;
            /* A second header row below (sub-headers of spanning cells). */
            if (r + 1 < t->n_rows) {
                layout sub;
                memset(&sub, 0, sizeof sub);
                read_header_row(cols, &t->rows[r + 1], &sub);
                int named = 0;
                for (int k = 0; k < MAX_COLS; k++)
                    named += sub.roles[k] == R_LEAD || sub.roles[k] == R_SUPPORT;
                if (named) {
                    for (int k = 0; k < MAX_COLS; k++)
                        if (sub.roles[k] == R_LEAD || sub.roles[k] == R_SUPPORT) {
                            l->roles[k] = sub.roles[k];
                            free(l->headers[k]);
                            l->headers[k] = sub.headers[k];
                            sub.headers[k] = NULL;
                        }
                    l->first_data_row = r + 2;
                }
                layout_free(&sub);
            }
            l->ok = true;
            return true;
        }
        layout_free(&tmp);
    }
    return false;
}

static bool is_roman(const char *s) {
    size_t n = strspn(s, "IVXLC");
    return n > 0 && (s[n] == '\0' || (s[n] == '.' && s[n + 1] == '\0'));
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

/* A task table being read, its rows in one chunk or several. */
typedef struct ex_table_state {
    layout l;
    char group[64];
    char *area;
    bool prev;             /* the last task of e->appendix_tasks is this table's last task */
    int index;
    char prev_stt[32];
    int repeat;
} table_state;

static void table_rows(ex *e, table_state *ts, const vnplan_table *t, size_t first_row) {
    const layout *l = &ts->l;
    char *group = ts->group;
    const char *appendix = e->appendix;
    for (size_t r = first_row; r < t->n_rows; r++) {
        json_t *prev = ts->prev && json_array_size(e->appendix_tasks)
                           ? json_array_get(e->appendix_tasks, json_array_size(e->appendix_tasks) - 1)
                           : NULL;
        const vnplan_row *row = &t->rows[r];
        if (row->header)
            continue;
        char *texts[MAX_COLS] = {0};
        size_t ncols = 0;
        int filled_cells = 0;
        bool spans_all = false;
        for (size_t c = 0; c < row->n_cells; c++) {
            const vnplan_cell *cell = &row->cells[c];
            char *raw = cell_text_of(cell);
            char *flat = raw ? ex_flat(raw, strlen(raw)) : NULL;
            free(raw);
            if (flat && *flat)
                filled_cells++;
            if (cell->grid_span + 1 >= t->n_cols && t->n_cols > 2 && flat && *flat)
                spans_all = true;
            for (size_t k = cell->grid_col; k < cell->grid_col + cell->grid_span && k < MAX_COLS; k++) {
                free(texts[k]);
                texts[k] = flat ? strdup(flat) : NULL;
                if (k + 1 > ncols)
                    ncols = k + 1;
            }
            free(flat);
        }
        const char *by_role[R_EXTRA + 1] = {0};
        for (size_t k = 0; k < ncols; k++)
            if (texts[k] && *texts[k] && !by_role[l->roles[k]])
                by_role[l->roles[k]] = texts[k];
        bool repeated_header = false;
        if (by_role[R_TASK]) {
            for (size_t k = 0; k < ncols; k++)
                if (l->roles[k] == R_TASK && l->headers[k] && texts[k] && !strcmp(texts[k], l->headers[k]))
                    repeated_header = true;
        }
        const char *stt = by_role[R_STT] ? by_role[R_STT] : "";
        if (repeated_header || is_number_row(texts, ncols) || filled_cells == 0) {
            /* skip */
        } else if (is_roman(stt) || (spans_all && filled_cells <= 2 && !*stt) ||
                   (spans_all && filled_cells == 1)) {
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
                   !by_role[R_OUTPUT] && !by_role[R_SUPPORT]) {
            /* A row that continues the previous one (split across a page). */
            const char *old = json_string_value(json_object_get(prev, "text"));
            vn_buf b = VN_BUF_INIT;
            vn_buf_printf(&b, "%s %s", old, by_role[R_TASK]);
            json_object_set_new(prev, "text", json_string(vn_buf_cstr(&b)));
            vn_buf_free(&b);
        } else if (by_role[R_TASK] || by_role[R_OUTPUT]) {
            char id[200];
            if (*stt && strcmp(stt, ts->prev_stt) != 0) {
                snprintf(ts->prev_stt, sizeof ts->prev_stt, "%s", stt);
                ts->repeat = 0;
                ts->index++;
            } else if (*stt || prev) {
                ts->repeat++;
            } else {
                ts->index++;
            }
            char num[48];
            if (*stt)
                snprintf(num, sizeof num, "%.*s", (int)strcspn(stt, ". "), stt);
            else
                snprintf(num, sizeof num, "%d", ts->index);
            if (ts->repeat)
                snprintf(id, sizeof id, "PL%s%s%s.%s-%d", appendix, group[0] ? "." : "", group, num, ts->repeat + 1);
            else
                snprintf(id, sizeof id, "PL%s%s%s.%s", appendix, group[0] ? "." : "", group, num);
            json_t *task = json_object();
            json_object_set_new(task, "id", json_string(id));
            json_object_set_new(task, "origin", json_string("appendix"));
            json_object_set_new(task, "area", ts->area ? json_string(ts->area) : json_null());
            json_object_set_new(task, "text", json_string(by_role[R_TASK] ? by_role[R_TASK] : ""));
            json_object_set_new(task, "lead", by_role[R_LEAD] ? ex_split_units(e, by_role[R_LEAD]) : json_array());
            json_object_set_new(task, "support", by_role[R_SUPPORT] ? ex_split_units(e, by_role[R_SUPPORT]) : json_array());
            json_object_set_new(task, "timeframe", ex_timeframe(e, by_role[R_TIME]));
            json_object_set_new(task, "output", by_role[R_OUTPUT] ? json_string(by_role[R_OUTPUT]) : json_null());
            json_t *crit = ex_criteria(e, by_role[R_TASK] ? by_role[R_TASK] : "");
            json_object_set_new(task, "criteria", crit ? crit : json_null());
            json_t *extra = json_object();
            for (size_t k = 0; k < ncols; k++) {
                if ((l->roles[k] == R_EXTRA || l->roles[k] == R_NOTE) && l->headers[k] &&
                    !json_object_get(extra, l->headers[k]))
                    json_object_set_new(extra, l->headers[k], texts[k] && *texts[k] ? json_string(texts[k]) : json_null());
            }
            json_object_set_new(task, "extra", extra);
            json_array_append_new(e->appendix_tasks, task);
            ts->prev = true;
        }
        for (size_t k = 0; k < ncols; k++)
            free(texts[k]);
    }
}

static void table_end(ex *e) {
    if (e->table) {
        layout_free(&e->table->l);
        free(e->table->area);
        free(e->table);
        e->table = NULL;
    }
    ex_flush_appendix_tasks(e, 0);
}

void ex_appendix_item(ex *e, const ex_item *it, size_t index, bool cont, bool more) {
    if (!cont) {
        table_end(e);
        vn_match m;
        if (it->text && vn_rule_match(e->rules, "appendix.start", it->text, strlen(it->text), 0, &m)) {
            const char *p;
            size_t n;
            e->appendix_count++;
            if (vn_match_group(&m, "number", &p, &n))
                snprintf(e->appendix, sizeof e->appendix, "%.*s", (int)n, p);
            else
                snprintf(e->appendix, sizeof e->appendix, "%d", e->appendix_count);
            return;
        }
        if (it->block->kind != VNPLAN_BLOCK_TABLE)
            return;
        /* The signature's table, or one without a task layout, gives no
         * tasks (nor do its other chunks: e->table stays NULL). */
        table_state *ts = index == e->signature ? NULL : calloc(1, sizeof *ts);
        if (ts && find_layout(ex_columns(e), &it->block->u.table, &ts->l)) {
            e->table = ts;
            table_rows(e, ts, &it->block->u.table, ts->l.first_data_row);
        } else {
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

void ex_appendix_finish(ex *e) { table_end(e); }
