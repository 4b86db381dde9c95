#!/usr/bin/env python3
"""What ajv's strict mode (strict: true) refuses in a JSON Schema, checked
without ajv (Debian's node-ajv 6 has no strict mode):

  - strictSchema: a keyword ajv does not know (2020-12 vocabularies), a
    format ajv-formats does not define, a keyword ajv ignores where it
    stands (then/else without if, minContains/maxContains without contains);
  - strictRequired: a `required` name that is not in the `properties` of
    the same schema object (or of an allOf/anyOf/oneOf parent of the same
    data);
  - strictTypes: a keyword that applies to one type (properties, items,
    minLength, minimum, ...) where the schema's `type` (or that of its
    parent for the same data, as ajv's context types) does not include it;
    a union type other than [T, "null"] (ajv wants allowUnionTypes);
  - strictTuples: prefixItems without minItems and items: false or maxItems.

    check_strict.py SCHEMA...     exit 1 and one line per problem if any
"""
import json
import sys

ANNOTATIONS = {"$schema", "$id", "$comment", "$defs", "definitions", "$anchor", "$dynamicAnchor",
               "$vocabulary", "title", "description", "default", "examples", "deprecated",
               "readOnly", "writeOnly", "contentMediaType", "contentEncoding", "contentSchema"}
ANY = {"type", "enum", "const", "$ref", "$dynamicRef", "allOf", "anyOf", "oneOf", "not",
       "if", "then", "else", "nullable"}
TYPED = {
    "object": {"properties", "patternProperties", "additionalProperties", "required", "propertyNames",
               "minProperties", "maxProperties", "dependentRequired", "dependentSchemas",
               "unevaluatedProperties", "dependencies"},
    "array": {"items", "prefixItems", "additionalItems", "contains", "minContains", "maxContains",
              "minItems", "maxItems", "uniqueItems", "unevaluatedItems"},
    "string": {"minLength", "maxLength", "pattern", "format"},
    "number": {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"},
}
KNOWN = ANNOTATIONS | ANY | set().union(*TYPED.values())
# The formats of ajv-formats.
FORMATS = {"date", "time", "date-time", "iso-time", "iso-date-time", "duration", "uri", "uri-reference",
           "uri-template", "url", "email", "hostname", "ipv4", "ipv6", "regex", "uuid", "json-pointer",
           "json-pointer-uri-fragment", "relative-json-pointer", "byte", "int32", "int64", "float",
           "double", "password", "binary"}
# Keywords whose value is a schema, a list of schemas or a map of schemas.
ONE = {"additionalProperties", "propertyNames", "items", "contains", "not", "if", "then", "else",
       "unevaluatedProperties", "unevaluatedItems", "additionalItems", "contentSchema"}
LIST = {"allOf", "anyOf", "oneOf", "prefixItems"}
MAP = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
SAME_DATA = {"allOf", "anyOf", "oneOf", "not", "if", "then", "else"}


def types_of(schema):
    t = schema.get("type")
    if t is None:
        return None
    return [t] if isinstance(t, str) else list(t)


def check(schema, where, ctx_types, defined, problems):
    """ctx_types: the types ajv knows for this data from the parents (None:
    none); defined: property names defined by parents of the same data."""
    if not isinstance(schema, dict):
        return
    say = lambda msg: problems.append(f"{where}: {msg}")
    for k in schema:
        if k not in KNOWN:
            say(f'unknown keyword "{k}" (strictSchema)')
    if "format" in schema and schema["format"] not in FORMATS:
        say(f'unknown format "{schema["format"]}" (strictSchema)')
    for k in ("then", "else"):
        if k in schema and "if" not in schema:
            say(f'"{k}" without "if" is ignored (strictSchema)')
    for k in ("minContains", "maxContains"):
        if k in schema and "contains" not in schema:
            say(f'"{k}" without "contains" is ignored (strictSchema)')
    own = types_of(schema)
    if own is not None and len(own) > 1 and not (len(own) == 2 and "null" in own):
        say(f"union type {own}: ajv wants allowUnionTypes (strictTypes)")
    if own is not None and ctx_types is not None:
        for t in own:
            if t not in ctx_types and not (t == "integer" and "number" in ctx_types):
                say(f'type "{t}" not allowed by the context {ctx_types} (strictTypes)')
    types = own if own is not None else ctx_types
    for t, keywords in TYPED.items():
        for k in sorted(keywords & set(schema)):
            if not types or not any(x == t or (t == "number" and x == "integer") for x in types):
                say(f'keyword "{k}" without type "{t}" (strictTypes)')
    props = set(schema.get("properties", {})) | defined
    for name in schema.get("required", []):
        if name not in props:
            say(f'required "{name}" is not in properties (strictRequired)')
    if "prefixItems" in schema:
        n = len(schema["prefixItems"])
        closed = schema.get("items") is False or schema.get("maxItems") == n
        if schema.get("minItems") != n or not closed:
            say("prefixItems without minItems and maxItems (or items: false) of its length (strictTuples)")
    for k, v in schema.items():
        sub_ctx = types if k in SAME_DATA else None
        sub_defined = props if k in SAME_DATA else set()
        if k in ONE and isinstance(v, dict):
            check(v, f"{where}/{k}", sub_ctx, sub_defined, problems)
        elif k in LIST and isinstance(v, list):
            for i, s in enumerate(v):
                check(s, f"{where}/{k}/{i}", sub_ctx, sub_defined, problems)
        elif k in MAP and isinstance(v, dict):
            for name, s in v.items():
                check(s, f"{where}/{k}/{name}", None, set(), problems)


def main(paths):
    problems = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        check(schema, path + "#", None, set(), problems)
    for p in problems:
        print(p)
    print(f"{len(paths)} schema(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
