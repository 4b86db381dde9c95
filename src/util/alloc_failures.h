/* Allocation failures counted per thread, as SQLite's mallocFailed flag:
 * the helpers (vn_buf, vn_arena, vn_vec, vn_strmap, the text keys) and
 * jansson's allocation functions count each failure, so that a caller that
 * drops a failure on the floor (a member left out of a tree, a key read as
 * "no match") still cannot make a public function succeed: the function
 * notes vn_alloc_failures() on entry and fails with VNPLAN_ENOMEM when the
 * count moved by the time it returns. Per thread, because the helpers have
 * no ctx and a context belongs to one thread. */
#ifndef VN_ALLOC_FAILURES_H
#define VN_ALLOC_FAILURES_H

/* Counts one failed allocation in this thread. */
void vn_alloc_failed(void);
/* The failures counted in this thread so far. */
unsigned long vn_alloc_failures(void);
/* Installs the counter in jansson's allocation functions, over the ones in
 * place (an application's own are kept and called); vnplan_ctx_new does it
 * once. */
void vn_json_count_failures(void);

#endif
