/* vnplan/vnplan.h - the whole public API of libvnplan. */
#ifndef VNPLAN_VNPLAN_H
#define VNPLAN_VNPLAN_H

#include "vnplan/export.h"
#include "vnplan/memory.h"
#include "vnplan/version.h"
#include "vnplan/error.h"
#include "vnplan/text.h"
#include "vnplan/document.h"
#include "vnplan/rules.h"
#include "vnplan/plan.h"
#include "vnplan/coverage.h"

#endif
