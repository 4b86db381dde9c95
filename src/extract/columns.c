/*
 * The role a task table's header cell names (task, lead, support, ...).
 *
 * Two sources, both in the rules file: the whole-phrase synonyms of the
 * column.* lists, matched at the start of the cell ("Đơn vị chủ trì"), which
 * win when one matches; then the role words of the column.words map, which
 * generalise to headers nobody listed ("Sở, ngành chủ trì tham mưu",
 * "Cơ quan, đơn vị phối hợp thực hiện"): every word found in the cell adds
 * its weight to its role, and the role with the highest total wins. A tie
 * ("Vai trò (Chủ trì/ Phối hợp)") names no role.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/extract_internal.h"

/* The role names of column.words values, in EX_COL_* order. */
static const char *const role_names[EX_COL__N] = {"stt",  "task",   "lead", "support",
                                                  "time", "output", "note", "implementer"};

typedef struct ex_column_word {
    char *word;            /* folded */
    int role;              /* EX_COL_* */
    int weight;
} ex_column_word;

const ex_folded_list *ex_columns(ex *e) {
    static const char *const names[EX_COL__N] = {"column.stt",  "column.task",   "column.lead", "column.support",
                                                 "column.time", "column.output", "column.note", "column.implementer"};
    if (!e->columns_folded) {
        for (int c = 0; c < EX_COL__N; c++)
            ex_fold_list(e->rules, names[c], &e->columns[c]);   /* empty when out of memory */
        e->columns_folded = true;
    }
    return e->columns;
}

/* column.words, folded once for the pass: "chủ trì = lead 3". An entry
 * whose value names no role is ignored (rules files are checked at load
 * for syntax only). */
static void fold_words(ex *e) {
    const char *const *keys, *const *values;
    size_t n = vnplan_rules_map(e->rules, "column.words", &keys, &values);
    e->column_words_folded = true;
    e->column_words = calloc(n ? n : 1, sizeof *e->column_words);
    if (!e->column_words)
        return;
    for (size_t i = 0; i < n; i++) {
        size_t rl = strcspn(values[i], " ");
        int role = -1;
        for (int r = 0; r < EX_COL__N; r++)
            if (strlen(role_names[r]) == rl && !strncmp(values[i], role_names[r], rl))
                role = r;
        int weight = values[i][rl] ? atoi(values[i] + rl) : 1;
        char *w = role >= 0 && weight > 0 ? ex_folded(keys[i]) : NULL;
        if (!w)
            continue;
        ex_column_word *cw = &e->column_words[e->n_column_words++];
        cw->word = w;
        cw->role = role;
        cw->weight = weight;
    }
}

void ex_free_columns(ex *e) {
    for (int c = 0; c < EX_COL__N; c++)
        ex_folded_list_free(&e->columns[c]);
    for (size_t i = 0; i < e->n_column_words; i++)
        free(e->column_words[i].word);
    free(e->column_words);
    e->column_words = NULL;
    e->n_column_words = 0;
    e->columns_folded = e->column_words_folded = false;
}

static bool word_char(char c) { return (unsigned char)c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

/* True when `w` occurs in `f` as whole words. */
static bool has_words(const char *f, const char *w) {
    size_t len = strlen(w);
    for (const char *p = f; len && (p = strstr(p, w)); p++)
        if ((p == f || !word_char(p[-1])) && !word_char(p[len]))
            return true;
    return false;
}

int ex_column_role(ex *e, const char *text) {
    char *f = ex_folded(text);
    if (!f)
        return -1;
    /* Line breaks and doubled spaces inside header cells are common. */
    for (char *p = f; *p; p++)
        if (*p == '\n')
            *p = ' ';
    const ex_folded_list *cols = ex_columns(e);
    int best = -1;
    size_t best_len = 0;
    for (int r = 0; r < EX_COL__N; r++)
        for (size_t i = 0; i < cols[r].n; i++) {
            const char *s = cols[r].items[i];
            size_t len = strlen(s);
            /* A synonym at the start of the cell; the longest wins. */
            if (!strncmp(f, s, len) && (f[len] == '\0' || f[len] == ' ' || f[len] == '/' || f[len] == ',' ||
                                        f[len] == '(') && len > best_len) {
                best = r;
                best_len = len;
            }
        }
    if (best < 0) {
        if (!e->column_words_folded)
            fold_words(e);
        int score[EX_COL__N] = {0};
        for (size_t i = 0; i < e->n_column_words; i++)
            if (has_words(f, e->column_words[i].word))
                score[e->column_words[i].role] += e->column_words[i].weight;
        int top = 0;
        for (int r = 0; r < EX_COL__N; r++)
            if (score[r] > top) {
                top = score[r];
                best = r;
            } else if (score[r] == top && top) {
                best = -2;   /* a tie: no role yet, unless a later role scores higher */
            }
        if (best == -2)
            best = -1;
    }
    free(f);
    return best;
}
