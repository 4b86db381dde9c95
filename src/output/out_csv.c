/* One CSV field (output_internal.h), shared by the report's CSV
 * (coverage_render.c) and the plan's task table (plan_table.c). */
#include "output/output_internal.h"

/* One RFC 4180 field. A cell that a spreadsheet would take for a formula
 * (=, +, -, @, tab or carriage return first: the OWASP list) gets a leading
 * apostrophe, which the spreadsheet shows as text. */
void out_csv_field(vn_buf *b, const char *s, bool last) {
    vn_buf_putc(b, '"');
    if (*s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' || *s == '\r')
        vn_buf_putc(b, '\'');
    for (; *s; s++) {
        if (*s == '"')
            vn_buf_putc(b, '"');
        vn_buf_putc(b, *s);
    }
    vn_buf_putc(b, '"');
    vn_buf_puts(b, last ? "\r\n" : ",");
}
