"""`guard bench`: time the detection engine on 1 KB, 10 KB and 100 KB prompts.

Prompts are built from the labelled dev corpus (case notes, e-mails, spreadsheets, code,
policy text; protected and open interleaved), cut to size. Printed per size: median ms
with the spread (p10–p90) and characters per second; the 100 KB / 10 KB cost ratio (10
means linear); and the same for Presidio with its default recognizers on the same texts,
measured in the same run. Then the worst cases: bodies of ``guard_inline_max`` (32 KB) built
to be slow (nothing but digits, names, keywords, e-mail addresses, keys, base64, thousands of
tiny JSON strings …), checked the way the proxy checks them: these bound how long a check on
the proxy's event loop can stall it.
"""

from __future__ import annotations

import base64
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


def _time_interleaved(scan, prompts: dict[int, str], rounds: int, console: Console) -> dict[int, list[float]]:
    """Seconds per scan, the sizes taking turns: round after round, each size once (the
    largest every third round). Other work on this shared machine comes in bursts; taking
    turns lets a burst slow every size alike instead of whichever was being timed, so the
    100 KB / 10 KB ratio holds even when the absolute times drift. (Engines are timed one
    after the other: Presidio's slow runs would leave the guard's caches cold.)"""
    for prompt in prompts.values():
        scan(prompt)  # warm-up
    timings: dict[int, list[float]] = {size: [] for size in prompts}
    for round_ in range(rounds):
        if round_ % 10 == 0:
            console.print(f"  round {round_ + 1}/{rounds} …", style="dim")
        for size, prompt in prompts.items():
            if size == max(prompts) and round_ % 3:
                continue
            start = time.perf_counter()
            scan(prompt)
            timings[size].append(time.perf_counter() - start)
    return timings


