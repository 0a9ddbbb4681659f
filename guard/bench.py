"""`guard bench`: time the detection engine on 1 KB, 10 KB and 100 KB prompts.

Prompts are built from the labelled dev corpus (case notes, e-mails, spreadsheets, code,
policy text; protected and open interleaved), cut to size. Printed: median ms and characters per second per
size, the 100 KB / 10 KB cost ratio (10 means linear), and the same for Presidio with
its default recognizers on the same texts, measured in the same run.
"""

from __future__ import annotations

import json
import random
import statistics
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
SIZES = (1_000, 10_000, 100_000)


def sample_texts() -> list[str]:
    """What staff paste, protected and open mixed: the dev corpus in file order."""
    texts = [json.loads(line)["text"] for path in sorted(CORPUS.glob("*.jsonl")) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not texts:
        raise SystemExit(f"guard: no corpus texts under {CORPUS} to build benchmark prompts from")
    # A fixed shuffle, so every size holds the same mix of open and protected genres.
    random.Random(2026).shuffle(texts)
    return texts


def sample_prompt(size: int, texts: list[str]) -> str:
    parts, length, i = [], 0, 0
    while length < size:
        parts.append(texts[i % len(texts)])
        length += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def _median_ms(scan, text: str, rounds: int) -> float:
    scan(text)  # warm-up
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        scan(text)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def _presidio_defaults():
    from presidio_analyzer import AnalyzerEngine

    from guard.scan import BlankSpacyNlpEngine

    engine = AnalyzerEngine(nlp_engine=BlankSpacyNlpEngine(("en",)), supported_languages=["en"])
    return lambda text: engine.analyze(text, language="en")


def run_scan_benchmark(rounds: int, presidio_defaults: bool) -> dict:
    from guard.config import load_config
    from guard.engine import Engine

    engine = Engine(load_config())
    contenders = {"guard (scan + decide + redact)": engine.check}
    if presidio_defaults:
        contenders["Presidio defaults (en, blank spaCy)"] = _presidio_defaults()
    results: dict[str, dict[int, float]] = {}
    texts = sample_texts()
    console = Console(stderr=True)
    for name, scan in contenders.items():
        results[name] = {}
        for size in SIZES:
            console.print(f"timing {name} at {size // 1000} KB …", style="dim")
            results[name][size] = _median_ms(scan, sample_prompt(size, texts), max(3, rounds if size < 100_000 else rounds // 3))
    table = Table(title=f"Scan benchmark (median of {rounds} runs; 100 KB: {max(3, rounds // 3)})")
    table.add_column("engine")
    for size in SIZES:
        table.add_column(f"{size // 1000} KB ms", justify="right")
        table.add_column(f"{size // 1000} KB chars/s", justify="right")
    table.add_column("100 KB / 10 KB", justify="right")
    for name, timings in results.items():
        row = [name]
        for size in SIZES:
            row += [f"{timings[size]:.2f}", f"{size / (timings[size] / 1000):,.0f}"]
        row.append(f"{timings[100_000] / timings[10_000]:.1f}x")
        table.add_row(*row)
    Console(width=160).print(table)
    return results
