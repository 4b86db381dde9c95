/* HTML escaping of the values the pages show (util/buf.h's, NULL allowed). */
#include <string.h>

#include "serve/serve.h"

void sv_html(vn_buf *b, const char *s) {
    if (s)
        vn_buf_html(b, s, strlen(s));
}