def _presidio_defaults():
    """Presidio's AnalyzerEngine with its default recognizers, on spaCy's blank English
    pipeline (tokeniser only): no statistical model can be installed, and none is downloaded."""
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class BlankSpacyNlpEngine(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    nlp_engine = BlankSpacyNlpEngine(models=[{"lang_code": "en", "model_name": "blank:en"}])
    engine = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
    return lambda text: engine.analyze(text, language="en")


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[round(fraction * (len(ordered) - 1))]


def run_scan_benchmark(rounds: int, presidio_defaults: bool) -> dict:
    from guard.config import load_config
    from guard.engine import Engine

    engine = Engine(load_config())
    contenders = {"guard (scan + decide + redact)": engine.check}
    if presidio_defaults:
        contenders["Presidio defaults (en, blank spaCy)"] = _presidio_defaults()
    texts = sample_texts()
    prompts = {size: sample_prompt(size, texts) for size in SIZES}
    rounds = max(3, rounds)
    console = Console(stderr=True)
    timings = {}
    for name, scan in contenders.items():
        console.print(f"timing {name} …", style="dim")
        timings[name] = _time_interleaved(scan, prompts, rounds, console)
    results = {name: {size: statistics.median(runs) * 1000 for size, runs in by_size.items()} for name, by_size in timings.items()}
    largest_runs = len(next(iter(timings.values()))[SIZES[-1]])
    table = Table(title=f"Scan benchmark: median ms (p10–p90) of {rounds} runs per size, {largest_runs} at 100 KB, the sizes taking turns")
    table.add_column("engine")
    for size in SIZES:
        table.add_column(f"{size // 1000} KB ms", justify="right")
        table.add_column(f"{size // 1000} KB chars/s", justify="right")
    table.add_column("100 KB / 10 KB", justify="right")
    for name, by_size in timings.items():
        row = [name]
        for size in SIZES:
            runs = [t * 1000 for t in by_size[size]]
            median = results[name][size]
            row += [f"{median:.2f} ({_percentile(runs, 0.1):.2f}–{_percentile(runs, 0.9):.2f})", f"{size / (median / 1000):,.0f}"]
        row.append(f"{results[name][100_000] / results[name][10_000]:.1f}x")
        table.add_row(*row)
    Console(width=180).print(table)
    results["worst cases"] = run_worst_case_benchmark()
    return results


INLINE_SIZE = 32_000  # the proxy's default guard_inline_max


def worst_case_bodies(size: int = INLINE_SIZE) -> dict[str, bytes]:
    """Chat bodies of about ``size`` bytes, each made of one thing a recognizer has to look
    at closely; random but fixed (seeded), so runs compare."""
    rnd = random.Random(2026)
    words = lambda choices, n: " ".join(rnd.choice(choices) for _ in range(n))  # noqa: E731
    chat = lambda text: json.dumps({"model": "m", "messages": [{"role": "user", "content": text[:size]}]}, ensure_ascii=False).encode()  # noqa: E731
    return {
        "open prose (for comparison)": chat(sample_prompt(size, sample_texts())),
        "digits only": chat("".join(rnd.choice("0123456789") for _ in range(size))),
        "personnummer-like numbers": chat(" ".join(f"{rnd.randint(19000101, 20241231)}-{rnd.randint(1000, 9999)}" for _ in range(size // 14))),
        "given names and surnames": chat(words(["Anna", "Lars", "Karin", "Berg", "Strand", "Andersson", "Maria", "Johansson"], size // 7)),
        "capitalised words": chat(words(["Alfa", "Beta", "Gamma", "Delta", "Epsilon", "Kommunen", "Region"], size // 7)),
        "marking and sensitive keywords": chat(words(["sekretess", "hemlig", "diagnos", "OSL", "kapitel", "lösenord", "password", "konfidentiell", "intern"], size // 9)),
        "e-mail addresses": chat(" ".join(f"a{i}@b{i}.se" for i in range(size // 12))),
        "URLs with queries": chat(" ".join(f"https://x{i}.se/a?b={i}" for i in range(size // 22))),
        "API-key-like tokens": chat(" ".join(f"sk-{base64.b64encode(rnd.randbytes(24)).decode()}" for _ in range(size // 36))),
        "one base64 blob": chat(base64.b64encode(rnd.randbytes(size * 3 // 4)).decode()),
        "short base64 chunks": chat(" ".join(base64.b64encode(rnd.randbytes(30)).decode() for _ in range(size // 41))),
        "punctuation": chat("".join(rnd.choice("-./:;,()[]{}<>'\"=+_*&%$#!?@") for _ in range(size))),
        "thousands of tiny JSON strings": json.dumps({"model": "m", "messages": [{"role": "user", "content": "a"} for _ in range(size // 35)]}).encode(),
    }


def run_worst_case_benchmark(rounds: int = 5) -> dict[str, float]:
    """Median ms per check of each worst-case body (body read, scan, decision, redaction),
    through the proxy's own Inspector; each round is a new conversation, so nothing is
    answered from the history."""
    from guard.reload import Sources, attempt

    inspector = attempt(Sources(None, None, "log"), None).snapshot.inspector
    bodies = worst_case_bodies()
    Console(stderr=True).print(f"timing {len(bodies)} worst-case bodies of {INLINE_SIZE // 1000} KB …", style="dim")
    results = {}
    for name, body in bodies.items():
        runs = []
        for round_ in range(max(1, rounds)):
            start = time.perf_counter()
            inspector.inspect("openai", "/v1/chat/completions", "application/json", body, f"worst-case {round_}")
            runs.append(time.perf_counter() - start)
        results[name] = statistics.median(runs) * 1000
    prose = results["open prose (for comparison)"]
    table = Table(title=f"Worst cases at {INLINE_SIZE // 1000} KB (guard_inline_max): median ms per check of {max(1, rounds)}, as the proxy checks a body")
    for column, justify in (("body", "left"), ("bytes", "right"), ("ms", "right"), ("× open prose", "right")):
        table.add_column(column, justify=justify)
    for name, ms in results.items():
        table.add_row(name, f"{len(bodies[name]):,}", f"{ms:.1f}", f"{ms / prose:.1f}")
    Console(width=180).print(table)
    return results
