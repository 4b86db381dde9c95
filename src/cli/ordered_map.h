/* An ordered, bounded parallel map: item i of 0..n-1 is worked on by one of
 * a few threads and its result handed out in order, with at most `ahead`
 * results finished or in progress beyond the one taken last. So a slow
 * item holds up at most `ahead` finished ones in memory, whatever n is.
 * The batch of `vnplan extract` and the lower plans of `vnplan coverage`
 * run on it. */
#ifndef VN_ORDERED_MAP_H
#define VN_ORDERED_MAP_H

#include <stddef.h>

#include "vnplan/error.h"

typedef struct ordered_map_config {
    int n;               /* items 0..n-1 */
    int threads;         /* worker threads; 0: each item is worked on in ordered_map_next */
    int ahead;           /* results held at most (>= threads; at least 1) */
    size_t result_size;  /* bytes of one result */
    /* Works on item i and fills `result` (result_size bytes, zeroed). `ctx`
     * is the thread's own, with its error cleared. */
    void (*work)(void *ud, vnplan_ctx *ctx, int i, void *result);
    /* Frees a result nobody took (the map was finished early). */
    void (*drop)(void *ud, void *result);
    /* Fills `result` for an item that could not be worked on (no context:
     * out of memory). */
    void (*fail)(void *ud, void *result);
    void *ud;
} ordered_map_config;

typedef struct ordered_map ordered_map;

/* Starts the threads. NULL when out of memory or no thread can start (the
 * caller may then run with threads 0). */
ordered_map *ordered_map_start(const ordered_map_config *config);
/* Waits for item i (taken in order 0, 1, 2, ...) and copies its result
 * out: it is the caller's from then on. */
void ordered_map_next(ordered_map *m, int i, void *result);
/* Stops taking new items, joins the threads, drops the results not taken,
 * frees. */
void ordered_map_finish(ordered_map *m);

#endif
