#!/usr/bin/env python3
"""Validates `vnplan extract` of every given input against docs/plan.schema.json,
and the error records of a batch against its $defs/batch_error.
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
# The batch error record ($defs/batch_error): a --jsonl batch with a file
# that is not a plan gives one record per line, plans and errors.
error_schema = dict(schema['$defs']['batch_error'], **{'$defs': schema['$defs']})
error_validator = jsonschema.Draft202012Validator(error_schema)
out = subprocess.run([vnplan, 'extract', '--quiet', '--jsonl', inputs[0], '/nonexistent/plan.docx', schema_path],
                     capture_output=True, text=True)
records = [json.loads(line) for line in out.stdout.splitlines()]
kinds = ['error' if 'error' in r else 'plan' for r in records]
if out.returncode != 1 or kinds != ['plan', 'error', 'error']:
    failed += 1
    print('FAIL batch: exit %d, records %s' % (out.returncode, kinds))
else:
    for r in records[1:]:
        errors = list(error_validator.iter_errors(r))
        if errors:
            failed += 1
            print('FAIL batch error record %s: %s' % (r, errors[0].message[:200]))
        else:
            passed += 1
    if records[1]['error']['code'] != 'io' or records[2]['error']['code'] != 'format':
        failed += 1
        print('FAIL batch error codes: %s' % [r['error']['code'] for r in records[1:]])
print('%d passed, %d failed' % (passed, failed))
sys.exit(1 if failed or not passed else 0)
