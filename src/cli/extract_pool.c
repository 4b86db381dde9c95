#include "cli/extract_pool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "cli/cli_input.h"
#include "cli/ordered_map.h"
#include "util/file.h"

struct extract_pool {
    const vnplan_rules *rules;
    char **paths;
    bool pretty;
    ordered_map *map;
};

/* Inputs larger than this have their JSON kept in a temporary file until it
 * is written (a batch holds every finished plan until its turn comes). */
enum { LARGE_INPUT = 256 * 1024 };

static void fail_nomem(extract_result *r) {
    r->status = r->error.code = VNPLAN_ENOMEM;
    strcpy(r->error.message, "out of memory");
}

static void extract_one(extract_pool *p, vnplan_ctx *ctx, int i, extract_result *r) {
    /* The plan streamed (the CLI's own input path, so --convert applies):
     * the document and the plan are never held, only their JSON until it is
     * written in the order of the files. */
    struct stat sb;
    bool large = strcmp(p->paths[i], "-") && stat(p->paths[i], &sb) == 0 && sb.st_size > LARGE_INPUT;
    FILE *fp = large ? (r->file = vn_temp_file()) : open_memstream(&r->json, &r->len);
    if (!fp) {
        fail_nomem(r);
        if (large) {
            r->status = r->error.code = VNPLAN_EIO;
            strcpy(r->error.message, "could not make a temporary file (in $TMPDIR, or /tmp when unset)");
        }
        return;
    }
    r->status = cli_extract_write(ctx, p->rules, p->paths[i], p->pretty ? VNPLAN_JSON_PRETTY : 0, fp);
    bool flushed = large ? fflush(fp) == 0 : fclose(fp) == 0;
    if (r->status == VNPLAN_OK && !flushed) {
        vnplan_ctx_clear_error(ctx);
        r->status = large ? VNPLAN_EIO : VNPLAN_ENOMEM;
    }
    vnplan_extract_counts counts;
    if (r->status == VNPLAN_OK && vnplan_extract_last(ctx, &counts) == VNPLAN_OK) {
        r->tasks = counts.tasks;
        r->warnings = counts.warnings;
        r->has_doc_type = counts.doc_type != NULL;
        snprintf(r->doc_type, sizeof r->doc_type, "%s", counts.doc_type ? counts.doc_type : "");
    }
    if (r->status != VNPLAN_OK) {
        if (large)
            fclose(r->file);
        free(r->json);
        r->file = NULL;
        r->json = NULL;
        r->len = 0;
        r->error = *vnplan_ctx_error(ctx);
        if (r->error.code == VNPLAN_OK) {
            r->error.code = r->status;
            strcpy(r->error.message, large ? "could not write a temporary file" : "out of memory");
        }
    }
}

bool extract_result_write(extract_result *r, FILE *fp) {
    bool ok = true;
    if (r->file) {
        ok = vn_file_copy(r->file, fp, true);
        fclose(r->file);
        r->file = NULL;
    } else if (r->json) {
        ok = fwrite(r->json, 1, r->len, fp) == r->len;
    }
    free(r->json);
    r->json = NULL;
    return ok;
}

static void work(void *ud, vnplan_ctx *ctx, int i, void *result) { extract_one(ud, ctx, i, result); }

static void drop(void *ud, void *result) {
    (void)ud;
    extract_result *r = result;
    free(r->json);
    if (r->file)
        fclose(r->file);
}

static void fail(void *ud, void *result) {
    (void)ud;
    fail_nomem(result);
}

extract_pool *extract_pool_start(const vnplan_rules *rules, char **paths, int n, int jobs, bool pretty) {
    extract_pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->rules = rules;
    p->paths = paths;
    p->pretty = pretty;
    /* --jobs 1 works in the caller's thread; more work ahead, but a slow
     * file holds up at most two finished plans per job. */
    ordered_map_config c = {n, jobs > 1 ? jobs : 0, 2 * jobs, sizeof(extract_result), work, drop, fail, p};
    p->map = ordered_map_start(&c);
    if (!p->map) {
        free(p);
        return NULL;
    }
    return p;
}

void extract_pool_next(extract_pool *p, int i, extract_result *result) { ordered_map_next(p->map, i, result); }

void extract_pool_finish(extract_pool *p) {
    if (!p)
        return;
    ordered_map_finish(p->map);
    free(p);
}
