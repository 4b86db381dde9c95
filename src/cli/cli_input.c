#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/cli_convert.h"
#include "cli/cli_input.h"
#include "util/file.h"
#include "util/sha256.h"

bool cli_is_text_path(const char *path) {
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash))
        return false;
    return !strcasecmp(dot, ".txt") || !strcasecmp(dot, ".text") || !strcasecmp(dot, ".md");
}

vnplan_status cli_open_document(vnplan_ctx *ctx, const char *path, vnplan_document **out) {
    return cli_open_document_digest(ctx, path, out, NULL);
}

vnplan_status cli_open_document_digest(vnplan_ctx *ctx, const char *path, vnplan_document **out,
                                       char sha256[65]) {
    *out = NULL;
    char *data;
    size_t len;
    vnplan_status st = vn_read_file(ctx, path, (size_t)vnplan_limit(ctx, VNPLAN_LIMIT_INPUT_BYTES, -1),
                                    &data, &len);
    if (st)
        return st;
    if (sha256)
        vn_sha256_hex(data, len, sha256);
    /* Standard input is a package when it starts like a zip archive. */
    bool text = cli_is_text_path(path) ||
                (strcmp(path, "-") == 0 && !(len >= 2 && data[0] == 'P' && data[1] == 'K'));
    /* A legacy .doc (an OLE2 file with a WordDocument stream) is converted
     * first when the user asked for it. */
    static const char ole2[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    if (!text && cli_convert_enabled() && len >= 8 && memcmp(data, ole2, 8) == 0) {
        char *docx;
        size_t docx_len;
        st = cli_convert_doc(ctx, path, data, len, &docx, &docx_len);
        free(data);
        if (st)
            return st;
        data = docx;
        len = docx_len;
    }
    if (text)
        st = vnplan_document_from_text(ctx, data, len, out);
    else
        st = vnplan_document_open_memory(ctx, data, len, strcmp(path, "-") ? path : "<stdin>", out);
    free(data);
    return st;
}
