/*
 * A task table flattened by a PDF text extraction: the header on one line
 * ("STT Nhiệm vụ cụ thể Đơn vị chủ trì Đơn vị phối hợp Thời gian Sản
 * phẩm/Kết quả dự kiến"), then each row as its cells' lines in reading
 * order, every cell broken over several lines:
 *
 *     3
 *     Đăng nội dung, thông tin CCHC trên
 *     trang TTĐT của Sở
 *     Phòng HTQT-VP
 *     Trung tâm
 *     TT&DVĐN,
 *     các phòng
 *     CM
 *     Thường xuyên
 *     Số lượng tin, bài, bản tin ...
 *
 * The table is rebuilt into a table block, which the appendix reader then
 * treats like any other. The lines of a row are assigned to the columns in
 * header order: the task until a line that starts a unit name ("Phòng",
 * "Trung tâm", "Các ..."); the lead until another unit name starts after a
 * line that does not end in a comma; the support until a timeframe starts
 * ("Thường xuyên", "Quý I/2026"); the time until a line starts with a
 * capital; the rest is the output. A row starts at a line holding only the
 * next row number; any other lone number is a page number. A Roman numeral
 * with a heading in capitals is a group row.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "extract/extract_internal.h"
#include "vnplan/text.h"

enum col { C_STT, C_TASK, C_LEAD, C_SUPPORT, C_TIME, C_OUTPUT, C__N };
/* Its columns are the first of the rules' column lists, in their order. */
_Static_assert((int)C_STT == (int)EX_COL_STT && (int)C_OUTPUT == (int)EX_COL_OUTPUT && (int)C__N <= (int)EX_COL__N,
               "column order");

/* Byte offset in `line` where the longest synonym of `list` starts at a word
 * boundary (first occurrence), and its length; false when none. */
static bool find_synonym(const vnplan_key *key, const ex_folded_list *list, size_t *at, size_t *len) {
    bool found = false;
    for (size_t i = 0; i < list->n; i++) {
        const char *s = list->items[i];
        size_t sl = strlen(s);
        for (const char *p = key->text; sl && (p = strstr(p, s)); p++) {
            size_t k = (size_t)(p - key->text);
            bool left = k == 0 || key->text[k - 1] == ' ';
            bool right = p[sl] == '\0' || p[sl] == ' ' || p[sl] == '/';
            if (left && right) {
                size_t start = key->to_display[k], end = key->to_display[k + sl];
                if (!found || start < *at || (start == *at && end - start > *len)) {
                    *at = start;
                    *len = end - start;
                    found = true;
                }
                break;
            }
        }
    }
    return found;
}

bool ex_flat_table_header(ex *e, const char *line, ex_flat_layout *l) {
    memset(l, 0, sizeof *l);
    /* Every line of a text plan comes here: the header starts with its
     * number column ("STT", "TT", "Số TT"), so anything else is turned
     * away before folding. */
    const char *p = line + strspn(line, " ");
    if (!strchr("SsTt", *p) || !*p)
        return false;
    vnplan_key key;
    if (vnplan_text_key(line, strlen(line), VNPLAN_KEY_FOLDED, &key) != VNPLAN_OK)
        return false;
    size_t at[C__N], len[C__N];
    bool has[C__N];
    int n = 0;
    for (int c = 0; c < C__N; c++) {
        has[c] = find_synonym(&key, &ex_columns(e)[c], &at[c], &len[c]);
        n += has[c];
    }
    vnplan_key_free(&key);
    /* "STT" first, a task column, and at least two more. */
    if (!has[C_STT] || at[C_STT] != strspn(line, " ") || !has[C_TASK] || n < 4)
        return false;
    /* columns in the order of the header */
    for (int c = 0; c < C__N; c++)
        if (has[c])
            l->order[l->n_cols++] = c;
    for (int i = 1; i < l->n_cols; i++)
        for (int j = i; j > 0 && at[l->order[j]] < at[l->order[j - 1]]; j--) {
            int t = l->order[j];
            l->order[j] = l->order[j - 1];
            l->order[j - 1] = t;
        }
    for (int i = 0; i < l->n_cols; i++) {
        size_t start = at[l->order[i]];
        size_t end = i + 1 < l->n_cols ? at[l->order[i + 1]] : strlen(line);
        while (end > start && line[end - 1] == ' ')
            end--;
        l->headers[i] = strndup(line + start, end - start);
        if (!l->headers[i])
            return false;
    }
    /* two columns may not start at the same place ("Thời gian" inside another header) */
    for (int i = 1; i < l->n_cols; i++)
        if (at[l->order[i]] == at[l->order[i - 1]])
            return false;
    return true;
}

void ex_flat_layout_free(ex_flat_layout *l) {
    for (int i = 0; i < l->n_cols; i++)
        free(l->headers[i]);
    memset(l, 0, sizeof *l);
}

/* ---- rows ------------------------------------------------------------------------------------ */

