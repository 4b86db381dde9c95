#!/usr/bin/env python3
"""check_strict.py finds each kind of problem it claims to, and nothing in
a schema ajv strict accepts."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_strict  # noqa: E402


def problems(schema):
    out = []
    check_strict.check(schema, "#", None, set(), out)
    return out


def expect(schema, fragment):
    found = problems(schema)
    assert len(found) == 1 and fragment in found[0], (schema, found)


good = {"type": "object", "required": ["a", "b"], "additionalProperties": False,
        "properties": {"a": {"type": ["string", "null"], "minLength": 1},
                       "b": {"type": "array", "prefixItems": [{"type": "integer"}], "minItems": 1,
                             "maxItems": 1},
                       "c": {"type": "object", "oneOf": [{"required": ["x"]}],
                             "properties": {"x": {"type": "string", "format": "date"}}}},
        "$defs": {"n": {"type": "number", "minimum": 0}}}
assert problems(good) == [], problems(good)
expect({"type": "object", "requird": ["a"]}, 'unknown keyword "requird"')
expect({"type": "string", "format": "iso-date"}, 'unknown format "iso-date"')
expect({"type": "object", "required": ["a"], "properties": {"b": {}}}, 'required "a"')
expect({"type": "array", "minProperties": 1}, 'keyword "minProperties" without type "object"')
expect({"properties": {"a": {"minLength": 1}}, "type": "object"}, 'keyword "minLength" without type "string"')
expect({"type": ["string", "number"]}, "allowUnionTypes")
expect({"type": "array", "prefixItems": [{}]}, "strictTuples")
expect({"type": "string", "then": {}}, '"then" without "if"')
expect({"type": "object", "oneOf": [{"type": "array"}]}, 'type "array" not allowed')
print("check_strict self test: ok")
