/*
 * vnplan/memory.h - freeing what the library returns.
 *
 * Every string or array the library returns as owned by the caller (the
 * documentation of each function says so: "owned: free with vnplan_free")
 * is released with vnplan_free(), never with the caller's own free(): on
 * Windows a DLL and its user may not share one C runtime, and a Python or
 * other foreign caller has no free() of the library's runtime at hand.
 * Objects with a type of their own (vnplan_plan, vnplan_document, ...)
 * have their own *_free function.
 */
#ifndef VNPLAN_MEMORY_H
#define VNPLAN_MEMORY_H

#include "vnplan/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Frees memory the library returned; NULL is ignored. */
VNPLAN_EXTERN void vnplan_free(void *ptr);

#ifdef __cplusplus
}
#endif
#endif
