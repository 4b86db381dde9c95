#include "cli/plan_loader.h"

#include <stdlib.h>
#include <string.h>

#include "cli/cli_input.h"
#include "cli/ordered_map.h"

typedef struct slot {
    vnplan_plan *plan;
    vnplan_error error;
} slot;

struct plan_loader {
    const vnplan_rules *rules;
    char **paths;
    ordered_map *map;
};

static void load(void *ud, vnplan_ctx *ctx, int i, void *result) {
    plan_loader *l = ud;
    slot *s = result;
    if (cli_open_plan(ctx, l->rules, l->paths[i], &s->plan) != VNPLAN_OK)
        s->error = *vnplan_ctx_error(ctx);
}

static void drop(void *ud, void *result) {
    (void)ud;
    vnplan_plan_free(((slot *)result)->plan);
}

static void fail(void *ud, void *result) {
    (void)ud;
    slot *s = result;
    s->error.code = VNPLAN_ENOMEM;
    strcpy(s->error.message, "out of memory");
}

plan_loader *plan_loader_start(const vnplan_rules *rules, char **paths, int n, int ahead) {
    plan_loader *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    l->rules = rules;
    l->paths = paths;
    /* One thread reads while the caller compares. */
    ordered_map_config c = {n, 1, ahead, sizeof(slot), load, drop, fail, l};
    l->map = ordered_map_start(&c);
    if (!l->map) {
        free(l);
        return NULL;
    }
    return l;
}

void plan_loader_next(plan_loader *l, int i, vnplan_plan **plan, vnplan_error *error) {
    slot s;
    ordered_map_next(l->map, i, &s);
    *plan = s.plan;
    *error = s.error;
}

void plan_loader_finish(plan_loader *l) {
    if (!l)
        return;
    ordered_map_finish(l->map);
    free(l);
}
