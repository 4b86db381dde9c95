#include "cli/ordered_map.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

struct ordered_map {
    ordered_map_config c;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int next;              /* the next item a thread starts */
    int taken;             /* items 0..taken-1 were handed out */
    bool stop;
    unsigned char *slots;  /* ring of `ahead` results: item i in slot i % ahead */
    bool *done;            /* per slot: its result is ready */
    pthread_t *threads;
    int n_threads;         /* 0: items worked on in ordered_map_next */
    vnplan_ctx *serial_ctx;
};

static void *slot_of(ordered_map *m, int i) { return m->slots + (size_t)(i % m->c.ahead) * m->c.result_size; }

/* Works on item i into `result`, with `ctx` (NULL: could not be made). */
static void work_on(ordered_map *m, vnplan_ctx *ctx, int i, void *result) {
    memset(result, 0, m->c.result_size);
    if (!ctx) {
        m->c.fail(m->c.ud, result);
        return;
    }
    vnplan_ctx_clear_error(ctx);
    m->c.work(m->c.ud, ctx, i, result);
}

static void *worker(void *arg) {
    ordered_map *m = arg;
    vnplan_ctx *ctx = cli_ctx_new();
    void *result = malloc(m->c.result_size);
    pthread_mutex_lock(&m->mu);
    for (;;) {
        /* Item i may start only while its slot is free: every item up to
         * i - ahead has been taken. */
        while (!m->stop && m->next < m->c.n && m->next - m->taken >= m->c.ahead)
            pthread_cond_wait(&m->cv, &m->mu);
        if (m->stop || m->next >= m->c.n)
            break;
        int i = m->next++;
        pthread_mutex_unlock(&m->mu);
        if (result)
            work_on(m, ctx, i, result);
        pthread_mutex_lock(&m->mu);
        if (result)
            memcpy(slot_of(m, i), result, m->c.result_size);
        else
            m->c.fail(m->c.ud, memset(slot_of(m, i), 0, m->c.result_size));
        m->done[i % m->c.ahead] = true;
        pthread_cond_broadcast(&m->cv);
    }
    pthread_mutex_unlock(&m->mu);
    free(result);
    vnplan_ctx_free(ctx);
    return NULL;
}

ordered_map *ordered_map_start(const ordered_map_config *config) {
    ordered_map *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->c = *config;
    if (m->c.threads > m->c.n)
        m->c.threads = m->c.n;
    if (m->c.threads < 0)
        m->c.threads = 0;
    if (m->c.ahead < m->c.threads)
        m->c.ahead = m->c.threads;
    if (m->c.ahead < 1)
        m->c.ahead = 1;
    m->slots = calloc((size_t)m->c.ahead, m->c.result_size);
    m->done = calloc((size_t)m->c.ahead, sizeof *m->done);
    m->threads = calloc((size_t)m->c.threads + 1, sizeof *m->threads);
    if (!m->slots || !m->done || !m->threads) {
        free(m->slots);
        free(m->done);
        free(m->threads);
        free(m);
        return NULL;
    }
    pthread_mutex_init(&m->mu, NULL);
    pthread_cond_init(&m->cv, NULL);
    if (m->c.threads > 0)
        for (int t = 0; t < m->c.threads; t++)
            if (pthread_create(&m->threads[m->n_threads], NULL, worker, m) == 0)
                m->n_threads++;
    return m;
}

void ordered_map_next(ordered_map *m, int i, void *result) {
    if (m->n_threads == 0) {
        if (!m->serial_ctx)
            m->serial_ctx = cli_ctx_new();
        work_on(m, m->serial_ctx, i, result);
        m->taken = i + 1;
        return;
    }
    pthread_mutex_lock(&m->mu);
    while (!m->done[i % m->c.ahead])
        pthread_cond_wait(&m->cv, &m->mu);
    memcpy(result, slot_of(m, i), m->c.result_size);
    m->done[i % m->c.ahead] = false;
    m->taken = i + 1;
    pthread_cond_broadcast(&m->cv);
    pthread_mutex_unlock(&m->mu);
}

void ordered_map_finish(ordered_map *m) {
    if (!m)
        return;
    pthread_mutex_lock(&m->mu);
    m->stop = true;
    pthread_cond_broadcast(&m->cv);
    pthread_mutex_unlock(&m->mu);
    for (int t = 0; t < m->n_threads; t++)
        pthread_join(m->threads[t], NULL);
    for (int k = 0; k < m->c.ahead; k++)
        if (m->done[k])
            m->c.drop(m->c.ud, m->slots + (size_t)k * m->c.result_size);
    vnplan_ctx_free(m->serial_ctx);
    pthread_mutex_destroy(&m->mu);
    pthread_cond_destroy(&m->cv);
    free(m->slots);
    free(m->done);
    free(m->threads);
    free(m);
}
