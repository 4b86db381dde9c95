/* Shared pieces of the workbooks: formats, and writes that cannot fail
 * silently. */
#include <stdlib.h>
#include <string.h>

#include "output/xlsx_util.h"

/* The most bytes a cell holds (the OOXML limit of 32767 characters, taken
 * as bytes: a safe bound). */
#define XLSX_CELL_MAX 32767

bool xlsx_open(xlsx_book *x, const char *path) {
    memset(x, 0, sizeof *x);
    lxw_workbook_options opt = {.constant_memory = LXW_FALSE, .tmpdir = NULL};
    x->wb = workbook_new_opt(path, &opt);
    if (!x->wb)
        return false;
    x->head = workbook_add_format(x->wb);
    format_set_bold(x->head);
    format_set_text_wrap(x->head);
    format_set_bg_color(x->head, 0xEEF1F6);
    format_set_border(x->head, LXW_BORDER_THIN);
    format_set_align(x->head, LXW_ALIGN_VERTICAL_TOP);
    x->bold = workbook_add_format(x->wb);
    format_set_bold(x->bold);
    x->wrap = workbook_add_format(x->wb);
    format_set_text_wrap(x->wrap);
    format_set_align(x->wrap, LXW_ALIGN_VERTICAL_TOP);
    x->score = workbook_add_format(x->wb);
    format_set_num_format(x->score, "0.00");
    format_set_align(x->score, LXW_ALIGN_VERTICAL_TOP);
    const unsigned colours[3] = {0xC6EFCE, 0xFFEB9C, 0xFFC7CE};
    lxw_format **f[3] = {&x->covered, &x->partial, &x->missing};
    for (int k = 0; k < 3; k++) {
        *f[k] = workbook_add_format(x->wb);
        format_set_bg_color(*f[k], colours[k]);
        format_set_align(*f[k], LXW_ALIGN_VERTICAL_TOP);
    }
    return true;
}

bool xlsx_close(xlsx_book *x) {
    lxw_error e = workbook_close(x->wb);
    x->wb = NULL;
    return e == LXW_NO_ERROR && !x->failed;
}

void xlsx_text(xlsx_book *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s, lxw_format *f) {
    if (!ws) {
        x->failed = true;
        return;
    }
    if (!s || !*s)
        return;
    size_t len = strlen(s);
    if (len <= XLSX_CELL_MAX) {
        if (worksheet_write_string(ws, row, col, s, f) != LXW_NO_ERROR)
            x->failed = true;
        return;
    }
    /* cut at a character boundary */
    size_t cut = XLSX_CELL_MAX;
    while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
        cut--;
    char *t = malloc(cut + 1);
    if (!t) {
        x->failed = true;
        return;
    }
    memcpy(t, s, cut);
    t[cut] = '\0';
    if (worksheet_write_string(ws, row, col, t, f) != LXW_NO_ERROR)
        x->failed = true;
    free(t);
}

lxw_format *xlsx_status_format(xlsx_book *x, const char *status) {
    return !strcmp(status, "covered") ? x->covered
           : !strcmp(status, "partial") ? x->partial
           : !strcmp(status, "missing") ? x->missing
                                        : NULL;
}
