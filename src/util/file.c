#include "util/file.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/ctx.h"

vnplan_status vn_read_stream(vnplan_ctx *ctx, FILE *fp, const char *name, size_t max_bytes,
                             char **data, size_t *len) {
    vn_buf b = VN_BUF_INIT;
    *data = NULL;
    *len = 0;
    for (;;) {
        if (!vn_buf_grow(&b, 64 * 1024)) {
            vn_buf_free(&b);
            return vn_fail_nomem(ctx);
        }
        size_t n = fread(b.data + b.len, 1, b.cap - b.len - 1, fp);
        b.len += n;
        b.data[b.len] = '\0';
        if (b.len > max_bytes) {
            vn_buf_free(&b);
            return vn_fail(ctx, VNPLAN_ELIMIT, name,
                           "input is larger than %zu bytes (limit max-input-bytes)", max_bytes);
        }
        if (n == 0)
            break;
    }
    if (ferror(fp)) {
        int err = errno;
        vn_buf_free(&b);
        return vn_fail(ctx, VNPLAN_EIO, name, "cannot read: %s", strerror(err));
    }
    *data = vn_buf_detach(&b, len);
    return *data ? VNPLAN_OK : vn_fail_nomem(ctx);
}

vnplan_status vn_read_file(vnplan_ctx *ctx, const char *path, size_t max_bytes, char **data,
                           size_t *len) {
    if (strcmp(path, "-") == 0)
        return vn_read_stream(ctx, stdin, "<stdin>", max_bytes, data, len);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return vn_fail(ctx, VNPLAN_EIO, path, "cannot open: %s", strerror(errno));
    vnplan_status st = vn_read_stream(ctx, fp, path, max_bytes, data, len);
    fclose(fp);
    return st;
}

bool vn_is_text_path(const char *path) {
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash))
        return false;
    return !strcasecmp(dot, ".txt") || !strcasecmp(dot, ".text") || !strcasecmp(dot, ".md");
}

bool vn_input_is_text(const char *path, const char *data, size_t len) {
    return vn_is_text_path(path) || (strcmp(path, "-") == 0 && !(len >= 2 && data[0] == 'P' && data[1] == 'K'));
}

FILE *vn_temp_file(void) {
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/tmp";
    size_t n = strlen(dir) + sizeof "/vnplan-XXXXXX";
    char *path = malloc(n);
    if (!path)
        return NULL;
    snprintf(path, n, "%s/vnplan-XXXXXX", dir);
    int fd = mkstemp(path);
    if (fd >= 0)
        unlink(path);
    free(path);
    if (fd < 0)
        return NULL;
    FILE *fp = fdopen(fd, "w+b");
    if (!fp)
        close(fd);
    return fp;
}

bool vn_file_copy(FILE *from, FILE *to, bool rewind_first) {
    if (rewind_first && fseek(from, 0, SEEK_SET) != 0)
        return false;
    char chunk[64 * 1024];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, from)) > 0)
        if (fwrite(chunk, 1, n, to) != n)
            return false;
    return !ferror(from);
}
