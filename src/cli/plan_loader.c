#include "cli/plan_loader.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/cli_input.h"

typedef struct slot {
    vnplan_plan *plan;
    vnplan_error error;
} slot;

struct plan_loader {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    const vnplan_rules *rules;
    char **paths;
    int n, ahead;
    int loaded;            /* plans 0..loaded-1 are read */
    int taken;             /* plans 0..taken-1 were handed out */
    bool stop;
    slot *slots;           /* ring of `ahead` */
    pthread_t thread;
};

static void *reader(void *arg) {
    plan_loader *l = arg;
    vnplan_ctx *ctx = cli_ctx_new();
    for (int i = 0; i < l->n; i++) {
        pthread_mutex_lock(&l->mu);
        while (!l->stop && i - l->taken >= l->ahead)
            pthread_cond_wait(&l->cv, &l->mu);
        bool stop = l->stop;
        pthread_mutex_unlock(&l->mu);
        if (stop)
            break;
        slot s;
        memset(&s, 0, sizeof s);
        if (!ctx) {
            s.error.code = VNPLAN_ENOMEM;
            strcpy(s.error.message, "out of memory");
        } else {
            vnplan_ctx_clear_error(ctx);
            if (cli_open_plan(ctx, l->rules, l->paths[i], &s.plan) != VNPLAN_OK)
                s.error = *vnplan_ctx_error(ctx);
        }
        pthread_mutex_lock(&l->mu);
        l->slots[i % l->ahead] = s;
        l->loaded = i + 1;
        pthread_cond_broadcast(&l->cv);
        pthread_mutex_unlock(&l->mu);
    }
    vnplan_ctx_free(ctx);
    return NULL;
}

plan_loader *plan_loader_start(const vnplan_rules *rules, char **paths, int n, int ahead) {
    plan_loader *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    l->slots = calloc((size_t)ahead, sizeof *l->slots);
    if (!l->slots) {
        free(l);
        return NULL;
    }
    l->rules = rules;
    l->paths = paths;
    l->n = n;
    l->ahead = ahead;
    pthread_mutex_init(&l->mu, NULL);
    pthread_cond_init(&l->cv, NULL);
    if (pthread_create(&l->thread, NULL, reader, l) != 0) {
        pthread_mutex_destroy(&l->mu);
        pthread_cond_destroy(&l->cv);
        free(l->slots);
        free(l);
        return NULL;
    }
    return l;
}

void plan_loader_next(plan_loader *l, int i, vnplan_plan **plan, vnplan_error *error) {
    pthread_mutex_lock(&l->mu);
    while (l->loaded <= i)
        pthread_cond_wait(&l->cv, &l->mu);
    slot *s = &l->slots[i % l->ahead];
    *plan = s->plan;
    *error = s->error;
    s->plan = NULL;
    l->taken = i + 1;
    pthread_cond_broadcast(&l->cv);
    pthread_mutex_unlock(&l->mu);
}

void plan_loader_finish(plan_loader *l) {
    if (!l)
        return;
    pthread_mutex_lock(&l->mu);
    l->stop = true;
    pthread_cond_broadcast(&l->cv);
    pthread_mutex_unlock(&l->mu);
    pthread_join(l->thread, NULL);
    for (int k = 0; k < l->ahead; k++)
        vnplan_plan_free(l->slots[k].plan);
    pthread_mutex_destroy(&l->mu);
    pthread_cond_destroy(&l->cv);
    free(l->slots);
    free(l);
}
