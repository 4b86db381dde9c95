#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/cli_convert.h"
#include "cli/cli_input.h"
#include "util/file.h"
#include "util/sha256.h"

vnplan_status cli_open_document(vnplan_ctx *ctx, const char *path, vnplan_document **out) {
    return cli_open_document_digest(ctx, path, out, NULL);
}

/* The document in data[0..len) (freed here), read from `path`. */
static vnplan_status document_from_data(vnplan_ctx *ctx, const char *path, char *data, size_t len,
                                        vnplan_document **out) {
    vnplan_status st;
    /* Standard input is a package when it starts like a zip archive. */
    bool text = vn_input_is_text(path, data, len);
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

static vnplan_status read_input(vnplan_ctx *ctx, const char *path, char **data, size_t *len) {
    return vn_read_file(ctx, path, (size_t)vnplan_limit(ctx, VNPLAN_LIMIT_INPUT_BYTES, -1), data, len);
}

vnplan_status cli_open_document_digest(vnplan_ctx *ctx, const char *path, vnplan_document **out,
                                       char sha256[65]) {
    *out = NULL;
    char *data;
    size_t len;
    vnplan_status st = read_input(ctx, path, &data, &len);
    if (st)
        return st;
    if (sha256)
        vn_sha256_hex(data, len, sha256);
    return document_from_data(ctx, path, data, len, out);
}

/* JSON by its name, or (for standard input and unnamed files) by starting
 * with '{' after white space. */
static bool looks_json(const char *path, const char *data, size_t len) {
    const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
    if (dot && (!slash || dot > slash))
        return !strcasecmp(dot, ".json");
    size_t i = 0;
    while (i < len && strchr(" \t\r\n", data[i]))
        i++;
    return i < len && data[i] == '{';
}

vnplan_status cli_open_plan(vnplan_ctx *ctx, const vnplan_rules *rules, const char *path, vnplan_plan **out) {
    *out = NULL;
    char *data;
    size_t len;
    vnplan_status st = read_input(ctx, path, &data, &len);
    if (st)
        return st;
    if (looks_json(path, data, len)) {
        st = vnplan_plan_from_json(ctx, data, len, out);
        free(data);
        return st;
    }
    char sha256[65];
    vn_sha256_hex(data, len, sha256);
    vnplan_document *doc;
    st = document_from_data(ctx, path, data, len, &doc);
    if (st)
        return st;
    vnplan_source src = {path, sha256, NULL};
    st = vnplan_extract(ctx, rules, doc, &src, out);
    vnplan_document_free(doc);
    return st;
}
