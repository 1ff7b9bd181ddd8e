#!/usr/bin/env python3
"""Validates one JSON document against one of docs/schemas/*.schema.json.

Usage: validate.py SCHEMA DOCUMENT. Exit 0 when valid, 1 with every error listed when
not, 2 when the schema itself is invalid. Used by the Swift tests (JSONSchemaTests) so
that every `--json` output is checked against the contract it publishes.
"""
import json
import sys

import jsonschema


def main() -> int:
    schema_path, document_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as error:
        print(f"{schema_path}: invalid schema: {error.message}")
        return 2
    with open(document_path, encoding="utf-8") as handle:
        document = json.load(handle)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document), key=lambda e: list(e.path))
    for error in errors:
        where = "/".join(str(part) for part in error.path) or "(root)"
        print(f"{where}: {error.message}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