static bool starts_upper(const char *t) {
    return ex_first_category(t) == UTF8PROC_CATEGORY_LU;
}

/* The length of a timeframe at the start of `line` ("Thường xuyên", "Quý
 * I/2026", "Theo tiến độ"), 0 when it does not start with one. */
static size_t time_prefix(const ex *e, const char *line) {
    static const char *const rules[] = {"time.continuous", "time.before_quarter", "time.quarter",
                                        "time.half",       "time.before_date",    "time.date",
                                        "time.month",      "time.year",           "time.during"};
    size_t best = 0;
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
        vn_match m;
        size_t s, en;
        if (vn_rule_match(e->rules, rules[i], line, strlen(line), 0, &m)) {
            vn_match_span(&m, &s, &en);
            if (s == 0 && en > best)
                best = en;
        }
    }
    return best;
}

static bool is_roman_heading(const char *line, size_t *label_len) {
    size_t n = strspn(line, "IVXL");
    if (!n || (line[n] != ' ' && line[n] != '.'))
        return false;
    const char *rest = line + n + strspn(line + n, ". ");
    if (!*rest || !ex_upper_line(rest))
        return false;
    *label_len = n;
    return true;
}

/* A row being built: one text buffer per column. */
typedef struct flat_row {
    vn_buf cells[C__N];
    bool group;
} flat_row;

static void cell_add(vn_buf *b, const char *line) {
    /* a word cut at a hyphen or a slash goes on without a space ("HTQT-" "VP") */
    if (b->len && b->data[b->len - 1] != '-' && b->data[b->len - 1] != '/' && line[0] != '/')
        vn_buf_putc(b, ' ');
    vn_buf_puts(b, line);
}

static bool ends_with(const vn_buf *b, char c) {
    size_t n = b->len;
    while (n && b->data[n - 1] == ' ')
        n--;
    return n && b->data[n - 1] == c;
}

/* Which column comes after `c` in the layout (C__N when none). */
static int next_col(const ex_flat_layout *l, int c) {
    for (int i = 0; i + 1 < l->n_cols; i++)
        if (l->order[i] == c)
            return l->order[i + 1];
    return C__N;
}

static bool has_col(const ex_flat_layout *l, int c) {
    for (int i = 0; i < l->n_cols; i++)
        if (l->order[i] == c)
            return true;
    return false;
}

/* True when the first word is capitalised, not in capitals ("Kế", not
 * "KLKCHC" or "TT&DVĐN", which go on a unit name). */
static bool capitalised_word(const char *t) {
    utf8proc_int32_t a, b;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)t, -1, &a);
    if (n <= 0 || utf8proc_category(a) != UTF8PROC_CATEGORY_LU)
        return false;
    return utf8proc_iterate((const utf8proc_uint8_t *)t + n, -1, &b) > 0 &&
           utf8proc_category(b) == UTF8PROC_CATEGORY_LL;
}

/* True when a timeframe appears anywhere in text. */
static bool has_time(const ex *e, const vn_buf *b) {
    static const char *const rules[] = {"time.continuous", "time.quarter", "time.half", "time.date",
                                        "time.month",      "time.year",    "time.during"};
    vn_match m;
    for (size_t i = 0; b->len && i < sizeof rules / sizeof rules[0]; i++)
        if (vn_rule_match(e->rules, rules[i], b->data, b->len, 0, &m))
            return true;
    return false;
}

/* True when line starts by finishing a date cut at the line break
 * ("... trong quý" / "I/2026; ..."). */
static bool date_tail(const char *line) {
    size_t n = strspn(line, "IVX");
    if (!n)
        n = strspn(line, "0123456789");
    return n && n <= 4 && line[n] == '/' && isdigit((unsigned char)line[n + 1]);
}

/* Adds one line of a row to the column it belongs to; *col is the column
 * the previous line went to. A cell whose last line ends with a comma or a
 * hyphen goes on. */
static void row_line(const ex *e, const ex_flat_layout *l, flat_row *r, int *col, const char *line) {
    size_t tp = time_prefix(e, line);
    bool unit = ex_starts_unit(e, line) && starts_upper(line);
    int c = *col;
    if (c == C_STT)
        c = C_TASK;
    const vn_buf *cur = c < C__N ? &r->cells[c] : NULL;
    bool open = cur && (ends_with(cur, ',') || ends_with(cur, '-'));
    int time_col = has_col(l, C_TIME) ? C_TIME : C_OUTPUT;
    if (c == C_TASK && unit && cur->len && !open) {
        c = has_col(l, C_LEAD) ? C_LEAD : next_col(l, C_TASK);
    } else if (c == C_LEAD || c == C_SUPPORT) {
        if (tp || (capitalised_word(line) && !unit && cur->len && !open))
            c = time_col;
        else if (c == C_LEAD && unit && cur->len && !open && has_col(l, C_SUPPORT))
            c = C_SUPPORT;
    } else if (c == C_TIME && cur->len && (starts_upper(line) || isdigit((unsigned char)line[0])) &&
               !date_tail(line) && has_time(e, cur)) {
        c = C_OUTPUT;
    }
    if (c >= C__N)
        c = C_OUTPUT;
    if (c == C_TIME && tp && line[tp] && has_col(l, C_OUTPUT) && !r->cells[C_TIME].len) {
        /* "Thường xuyên 100% kiến nghị được thực hiện": the time, then the output */
        char *head = strndup(line, tp);
        if (head) {
            cell_add(&r->cells[C_TIME], head);
            free(head);
        }
        const char *rest = line + tp + strspn(line + tp, " ");
        if (*rest)
            cell_add(&r->cells[C_OUTPUT], rest);
        *col = C_OUTPUT;
        return;
    }
    cell_add(&r->cells[c], line);
    *col = c;
}

