#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/cli_convert.h"
#include "cli/cli_input.h"
#include "reader/format_sniff.h"
#include "util/ctx.h"
#include "util/digest.h"
#include "util/file.h"

vnplan_status cli_open_document(vnplan_ctx *ctx, const char *path, vnplan_document **out) {
    return cli_open_document_digest(ctx, path, out, NULL);
}

static vnplan_status read_input(vnplan_ctx *ctx, const char *path, char **data, size_t *len) {
    return vn_read_file(ctx, path, (size_t)vnplan_limit(ctx, VNPLAN_LIMIT_INPUT_BYTES, -1), data, len);
}

/* Plain text by its name or content (standard input is a package when it
 * starts like a zip archive); a legacy .doc (an OLE2 file with a
 * WordDocument stream, not encrypted) converted to .docx first when the user
 * asked for it. Any other OLE2 file (a password-protected .docx, an Excel
 * file) is left to the reader, which refuses it with its own message.
 * On failure *data is freed. */
static vnplan_status prepare(vnplan_ctx *ctx, const char *path, char **data, size_t *len, bool *text,
                             bool *converted) {
    *text = vn_input_is_text(path, *data, *len);
    if (converted)
        *converted = false;
    if (*text || !cli_convert_enabled() || !vn_is_legacy_word((const unsigned char *)*data, *len))
        return VNPLAN_OK;
    char *docx;
    size_t docx_len;
    vnplan_status st = cli_convert_doc(ctx, path, *data, *len, &docx, &docx_len);
    free(*data);
    *data = st ? NULL : docx;
    *len = st ? 0 : docx_len;
    if (converted)
        *converted = st == VNPLAN_OK;
    return st;
}

const char *cli_input_name(const char *path) { return strcmp(path, "-") ? path : "<stdin>"; }

/* cli_read_input, telling also whether a legacy .doc was converted. */
static vnplan_status read_prepared(vnplan_ctx *ctx, const char *path, char **data, size_t *len, bool *text,
                                   char sha256[65], bool *converted) {
    vnplan_status st = read_input(ctx, path, data, len);
    if (st)
        return st;
    if (sha256 && !vn_sha256_hex(*data, *len, sha256)) {
        free(*data);
        *data = NULL;
        return vn_fail_nomem(ctx);
    }
    return prepare(ctx, path, data, len, text, converted);
}

vnplan_status cli_read_input(vnplan_ctx *ctx, const char *path, char **data, size_t *len, bool *text,
                             char sha256[65]) {
    return read_prepared(ctx, path, data, len, text, sha256, NULL);
}

/* The document in data[0..len) (freed here), read from `path`. */
static vnplan_status document_from_data(vnplan_ctx *ctx, const char *path, char *data, size_t len, bool text,
                                        vnplan_document **out) {
    vnplan_status st = text ? vnplan_document_from_text(ctx, data, len, out)
                            : vnplan_document_open_memory(ctx, data, len, cli_input_name(path), out);
    free(data);
    return st;
}

vnplan_status cli_open_document_digest(vnplan_ctx *ctx, const char *path, vnplan_document **out,
                                       char sha256[65]) {
    *out = NULL;
    char *data;
    size_t len;
    bool text = false;
    vnplan_status st = cli_read_input(ctx, path, &data, &len, &text, sha256);
    return st ? st : document_from_data(ctx, path, data, len, text, out);
}

vnplan_status cli_extract_write(vnplan_ctx *ctx, const vnplan_rules *rules, const char *path, unsigned flags,
                                FILE *fp) {
    char *data;
    size_t len;
    bool text = false;
    char sha256[65];
    bool converted;
    vnplan_status st = read_prepared(ctx, path, &data, &len, &text, sha256, &converted);
    if (st)
        return st;
    /* A converted .doc says so in source.format (its digest is the .doc's). */
    vnplan_source src = {path, sha256, converted ? "doc" : NULL};
    if (!text) {
        st = vnplan_extract_docx_write(ctx, rules, data, len, cli_input_name(path), &src, flags, fp);
        free(data);
        return st;
    }
    vnplan_document *doc;
    st = document_from_data(ctx, path, data, len, true, &doc);
    if (st)
        return st;
    st = vnplan_extract_write(ctx, rules, doc, &src, flags, fp);
    vnplan_document_free(doc);
    return st;
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
    if (!vn_sha256_hex(data, len, sha256)) {
        free(data);
        return vn_fail_nomem(ctx);
    }
    bool text = false, converted = false;
    if ((st = prepare(ctx, path, &data, &len, &text, &converted)))
        return st;
    vnplan_document *doc;
    st = document_from_data(ctx, path, data, len, text, &doc);
    if (st)
        return st;
    vnplan_source src = {path, sha256, converted ? "doc" : NULL};
    st = vnplan_extract(ctx, rules, doc, &src, out);
    vnplan_document_free(doc);
    return st;
}
