#include "util/ctx.h"
#include "util/alloc_failures.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <pthread.h>

#include "vnplan/version.h"

const char *vnplan_version(void) { return VNPLAN_VERSION_STRING; }

static const struct {
    const char *name;
    long long value;
} limit_info[VNPLAN_LIMIT__COUNT] = {
    [VNPLAN_LIMIT_INPUT_BYTES] = {"max-input-bytes", 256LL << 20},
    [VNPLAN_LIMIT_TOTAL_UNCOMPRESSED] = {"max-total-uncompressed", 512LL << 20},
    [VNPLAN_LIMIT_PART_BYTES] = {"max-part-bytes", 256LL << 20},
    [VNPLAN_LIMIT_COMPRESSION_RATIO] = {"max-compression-ratio", 200},
    [VNPLAN_LIMIT_ZIP_ENTRIES] = {"max-zip-entries", 10000},
    [VNPLAN_LIMIT_XML_DEPTH] = {"max-xml-depth", 256},
    [VNPLAN_LIMIT_PARAGRAPH_BYTES] = {"max-paragraph-bytes", 4LL << 20},
    [VNPLAN_LIMIT_TABLE_CELLS] = {"max-table-cells", 4000000},
    [VNPLAN_LIMIT_GRID_SPAN] = {"max-grid-span", 1000},
    [VNPLAN_LIMIT_NUMBERING_LEVELS] = {"max-numbering-levels", 9},
    /* 25 million scores are 200 MB: 5,000 upper tasks against 5,000 lower ones. */
    [VNPLAN_LIMIT_COVERAGE_PAIRS] = {"max-coverage-pairs", 25000000},
};

/* jansson wants its hash seed set once before threads use it; every
 * context creation makes sure it is, exactly once. */
static pthread_once_t libraries_once = PTHREAD_ONCE_INIT;

static void init_libraries(void) {
    json_object_seed(0);
    vn_json_count_failures();
}

vnplan_ctx *vnplan_ctx_new(void) {
    pthread_once(&libraries_once, init_libraries);
    vnplan_ctx *ctx = calloc(1, sizeof *ctx);
    if (!ctx)
        return NULL;
    for (int i = 0; i < VNPLAN_LIMIT__COUNT; i++)
        ctx->limits[i] = limit_info[i].value;
    return ctx;
}

void vnplan_ctx_free(vnplan_ctx *ctx) { free(ctx); }

const vnplan_error *vnplan_ctx_error(const vnplan_ctx *ctx) {
    /* A NULL context is most often vnplan_ctx_new() out of memory. */
    static const vnplan_error no_ctx = {VNPLAN_EINVAL, "vnplan_ctx_error: argument 'ctx' is NULL", "", 0,
                                         VNPLAN_KIND_NONE};
    return ctx ? &ctx->error : &no_ctx;
}

void vnplan_ctx_clear_error(vnplan_ctx *ctx) {
    if (ctx)
        memset(&ctx->error, 0, sizeof ctx->error);
}

long long vnplan_limit(vnplan_ctx *ctx, vnplan_limit_id id, long long new_value) {
    if (!ctx || (int)id < 0 || id >= VNPLAN_LIMIT__COUNT)
        return -1;
    long long old = ctx->limits[id];
    if (new_value >= 0)
        ctx->limits[id] = new_value;
    return old;
}

const char *vnplan_limit_name(vnplan_limit_id id) {
    if ((int)id < 0 || id >= VNPLAN_LIMIT__COUNT)
        return "unknown-limit";
    return limit_info[id].name;
}

long long vnplan_limit_default(vnplan_limit_id id) {
    if ((int)id < 0 || id >= VNPLAN_LIMIT__COUNT)
        return -1;
    return limit_info[id].value;
}

long long vn_limit(const vnplan_ctx *ctx, vnplan_limit_id id) {
    return ctx ? ctx->limits[id] : limit_info[id].value;
}

const char *vnplan_status_str(vnplan_status status) {
    switch (status) {
    case VNPLAN_OK: return "ok";
    case VNPLAN_ENOMEM: return "out of memory";
    case VNPLAN_EIO: return "input/output error";
    case VNPLAN_EFORMAT: return "invalid format";
    case VNPLAN_ELIMIT: return "limit exceeded";
    case VNPLAN_EUNSUPPORTED: return "unsupported format";
    case VNPLAN_ERULES: return "invalid rules";
    case VNPLAN_EINVAL: return "invalid argument";
    case VNPLAN_EINTERNAL: return "internal error";
    }
    return "unknown status";
}

static vnplan_status record(vnplan_ctx *ctx, vnplan_status code, const char *part, long line,
                            const char *fmt, va_list ap) {
    if (!ctx)
        return code;
    vnplan_error *e = &ctx->error;
    e->code = code;
    e->line = line;
    e->kind = VNPLAN_KIND_NONE;
    snprintf(e->part, sizeof e->part, "%s", part ? part : "");
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    for (char *p = e->message; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
    if (!e->message[0])
        snprintf(e->message, sizeof e->message, "%s", vnplan_status_str(code));
    return code;
}

vnplan_status vn_fail(vnplan_ctx *ctx, vnplan_status code, const char *part, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    record(ctx, code, part, 0, fmt, ap);
    va_end(ap);
    return code;
}

vnplan_status vn_fail_line(vnplan_ctx *ctx, vnplan_status code, const char *part, long line,
                           const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    record(ctx, code, part, line, fmt, ap);
    va_end(ap);
    return code;
}

vnplan_status vn_fail_kind(vnplan_ctx *ctx, vnplan_error_kind kind, vnplan_status code) {
    if (ctx)
        ctx->error.kind = kind;
    return code;
}

vnplan_status vn_fail_nomem(vnplan_ctx *ctx) {
    return vn_fail(ctx, VNPLAN_ENOMEM, NULL, "out of memory");
}
