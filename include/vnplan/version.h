/* vnplan/version.h - the library version. */
#ifndef VNPLAN_VERSION_H
#define VNPLAN_VERSION_H

#include "vnplan/export.h"

#define VNPLAN_VERSION_MAJOR 0
#define VNPLAN_VERSION_MINOR 1
#define VNPLAN_VERSION_PATCH 0
#define VNPLAN_VERSION_STRING "0.1.0"

#ifdef __cplusplus
extern "C" {
#endif

/* The version of the library actually linked ("0.1.0"). */
VNPLAN_EXTERN const char *vnplan_version(void);

#ifdef __cplusplus
}
#endif

#endif
