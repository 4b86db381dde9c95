/*
 * vnplan/export.h - VNPLAN_EXTERN marks the public functions of libvnplan.
 *
 * The library is built with -fvisibility=hidden, so only the declarations
 * marked here are exported from the shared library; every internal helper
 * stays private (a test lists the shared library's dynamic symbols). On
 * Windows the same macro gives dllexport while building the DLL and
 * dllimport to its users; define VNPLAN_STATIC when linking the static
 * library there.
 */
#ifndef VNPLAN_EXPORT_H
#define VNPLAN_EXPORT_H

#if defined(_WIN32) || defined(__CYGWIN__)
#  if defined(VNPLAN_STATIC)
#    define VNPLAN_EXTERN
#  elif defined(VNPLAN_BUILDING)
#    define VNPLAN_EXTERN __declspec(dllexport)
#  else
#    define VNPLAN_EXTERN __declspec(dllimport)
#  endif
#elif defined(__GNUC__) || defined(__clang__)
#  define VNPLAN_EXTERN __attribute__((visibility("default")))
#else
#  define VNPLAN_EXTERN
#endif

#endif
