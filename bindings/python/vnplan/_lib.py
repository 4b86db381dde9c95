"""The ctypes declarations of libvnplan (include/vnplan/*.h) used by the binding.

The library is found through the VNPLAN_LIBRARY environment variable (a path
to libvnplan.so.0), else on the system search path.
"""
import ctypes
import ctypes.util
import os

c_char_p = ctypes.c_char_p
c_void_p = ctypes.c_void_p
c_size_t = ctypes.c_size_t
c_int = ctypes.c_int
c_uint = ctypes.c_uint
c_double = ctypes.c_double
c_bool = ctypes.c_bool

# vnplan_coverage_options, version 1 (VNPLAN_COVERAGE_OPTIONS_VERSION).
COVERAGE_OPTIONS_VERSION = 1


class CoverageOptions(ctypes.Structure):
    _fields_ = [
        ("version", c_uint),
        ("unit", c_char_p),
        ("all", c_bool),
        ("covered", c_double),
        ("covered_share", c_double),
        ("partial", c_double),
        ("area_bonus", c_double),
        ("bigram_weight", c_double),
        ("top", c_uint),
    ]


class Error(ctypes.Structure):
    _fields_ = [
        ("code", c_int),
        ("message", ctypes.c_char * 512),
        ("part", ctypes.c_char * 160),
        ("line", ctypes.c_long),
        ("kind", c_int),
    ]


def _find():
    path = os.environ.get("VNPLAN_LIBRARY")
    if path:
        return path
    found = ctypes.util.find_library("vnplan")
    return found or "libvnplan.so.0"


def _declare(lib):
    P = c_void_p
    PP = ctypes.POINTER(c_void_p)
    sigs = {
        "vnplan_version": (c_char_p, []),
        "vnplan_ctx_new": (P, []),
        "vnplan_ctx_free": (None, [P]),
        "vnplan_ctx_error": (ctypes.POINTER(Error), [P]),
        "vnplan_status_str": (c_char_p, [c_int]),
        "vnplan_free": (None, [P]),
        "vnplan_rules_load_default": (c_int, [P, PP]),
        "vnplan_rules_add_file": (c_int, [P, P, c_char_p]),
        "vnplan_rules_free": (None, [P]),
        "vnplan_extract_file": (c_int, [P, P, c_char_p, PP]),
        "vnplan_plan_from_json": (c_int, [P, c_char_p, c_size_t, PP]),
        "vnplan_plan_to_json": (P, [P, c_uint, ctypes.POINTER(c_size_t)]),
        "vnplan_plan_free": (None, [P]),
        "vnplan_coverage_options_init": (None, [ctypes.POINTER(CoverageOptions)]),
        "vnplan_coverage_index_new": (c_int, [P, P, P, PP]),
        "vnplan_coverage_index_free": (None, [P]),
        "vnplan_coverage_compare": (c_int, [P, P, PP, c_size_t, ctypes.POINTER(CoverageOptions), PP]),
        "vnplan_coverage_render": (P, [P, c_int, c_uint, ctypes.POINTER(c_size_t)]),
        "vnplan_coverage_free": (None, [P]),
    }
    for name, (restype, argtypes) in sigs.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes
    return lib


_lib = None


def lib():
    """The loaded library (loaded on first use, so that importing never fails)."""
    global _lib
    if _lib is None:
        _lib = _declare(ctypes.CDLL(_find()))
    return _lib
