#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate a Dealscope dossier against the dossier JSON Schema.

Usage: check-schema.py SCHEMA FILE [--expect-invalid]

Prints every problem as "FILE: json/path: message" on stderr. Exits 0 when
FILE is valid (or, with --expect-invalid, when it is invalid), 1 otherwise,
and 2 on a usage error, an unreadable or broken schema, an unreadable FILE,
or when python3-jsonschema is not installed.
"""

import json
import re
import sys

USAGE = "usage: check-schema.py SCHEMA FILE [--expect-invalid]"


def pointer(path):
    """JSON Pointer (RFC 6901) of an error location; "(root)" for the root."""
    if not path:
        return "(root)"
    return "/" + "/".join(
        str(p).replace("~", "~0").replace("/", "~1") for p in path
    )


def refuse_constant(name):
    # NaN, Infinity and -Infinity are not JSON numbers.
    raise ValueError(f"{name} is not a valid JSON number")


def ecma_pattern(validator, pattern, instance, schema):
    """"pattern" with ECMA-262 semantics for a final "$" (end of string).

    Python's "$" also matches before a trailing newline, so "abc\\n" would
    pass "^[a-z]+$"; JSON Schema (and editors) follow ECMA-262, where it fails.
    """
    from jsonschema.exceptions import ValidationError
    if not validator.is_type(instance, "string"):
        return
    regex = pattern
    if regex.endswith("$") and not regex.endswith("\\$"):
        regex = regex[:-1] + "\\Z"
    if not re.search(regex, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def closest(context):
    """The most telling error among the alternatives of a failed anyOf/oneOf:
    skip alternatives that fail on "type" when another one has the right type."""
    from jsonschema.exceptions import best_match
    typed = [e for e in context
             if not any(o.relative_schema_path[0] == e.relative_schema_path[0]
                        and list(o.relative_schema_path)[1:] == ["type"]
                        for o in context)]
    return best_match(typed or context)


def load_json(path):
    """Parse strict JSON: UTF-8 without byte-order mark, finite numbers."""
    with open(path, "rb") as f:
        data = f.read()
    # json.loads() on a str refuses a leading BOM ("Unexpected UTF-8 BOM").
    return json.loads(data.decode("utf-8"), parse_constant=refuse_constant)


def main(argv):
    args = argv[1:]
    expect_invalid = "--expect-invalid" in args
    args = [a for a in args if a != "--expect-invalid"]
    if len(args) != 2 or any(a.startswith("-") for a in args):
        print(USAGE, file=sys.stderr)
        return 2
    schema_path, file_path = args

    try:
        import jsonschema
        from jsonschema import Draft202012Validator
    except ImportError:
        print("python3-jsonschema is not installed", file=sys.stderr)
        return 2

    try:
        schema = load_json(schema_path)
        Draft202012Validator.check_schema(schema)
    except OSError as e:
        print(f"{schema_path}: {e.strerror or e}", file=sys.stderr)
        return 2
    except ValueError as e:  # also json.JSONDecodeError, UnicodeDecodeError
        print(f"{schema_path}: {e}", file=sys.stderr)
        return 2
    except jsonschema.exceptions.SchemaError as e:
        print(f"{schema_path}: {pointer(e.path)}: invalid schema: {e.message}",
              file=sys.stderr)
        return 2

    errors = []
    try:
        instance = load_json(file_path)
    except OSError as e:
        print(f"{file_path}: {e.strerror or e}", file=sys.stderr)
        return 2
    except ValueError as e:
        errors.append(f"{file_path}: (root): not valid JSON: {e}")
    else:
        cls = jsonschema.validators.extend(Draft202012Validator,
                                           {"pattern": ecma_pattern})
        validator = cls(schema)
        found = sorted(validator.iter_errors(instance),
                       key=lambda e: [(isinstance(p, str), p)
                                      for p in e.absolute_path])
        for error in found:
            message = error.message
            if error.context:
                # anyOf/oneOf: name the closest alternative's problem too.
                sub = closest(error.context)
                message += f" ({sub.message})"
            errors.append(f"{file_path}: {pointer(error.absolute_path)}: {message}")

    for line in errors:
        print(line, file=sys.stderr)

    valid = not errors
    if expect_invalid:
        return 1 if valid else 0
    return 0 if valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
