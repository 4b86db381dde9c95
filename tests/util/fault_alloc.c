/* The fault-injecting allocator (see fault_alloc.h). */
#include "fault_alloc.h"

#include <jansson.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#endif

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);

void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);

static bool armed;
static long fail_at, counted;
static bool failed, suspended;

/* Counts one allocation; true when it is the one to fail. */
static bool fail_now(void) {
    if (!armed || suspended)
        return false;
    if (++counted != fail_at)
        return false;
    failed = true;
#if defined(__SANITIZE_ADDRESS__)
    /* VNPLAN_ALLOC_TRACE=1: where each failed allocation was made. */
    const char *trace = getenv("VNPLAN_ALLOC_TRACE");
    if (trace && *trace == '1')
        __sanitizer_print_stack_trace();
#endif
    return true;
}

void *__wrap_malloc(size_t n) { return fail_now() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t size) { return fail_now() ? NULL : __real_calloc(n, size); }
void *__wrap_realloc(void *p, size_t n) { return fail_now() ? NULL : __real_realloc(p, n); }
char *__wrap_strdup(const char *s) { return fail_now() ? NULL : __real_strdup(s); }
char *__wrap_strndup(const char *s, size_t n) { return fail_now() ? NULL : __real_strndup(s, n); }

static void *json_malloc(size_t n) { return fail_now() ? NULL : __real_malloc(n); }

void fa_install(void) { json_set_alloc_funcs(json_malloc, free); }

void fa_arm(long n) {
    armed = true;
    fail_at = n;
    counted = 0;
    failed = false;
    suspended = false;
}

bool fa_disarm(void) {
    armed = false;
    return failed;
}

void fa_suspend(bool on) { suspended = on; }

long fa_count(void) { return counted; }
