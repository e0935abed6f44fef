"""Many SIGKILLs through the crash harness (tests/crash_harness.py); prints the figures.

    python -m tests.bench.crash --kills 1000 [--operations edit,import,purge,backup,restore,encrypt,rekey,decrypt]
                                [--seed 1] [--dir /tmp/crash]

"by_operation" counts acknowledged operations, "killed_during" the kills that struck while an
operation of that kind was under way; "lost", "half" and "problems" must all be 0.
"""

from __future__ import annotations

import argparse
import sys
import json
import tempfile
import time
from pathlib import Path

from tests.crash_harness import OPERATIONS, run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--operations", default=",".join(sorted(OPERATIONS)), help=f"comma-separated, from: {', '.join(sorted(OPERATIONS))}")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--audit-every", type=int, default=1, help="custody audit after every Nth kill (integrity and chain after each)")
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    names = args.operations.split(",")
    unknown = set(names) - set(OPERATIONS)
    if unknown:
        parser.error(f"unknown operation(s): {', '.join(sorted(unknown))}")
    folder = args.dir or Path(tempfile.mkdtemp(prefix="casefile-crash-"))
    folder.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()

    def progress(tally: object) -> None:
        kills = tally.kills  # type: ignore[attr-defined]
        if kills % 50 == 0:
            print(f"{kills} kills, {time.monotonic() - start:.0f} s, ok so far: {tally.ok}", file=sys.stderr, flush=True)  # type: ignore[attr-defined]

    tally = run(args.kills, names, folder, args.seed, args.audit_every, progress)
    figures = {
        "kills": tally.kills, "acknowledged": tally.acknowledged, "by_operation": tally.by_operation,
        "killed_during": tally.killed_during,
        "lost": len(tally.lost), "half": len(tally.half), "problems": len(tally.problems),
        "seconds": round(time.monotonic() - start, 1),
    }  # fmt: skip
    print(json.dumps(figures))
    for line in (tally.lost + tally.half + tally.problems)[:20]:
        print("  ", line)
    return 0 if tally.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
