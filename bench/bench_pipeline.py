"""Timings of the pipeline on the bundled example: convert (source -> TEI in
memory), then render text, html and pdf.  The first run of each stage is shown
apart: it includes compiling the stylesheets (once per process).

    python bench/bench_pipeline.py [-n REPETITIONS] [--xml FILE] [--source FILE]

Nothing is written; numbers vary with the machine and are never asserted.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # runs from a checkout without installing

from tei_edition.convert import convert_source  # noqa: E402
from tei_edition.render import RENDERERS, render_file  # noqa: E402

EXAMPLE = "kapo-luo-1963-07-06"


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def bench(name: str, function, repetitions: int):
    first = timed(function)
    runs = [timed(function) for _ in range(repetitions)]
    print(f"{name:<10} first {first * 1000:9.1f} ms   "
          f"min {min(runs) * 1000:9.1f}  median {statistics.median(runs) * 1000:9.1f}  "
          f"mean {statistics.fmean(runs) * 1000:9.1f} ms  ({repetitions} runs)")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--repetitions", type=int, default=5)
    parser.add_argument("--source", type=Path, default=ROOT / "sources" / f"{EXAMPLE}.txt")
    parser.add_argument("--xml", type=Path, default=ROOT / "xml" / f"{EXAMPLE}.xml")
    args = parser.parse_args(argv)
    repetitions = max(1, args.repetitions)
    print(f"source {args.source.name}, TEI {args.xml.name}")
    bench("convert", lambda: convert_source(args.source), repetitions)
    for to in ("text", "html", "pdf"):
        if to not in RENDERERS:
            print(f"{to:<10} (no renderer registered)")
            continue
        bench(to, lambda to=to: render_file(args.xml, to, {}), repetitions)


if __name__ == "__main__":
    main()
