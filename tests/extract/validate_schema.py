#!/usr/bin/env python3
"""Validates `vnplan extract` of every given input against docs/plan.schema.json.
Usage: validate_schema.py VNPLAN SCHEMA INPUT..."""
import json
import subprocess
import sys

import jsonschema

vnplan, schema_path, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
schema = json.load(open(schema_path))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
passed = failed = 0
for path in inputs:
    out = subprocess.run([vnplan, 'extract', '--quiet', path], capture_output=True, text=True)
    errors = list(validator.iter_errors(json.loads(out.stdout))) if out.returncode == 0 else ['exit %d' % out.returncode]
    if errors:
        failed += 1
        print('FAIL %s: %s' % (path, '; '.join(str(getattr(e, 'message', e))[:200] for e in errors[:3])))
    else:
        passed += 1
print('%d passed, %d failed' % (passed, failed))
sys.exit(1 if failed or not passed else 0)
