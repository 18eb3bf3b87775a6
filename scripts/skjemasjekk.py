#!/usr/bin/env python3
"""Validate data files against the committed JSON Schemas (schema/).

    scripts/skjemasjekk.py              # every file under data/
    scripts/skjemasjekk.py DIR ...      # every *.toml under the given folders

Each file is matched to `schema/<stem>.schema.json` by its stem
(`veileder.nn.toml` -> veileder). Needs Python 3.11+ (tomllib) and the
`jsonschema` package. An independent check that the schemas bti generates
accept what bti itself ships (and what `bti init` writes); exit 1 on any
mismatch or on a file with no schema.
"""
import json
import pathlib
import sys
import tomllib

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema"


def main(args):
    dirs = [pathlib.Path(a) for a in args] or [ROOT / "data"]
    validators = {}
    bad = 0
    n = 0
    for d in dirs:
        for f in sorted(d.rglob("*.toml")):
            stem = f.name.split(".")[0]
            if stem not in validators:
                p = SCHEMA / f"{stem}.schema.json"
                if not p.exists():
                    print(f"{f}: no schema {p.name}")
                    bad += 1
                    continue
                s = json.loads(p.read_text())
                jsonschema.Draft7Validator.check_schema(s)
                validators[stem] = jsonschema.Draft7Validator(s)
            doc = tomllib.loads(f.read_text())
            n += 1
            for e in validators[stem].iter_errors(doc):
                path = "/".join(str(x) for x in e.absolute_path)
                print(f"{f}: {path}: {e.message}")
                bad += 1
    print(f"{n} files, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
