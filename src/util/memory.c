/* vnplan_free: the one way to release what the library returns (see
 * include/vnplan/memory.h for why the caller's free() is not enough). */
#include <stdlib.h>

#include "vnplan/memory.h"

void vnplan_free(void *ptr) { free(ptr); }
