/* Internal side of vnplan_ctx: recording errors and reading limits. */
#ifndef VN_CTX_H
#define VN_CTX_H

#include <stdbool.h>
#include <stddef.h>

#include "vnplan/error.h"

struct vnplan_ctx {
    vnplan_error error;
    long long limits[VNPLAN_LIMIT__COUNT];
    /* what the last streamed extraction wrote (vnplan_extract_last) */
    struct {
        size_t tasks, warnings;
        bool has_doc_type;
        char doc_type[64];
    } last_plan;
};

/* Records an error in ctx (when ctx is not NULL) and returns `code`, so
 * that `return vn_fail(ctx, VNPLAN_EFORMAT, part, "...")` reads naturally.
 * `part` may be NULL. The message is one line: newlines become spaces. */
vnplan_status vn_fail(vnplan_ctx *ctx, vnplan_status code, const char *part, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The same with a line number. */
vnplan_status vn_fail_line(vnplan_ctx *ctx, vnplan_status code, const char *part, long line,
                           const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Marks the failure just recorded (by vn_fail) as of `kind` and returns
 * `code`: `return vn_fail_kind(ctx, KIND, vn_fail(ctx, ...))`. */
vnplan_status vn_fail_kind(vnplan_ctx *ctx, vnplan_error_kind kind, vnplan_status code);
/* Shorthand for an allocation failure. */
vnplan_status vn_fail_nomem(vnplan_ctx *ctx);

/* The public functions' argument check: when pointer `arg` is NULL, records
 * VNPLAN_EINVAL naming the function and the argument, and returns it. ctx
 * may itself be the argument checked (vn_fail accepts a NULL ctx). */
#define VN_REQUIRE_ARG(ctx, arg)                                                              \
    do {                                                                                      \
        if (!(arg))                                                                           \
            return vn_fail((ctx), VNPLAN_EINVAL, NULL, "%s: argument '%s' is NULL", __func__, \
                           #arg);                                                             \
    } while (0)

/* The value of a limit; the default when ctx is NULL. */
long long vn_limit(const vnplan_ctx *ctx, vnplan_limit_id id);

#endif
