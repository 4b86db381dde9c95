#include "cli/extract_pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "cli/cli_input.h"
#include "util/file.h"

struct extract_pool {
    pthread_mutex_t mu;
    pthread_cond_t done_cv;
    const vnplan_rules *rules;
    char **paths;
    int n, next, jobs;
    bool pretty, stop;
    extract_result *results;
    bool *done;
    pthread_t *threads;
    int n_threads;
};

/* Inputs larger than this have their JSON kept in a temporary file until it
 * is written (a batch holds every finished plan until its turn comes). */
enum { LARGE_INPUT = 256 * 1024 };

static void fail_nomem(extract_result *r) {
    r->status = r->error.code = VNPLAN_ENOMEM;
    strcpy(r->error.message, "out of memory");
}

static void extract_one(extract_pool *p, vnplan_ctx *ctx, int i, extract_result *r) {
    vnplan_ctx_clear_error(ctx);
    memset(r, 0, sizeof *r);
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

static void *worker(void *arg) {
    extract_pool *p = arg;
    vnplan_ctx *ctx = cli_ctx_new();
    for (;;) {
        pthread_mutex_lock(&p->mu);
        int i = p->stop || p->next >= p->n ? -1 : p->next++;
        pthread_mutex_unlock(&p->mu);
        if (i < 0)
            break;
        extract_result r;
        if (ctx) {
            extract_one(p, ctx, i, &r);
        } else {
            memset(&r, 0, sizeof r);
            fail_nomem(&r);
        }
        pthread_mutex_lock(&p->mu);
        p->results[i] = r;
        p->done[i] = true;
        pthread_cond_broadcast(&p->done_cv);
        pthread_mutex_unlock(&p->mu);
    }
    vnplan_ctx_free(ctx);
    return NULL;
}

extract_pool *extract_pool_start(const vnplan_rules *rules, char **paths, int n, int jobs, bool pretty) {
    extract_pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->rules = rules;
    p->paths = paths;
    p->n = n;
    p->pretty = pretty;
    p->jobs = jobs < 1 ? 1 : jobs > n ? n : jobs;
    p->results = calloc((size_t)n + 1, sizeof *p->results);
    p->done = calloc((size_t)n + 1, sizeof *p->done);
    p->threads = calloc((size_t)p->jobs, sizeof *p->threads);
    if (!p->results || !p->done || !p->threads) {
        free(p->results);
        free(p->done);
        free(p->threads);
        free(p);
        return NULL;
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->done_cv, NULL);
    if (p->jobs > 1)
        for (int t = 0; t < p->jobs; t++)
            if (pthread_create(&p->threads[t], NULL, worker, p) == 0)
                p->n_threads++;
    return p;
}

void extract_pool_next(extract_pool *p, int i, extract_result *result) {
    if (p->n_threads == 0) {
        /* No threads: extract here, in order. */
        vnplan_ctx *ctx = cli_ctx_new();
        if (ctx) {
            extract_one(p, ctx, i, result);
            vnplan_ctx_free(ctx);
        } else {
            memset(result, 0, sizeof *result);
            fail_nomem(result);
        }
        return;
    }
    pthread_mutex_lock(&p->mu);
    while (!p->done[i])
        pthread_cond_wait(&p->done_cv, &p->mu);
    *result = p->results[i];
    p->results[i].json = NULL;
    p->results[i].file = NULL;
    pthread_mutex_unlock(&p->mu);
}

void extract_pool_finish(extract_pool *p) {
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->stop = true;
    pthread_mutex_unlock(&p->mu);
    for (int t = 0; t < p->n_threads; t++)
        pthread_join(p->threads[t], NULL);
    for (int i = 0; i < p->n; i++) {
        free(p->results[i].json);
        if (p->results[i].file)
            fclose(p->results[i].file);
    }
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->done_cv);
    free(p->results);
    free(p->done);
    free(p->threads);
    free(p);
}
