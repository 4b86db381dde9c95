/* HTML escaping of the values the pages show. */
#include <string.h>

#include "serve/serve.h"

void sv_html(vn_buf *b, const char *s) {
    if (!s)
        return;
    const char *run = s;
    for (; *s; s++) {
        const char *rep = NULL;
        switch (*s) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default: continue;
        }
        vn_buf_append(b, run, (size_t)(s - run));
        vn_buf_puts(b, rep);
        run = s + 1;
    }
    vn_buf_append(b, run, (size_t)(s - run));
}
