/* The formats and checked writes shared by the workbooks. */
#ifndef VN_OUTPUT_XLSX_UTIL_H
#define VN_OUTPUT_XLSX_UTIL_H

#include <stdbool.h>
#include <xlsxwriter.h>

typedef struct xlsx_book {
    lxw_workbook *wb;
    lxw_format *head, *bold, *wrap, *score, *covered, *partial, *missing;
    bool failed;   /* a write was refused (a text too long, a bad sheet name) */
} xlsx_book;

bool xlsx_open(xlsx_book *x, const char *path);
/* Closes (writes) the workbook; false when it or any write failed. */
bool xlsx_close(xlsx_book *x);
/* A text cell, always a string (never a formula); nothing for "". Texts
 * longer than a cell holds (32767 bytes) are cut at a character. */
void xlsx_text(xlsx_book *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s, lxw_format *f);
/* The fill of a status cell. */
lxw_format *xlsx_status_format(xlsx_book *x, const char *status);

#endif
