"""Checks JSON against docs/openapi.yaml, the one definition of qadex's JSON shapes.

Usage:
  openapi_check.py SPEC METHOD PATH STATUS BODY_FILE
      a response body against the schema the spec declares for METHOD PATH STATUS (PATH as
      the spec writes it: /v1/records/{id});
  openapi_check.py SPEC --schema NAME [--lines] FILE
      command-line output against components/schemas/NAME; with --lines, every line of FILE
      is one JSON document (`qadex search --format json` over a batch).
Exits 1 naming the first difference; every key the spec requires must be present."""
import json
import sys

import jsonschema
import yaml


def response_schema(spec, method, path, status):
    operation = spec["paths"][path][method.lower()]
    response = operation["responses"].get(status)
    if response is None:
        sys.exit(f"{method} {path}: status {status} is not in the spec")
    while "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return response["content"]["application/json"]["schema"]


def first_error(spec, schema, document):
    validator = jsonschema.Draft202012Validator(
        schema, resolver=jsonschema.RefResolver.from_schema(spec))
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    if not errors:
        return None
    where = "/".join(str(p) for p in errors[0].absolute_path) or "(top)"
    return f"at {where}: {errors[0].message}"


def main():
    args = sys.argv[1:]
    spec = yaml.safe_load(open(args[0]))
    if args[1] == "--schema":
        name = args[2]
        if name not in spec["components"]["schemas"]:
            sys.exit(f"no schema {name} in {args[0]}")
        schema = {"$ref": f"#/components/schemas/{name}"}
        by_line = args[3] == "--lines"
        text = open(args[-1]).read()
        documents = text.splitlines() if by_line else [text]
        if not documents:
            sys.exit(f"{args[-1]}: empty")
        for number, document in enumerate(documents, 1):
            error = first_error(spec, schema, json.loads(document))
            if error:
                where = f"line {number}: " if by_line else ""
                sys.exit(f"{args[-1]}: {where}not a {name}: {error}")
        return
    method, path, status, body_file = args[1:5]
    error = first_error(spec, response_schema(spec, method, path, status),
                        json.load(open(body_file)))
    if error:
        sys.exit(f"{method} {path} {status}: {error}")


if __name__ == "__main__":
    main()
