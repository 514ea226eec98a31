"""Checks a JSON response body against docs/openapi.yaml: the schema of the response that
the spec declares for METHOD PATH STATUS (PATH as the spec writes it: /v1/records/{id}).

Usage: openapi_check.py SPEC METHOD PATH STATUS BODY_FILE
Exits 1 naming the first difference; every key the spec requires must be present."""
import json
import sys

import jsonschema
import yaml


def main():
    spec_file, method, path, status, body_file = sys.argv[1:6]
    spec = yaml.safe_load(open(spec_file))
    operation = spec["paths"][path][method.lower()]
    response = operation["responses"].get(status)
    if response is None:
        sys.exit(f"{method} {path}: status {status} is not in the spec")
    while "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    schema = response["content"]["application/json"]["schema"]
    body = json.load(open(body_file))
    validator = jsonschema.Draft202012Validator(
        schema, resolver=jsonschema.RefResolver.from_schema(spec))
    errors = sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(top)"
        sys.exit(f"{method} {path} {status}: at {where}: {first.message}")


if __name__ == "__main__":
    main()