static vnplan_block *table_block(ex *e, const ex_flat_layout *l, flat_row *rows, size_t n_rows) {
    vn_arena *a = &e->arena;
    vnplan_block *b = vn_arena_calloc(a, 1, sizeof *b);
    vnplan_row *out = vn_arena_calloc(a, n_rows + 1, sizeof *out);
    if (!b || !out)
        return NULL;
    b->kind = VNPLAN_BLOCK_TABLE;
    b->u.table.rows = out;
    b->u.table.n_rows = n_rows + 1;
    b->u.table.n_cols = (size_t)l->n_cols;
    for (size_t r = 0; r <= n_rows; r++) {
        vnplan_cell *cells = vn_arena_calloc(a, (size_t)l->n_cols, sizeof *cells);
        if (!cells)
            return NULL;
        out[r].cells = cells;
        out[r].n_cells = (size_t)l->n_cols;
        out[r].header = r == 0;
        for (int i = 0; i < l->n_cols; i++) {
            const char *text = r == 0 ? l->headers[i] : vn_buf_cstr(&rows[r - 1].cells[l->order[i]]);
            vnplan_block *p = vn_arena_calloc(a, 1, sizeof *p);
            char *copy = vn_arena_strdup(a, text);
            if (!p || !copy)
                return NULL;
            p->kind = VNPLAN_BLOCK_PARAGRAPH;
            p->u.paragraph.text = copy;
            p->u.paragraph.text_len = strlen(copy);
            p->u.paragraph.outline_level = -1;
            p->u.paragraph.num_id = -1;
            p->u.paragraph.num_level = -1;
            cells[i].grid_col = (size_t)i;
            cells[i].grid_span = 1;
            cells[i].row_span = 1;
            cells[i].blocks = p;
            cells[i].n_blocks = 1;
        }
    }
    return b;
}

vnplan_block *ex_flat_table_build(ex *e, const ex_flat_layout *l, char **lines, size_t n_lines) {
    vn_vec rows;
    vn_vec_init(&rows, sizeof(flat_row));
    flat_row *cur = NULL;
    int col = C_STT;
    long expect = 1;
    bool ok = true;
    for (size_t i = 0; ok && i < n_lines; i++) {
        const char *line = lines[i];
        size_t roman;
        size_t digits = strspn(line, "0123456789");
        bool number = digits && digits <= 3 && (line[digits] == '\0' || (line[digits] == '.' && !line[digits + 1]));
        if (number && strtol(line, NULL, 10) != expect)
            continue;   /* a page number */
        ex_flat_layout again;
        bool repeated = ex_flat_table_header(e, line, &again);
        ex_flat_layout_free(&again);
        if (repeated)
            continue;   /* the header repeated on a new page */
        if (number || is_roman_heading(line, &roman)) {
            cur = vn_vec_push(&rows);
            if (!cur) {
                ok = false;
                break;
            }
            for (int c = 0; c < C__N; c++)
                vn_buf_init(&cur->cells[c]);
            if (number) {
                vn_buf_append(&cur->cells[C_STT], line, digits);
                expect++;
                col = C_STT;
            } else {
                vn_buf_append(&cur->cells[C_STT], line, roman);
                const char *rest = line + roman + strspn(line + roman, ". ");
                vn_buf_puts(&cur->cells[C_TASK], rest);
                cur->group = true;
                expect = 1;
                col = C_OUTPUT;
            }
            continue;
        }
        if (cur && cur->group && ex_upper_line(line)) {
            cell_add(&cur->cells[C_TASK], line);   /* a group heading over two lines */
            continue;
        }
        if (!cur || cur->group)
            continue;   /* text before the first row, or after a group heading */
        row_line(e, l, cur, &col, line);
    }
    vnplan_block *b = NULL;
    if (ok && rows.n)
        b = table_block(e, l, rows.items, rows.n);
    for (size_t r = 0; r < rows.n; r++) {
        flat_row *fr = vn_vec_at(&rows, r);
        for (int c = 0; c < C__N; c++)
            vn_buf_free(&fr->cells[c]);
    }
    vn_vec_free(&rows);
    return b;
}
