#!/usr/bin/env python3
"""A front matter + JSON Schema check of the kind CI users write by hand:
the peer `gov validate` is timed against in benches/run.sh.

For every Markdown file in each kind's folder (walked recursively, README.md
and templates skipped as gov skips them), split the YAML front matter with
python-frontmatter, normalise YAML dates to strings (PyYAML reads
2025-06-15 as a date, the schemas want strings) and validate it against the
kind's schema from defaults/schemas/. Prints one line per invalid file and a
count; exits 1 when a file is invalid, as a CI check would.

usage: frontmatter_check.py REPO SCHEMA_DIR
"""

import json
import os
import sys

import frontmatter
import jsonschema

FOLDERS = {
    "decisions": "decision",
    "backlog": "change",
    "meetings": "meeting",
    "tasks": "task",
    "plans": "plan",
}
SKIP = ("readme.md", "index.md")


def skipped(name):
    lower = name.lower()
    return lower in SKIP or "skabelon" in lower or "template" in lower


def main():
    repo, schemas = sys.argv[1], sys.argv[2]
    checked = invalid = 0
    for folder, kind in FOLDERS.items():
        with open(os.path.join(schemas, f"{kind}.schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        validator = jsonschema.Draft202012Validator(schema)
        for root, dirs, files in os.walk(os.path.join(repo, folder)):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.lower().endswith(".md") or skipped(name):
                    continue
                path = os.path.join(root, name)
                checked += 1
                try:
                    post = frontmatter.load(path)
                except Exception as e:  # noqa: BLE001 - a CI check reports any failure
                    invalid += 1
                    print(f"{path}: front matter does not parse: {e}")
                    continue
                meta = json.loads(json.dumps(post.metadata, default=str))
                errors = list(validator.iter_errors(meta))
                if errors:
                    invalid += 1
                    for err in errors:
                        where = "/".join(str(p) for p in err.absolute_path)
                        print(f"{path}: {where}: {err.message}")
    print(f"{checked} files checked, {invalid} invalid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
