"""Speed of :func:`db.dates.parse` on 10,000 mixed EDTF strings, as an import meets them.

    python -m tests.bench.dates_parse [--repeat 5]

The mix follows the generator's dates (50 % days, 20 % months, 10 % years, 10 % qualified,
~9.5 % ranges, 0.5 % open) plus a few seasons and unspecified digits. Each run clears the
parse cache first, so every distinct string is parsed once per run (an import of new rows);
the figure is the median of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import timeit

from db import dates


def mixed(count: int = 10_000, seed: int = 7) -> list[str]:
    """``count`` EDTF strings in the generator's proportions (same seed, same strings)."""
    rng = random.Random(seed)
    out: list[str] = []
    for _ in range(count):
        year, month, day = rng.randint(1990, 2024), rng.randint(1, 12), rng.randint(1, 28)
        roll = rng.random()
        if roll < 0.50:
            out.append(f"{year}-{month:02d}-{day:02d}")
        elif roll < 0.70:
            out.append(f"{year}-{month:02d}")
        elif roll < 0.80:
            out.append(f"{year}")
        elif roll < 0.90:
            out.append(rng.choice((f"{year}~", f"{year}-{month:02d}?", f"{year}-{month:02d}-{day:02d}%")))
        elif roll < 0.975:
            out.append(f"{year}-{month:02d}-{day:02d}/{year + 1}-{month:02d}")
        elif roll < 0.98:
            out.append(rng.choice((f"../{year}", f"{year}-{month:02d}/..")))
        elif roll < 0.99:
            out.append(f"{year}-{rng.randint(21, 24)}")
        else:
            out.append(rng.choice((f"{str(year)[:3]}X", f"{year}-{month:02d}-XX")))
    return out


def run(texts: list[str], repeat: int = 5) -> float:
    """Median seconds for one pass over ``texts`` with a cold parse cache."""

    def one_pass() -> None:
        dates._parse.cache_clear()
        for text in texts:
            dates.parse(text)

    one_pass()  # warm-up (imports, grammar)
    return statistics.median(timeit.repeat(one_pass, number=1, repeat=repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    texts = mixed()
    plain = [t for t in texts if not re.fullmatch(r"\d{4}-2\d", t)]
    for label, chosen in (("mixed", texts), ("mixed without seasons", plain)):
        seconds = run(chosen, repeat)
        print(f"db.dates.parse, {len(chosen):,} {label}: {seconds * 1000:.1f} ms ({seconds / len(chosen) * 1e6:.2f} µs each)")


if __name__ == "__main__":
    main()
