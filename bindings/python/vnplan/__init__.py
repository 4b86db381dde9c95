"""vnplan: Vietnamese government plans (.docx) to structured data, from Python.

    import vnplan
    plan = vnplan.extract("plan.docx")            # the dict of docs/plan.schema.json
    report = vnplan.coverage("province.docx", ["dept.docx"], all=True)

A thin ctypes binding over libvnplan (set VNPLAN_LIBRARY to the library's
path when it is not on the system search path). Failures raise vnplan.Error,
whose `code` is the library's status (vnplan.EIO, vnplan.EFORMAT, ...) and
whose `message` is its one-line message.
"""
import ctypes
import json
import os

from . import _lib

__all__ = ["extract", "coverage", "version", "Error"]

OK, ENOMEM, EIO, EFORMAT, ELIMIT, EUNSUPPORTED, ERULES, EINVAL, EINTERNAL = 0, -1, -2, -3, -4, -5, -6, -7, -8
_COVERAGE_JSON = 0


class Error(Exception):
    """A failure of libvnplan: `code` (a negative status), `message`, `path`."""

    def __init__(self, code, message, path=None):
        self.code = code
        self.message = message
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


def version():
    """The version of the library loaded ("0.1.0")."""
    return _lib.lib().vnplan_version().decode()


class _Session:
    """A context and the default rules (plus a rules file), freed on exit."""

    def __init__(self, rules=None):
        self.L = _lib.lib()
        self.ctx = self.L.vnplan_ctx_new()
        if not self.ctx:
            raise MemoryError("vnplan: out of memory")
        self.rules = ctypes.c_void_p()
        try:
            self.check(self.L.vnplan_rules_load_default(self.ctx, ctypes.byref(self.rules)))
            if rules is not None:
                self.check(self.L.vnplan_rules_add_file(self.ctx, self.rules, os.fsencode(rules)), rules)
        except BaseException:
            self.close()
            raise

    def check(self, status, path=None):
        if status != OK:
            err = self.L.vnplan_ctx_error(self.ctx).contents
            message = err.message.decode("utf-8", "replace") or self.L.vnplan_status_str(status).decode()
            raise Error(status, message, os.fsdecode(path) if path is not None else None)

    def plan(self, path):
        plan = ctypes.c_void_p()
        self.check(self.L.vnplan_extract_file(self.ctx, self.rules, os.fsencode(path), ctypes.byref(plan)), path)
        return plan

    def owned_text(self, ptr, length):
        if not ptr:
            raise MemoryError("vnplan: out of memory")
        try:
            return ctypes.string_at(ptr, length.value).decode("utf-8")
        finally:
            self.L.vnplan_free(ptr)

    def close(self):
        if self.rules:
            self.L.vnplan_rules_free(self.rules)
            self.rules = ctypes.c_void_p()
        if self.ctx:
            self.L.vnplan_ctx_free(self.ctx)
            self.ctx = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def extract(path, rules=None):
    """The plan of `path` (.docx or UTF-8 text) as a dict (docs/plan.schema.json).

    `rules`: an additional rules file (docs/rules.md)."""
    with _Session(rules) as s:
        plan = s.plan(path)
        try:
            n = ctypes.c_size_t()
            return json.loads(s.owned_text(s.L.vnplan_plan_to_json(plan, 0, ctypes.byref(n)), n))
        finally:
            s.L.vnplan_plan_free(plan)


_OPTION_NAMES = ("unit", "all", "covered", "covered_share", "partial", "area_bonus", "bigram_weight", "top")


def coverage(upper, lowers, rules=None, **options):
    """How far the plans `lowers` (paths) cover the tasks of plan `upper`: the
    report as a dict (docs/coverage.schema.json).

    Options, as `vnplan coverage`'s: unit (str), all (bool), covered,
    covered_share, partial, area_bonus, bigram_weight (float), top (int)."""
    if isinstance(lowers, (str, bytes, os.PathLike)):
        lowers = [lowers]
    unknown = set(options) - set(_OPTION_NAMES)
    if unknown:
        raise TypeError(f"coverage() got unknown options: {', '.join(sorted(unknown))}")
    with _Session(rules) as s:
        o = _lib.CoverageOptions()
        s.L.vnplan_coverage_options_init(ctypes.byref(o))
        for name, value in options.items():
            setattr(o, name, value.encode() if name == "unit" and value is not None else value)
        plans, idx, report = [], ctypes.c_void_p(), ctypes.c_void_p()
        try:
            plans.append(s.plan(upper))
            for path in lowers:
                plans.append(s.plan(path))
            s.check(s.L.vnplan_coverage_index_new(s.ctx, s.rules, plans[0], ctypes.byref(idx)), upper)
            arr = (ctypes.c_void_p * max(1, len(plans) - 1))(*[p.value for p in plans[1:]])
            s.check(s.L.vnplan_coverage_compare(s.ctx, idx, arr, len(plans) - 1, ctypes.byref(o),
                                                ctypes.byref(report)))
            n = ctypes.c_size_t()
            return json.loads(s.owned_text(s.L.vnplan_coverage_render(report, _COVERAGE_JSON, 0, ctypes.byref(n)), n))
        finally:
            if report:
                s.L.vnplan_coverage_free(report)
            if idx:
                s.L.vnplan_coverage_index_free(idx)
            for p in plans:
                s.L.vnplan_plan_free(p)
