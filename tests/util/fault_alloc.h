/* A fault-injecting allocator for the allocation-failure test (SQLite's
 * test_malloc.c idea): fails the n-th allocation after fa_arm(n).
 *
 * The library's own malloc, calloc, realloc, strdup and strndup calls reach
 * it through GNU ld's --wrap (the test executable is linked with
 * -Wl,--wrap=malloc,...: see tests/util/CMakeLists.txt), so no library file
 * calls a special allocator; jansson's allocations reach it through
 * json_set_alloc_funcs. Allocations inside libzip, PCRE2 and utf8proc are
 * not counted: those libraries are trusted to report their own failures,
 * which the library checks as any other error. */
#ifndef VN_FAULT_ALLOC_H
#define VN_FAULT_ALLOC_H

#include <stdbool.h>

/* Installs the jansson hooks; call once before any jansson allocation. */
void fa_install(void);
/* From now on, counts allocations and fails the n-th (n >= 1) only. */
void fa_arm(long n);
/* Stops failing and counting; returns whether the armed failure happened. */
bool fa_disarm(void);
/* Suspends (true) or resumes (false) counting, around the test's own
 * allocations in the middle of a job. */
void fa_suspend(bool on);
/* Allocations counted since the last fa_arm. */
long fa_count(void);

#endif
