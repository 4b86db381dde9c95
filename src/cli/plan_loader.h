/* Reading plans on a thread of their own, a few ahead of the one being
 * compared, so that reading (JSON parsing, extraction) and comparing use
 * two cores and only a few plans are in memory at once. */
#ifndef VN_PLAN_LOADER_H
#define VN_PLAN_LOADER_H

#include "vnplan/plan.h"

typedef struct plan_loader plan_loader;

/* Starts reading paths[0..n) in order, at most `ahead` plans ahead of the
 * one taken last. The rules are shared read-only. NULL when out of memory. */
plan_loader *plan_loader_start(const vnplan_rules *rules, char **paths, int n, int ahead);
/* Waits for plan i (taken in order 0, 1, 2, ...): *plan is the caller's, or
 * NULL with *error saying why. */
void plan_loader_next(plan_loader *l, int i, vnplan_plan **plan, vnplan_error *error);
/* Stops reading, joins the thread, frees the plans not taken. */
void plan_loader_finish(plan_loader *l);

#endif
