/* vnplan_document_open* and vn_document_stream_memory: package -> styles,
 * numbering -> body and stories. */
#include <stdlib.h>
#include <string.h>

#include "reader/block_stream.h"
#include "reader/document_internal.h"
#include "reader/wml_body.h"
#include "util/ctx.h"
#include "util/file.h"
#include "util/alloc_failures.h"

static const char *target_of(const vn_rels *rels, const char *type) {
    const vn_rel *r = vn_rels_find_type(rels, type);
    return r ? r->target : NULL;
}

/* Reads every part of one relationship type as stories. With out NULL
 * (streaming) the parts are only checked: their stories are dropped part by
 * part, and env->mem (a scratch arena then) emptied. */
static vnplan_status read_stories(vn_wml_env *env, const vn_rels *rels, const char *type,
                                  const vnplan_story **out, size_t *n_out) {
    vn_vec stories;
    vn_vec_init(&stories, sizeof(vnplan_story));
    vnplan_status st = VNPLAN_OK;
    for (size_t i = 0; i < rels->n && !st; i++) {
        const vn_rel *r = &rels->items[i];
        if (r->external || strcmp(r->type, type) != 0 || !vn_package_has(env->pkg, r->target))
            continue;
        st = vn_wml_parse_stories(env, r->target, out ? &stories : NULL);
    }
    if (st || !out) {
        vn_vec_free(&stories);
        return st;
    }
    size_t n;
    *out = vn_vec_freeze(&stories, &env->doc->arena, &n);
    if (n == (size_t)-1)
        return vn_fail_nomem(env->pkg->ctx);
    *n_out = n;
    return VNPLAN_OK;
}

/* Both readers: with sink NULL the whole document, otherwise the stream. */
static vnplan_status open_package(vnplan_ctx *ctx, const void *data, size_t len, const char *name,
                                  const vn_block_sink *sink, vnplan_document **out) {
    *out = NULL;
    if (!name)
        name = "<memory>";
    long long max_input = vn_limit(ctx, VNPLAN_LIMIT_INPUT_BYTES);
    if ((long long)len > max_input)
        return vn_fail(ctx, VNPLAN_ELIMIT, name, "input larger than %lld bytes (limit max-input-bytes)", max_input);
    vn_package pkg;
    vnplan_status st = vn_package_open(&pkg, ctx, data, len, name);
    if (st) {
        vn_package_close(&pkg);
        return st;
    }
    vn_document *doc = vn_document_new(pkg.format);
    vn_styles styles;
    vn_numbering numbering;
    vn_styles_init(&styles);
    vn_numbering_init(&numbering);
    vn_rels rels = {NULL, 0};
    /* Streaming, the stories are parsed into a scratch arena and dropped. */
    vn_arena scratch;
    vn_arena_init(&scratch);
    if (!doc)
        st = vn_fail_nomem(ctx);
    if (!st)
        st = vn_package_rels(&pkg, pkg.main_part, &rels);
    if (!st)
        st = vn_styles_load(&styles, &pkg, target_of(&rels, "styles"), target_of(&rels, "theme"));
    if (!st)
        st = vn_numbering_load(&numbering, &pkg, target_of(&rels, "numbering"));
    vn_wml_env env = {&pkg, doc, &styles, &numbering, sink ? &scratch : doc ? &doc->arena : NULL};
    if (!st)
        st = vn_wml_parse_body(&env, pkg.main_part, sink);
    vnplan_document *pub = doc ? &doc->pub : NULL;
    /* The stories of the stream are checked and dropped (out NULL). */
#define STORIES(type, field) \
    (sink ? read_stories(&env, &rels, type, NULL, NULL) \
          : read_stories(&env, &rels, type, &pub->field, &pub->n_##field))
    if (!st)
        st = STORIES("footnotes", footnotes);
    if (!st)
        st = STORIES("endnotes", endnotes);
    if (!st)
        st = STORIES("comments", comments);
    if (!st)
        st = STORIES("header", headers);
    if (!st)
        st = STORIES("footer", footers);
#undef STORIES
    if (!st && pub->invalid_utf8 &&
        !vn_document_warn(doc, "%zu invalid UTF-8 sequences replaced with U+FFFD", pub->invalid_utf8))
        st = vn_fail_nomem(ctx);
    if (!st && !vn_document_finish(doc))
        st = vn_fail_nomem(ctx);
    vn_arena_free(&scratch);
    vn_rels_free(&rels);
    vn_styles_free(&styles);
    vn_numbering_free(&numbering);
    vn_package_close(&pkg);
    if (st) {
        vnplan_document_free(pub);
        return st;
    }
    *out = pub;
    return VNPLAN_OK;
}

vnplan_status vnplan_document_open_memory(vnplan_ctx *ctx, const void *data, size_t len,
                                          const char *name, vnplan_document **out) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, out);
    *out = NULL;
    VN_REQUIRE_ARG(ctx, data);
    unsigned long failures = vn_alloc_failures();   /* a failure some branch swallowed */
    vnplan_status st = open_package(ctx, data, len, name, NULL, out);
    if (st == VNPLAN_OK && vn_alloc_failures() != failures) {
        vnplan_document_free(*out);
        *out = NULL;
        st = vn_fail_nomem(ctx);
    }
    return st;
}

vnplan_status vn_document_stream_memory(vnplan_ctx *ctx, const void *data, size_t len,
                                        const char *name, const vn_block_sink *sink,
                                        vnplan_document **out) {
    vnplan_document *doc = NULL;
    vnplan_status st = open_package(ctx, data, len, name, sink, &doc);
    if (out)
        *out = doc;
    else
        vnplan_document_free(doc);
    return st;
}

vnplan_status vnplan_document_open(vnplan_ctx *ctx, const char *path, vnplan_document **out) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, out);
    *out = NULL;
    VN_REQUIRE_ARG(ctx, path);
    char *data;
    size_t len;
    vnplan_status st = vn_read_file(ctx, path, (size_t)vn_limit(ctx, VNPLAN_LIMIT_INPUT_BYTES), &data, &len);
    if (st)
        return st;
    st = vnplan_document_open_memory(ctx, data, len, path, out);
    free(data);
    return st;
}
