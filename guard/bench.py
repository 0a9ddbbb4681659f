"""`guard bench`: time the detection engine on 1 KB, 10 KB and 100 KB prompts.

Prompts are built from paragraphs like those staff paste (case notes, e-mails, code,
policy text) with identifiers in them. Printed: median ms and characters per second per
size, the 100 KB / 10 KB cost ratio (10 means linear), and the same for Presidio with
its default recognizers on the same texts, measured in the same run.
"""

from __future__ import annotations

import statistics
import time

from rich.console import Console
from rich.table import Table

PARAGRAPHS = (
    "Hej! Kan du hjälpa mig att formulera ett beslut? Klienten Anna Lindqvist, 811218-9876, bor på Storgatan 12, "
    "123 45 Stockholm och har ansökt om ekonomiskt bistånd för mars. Handläggare är Per Strand, tel 070-123 45 67.\n",
    "Enligt kommunens riktlinjer för AI får endast öppen information användas. Sekretessbelagd information, "
    "personuppgifter och uppgifter som omfattas av 26 kap. 1 § OSL får inte matas in i AI-tjänster. Dnr KS 2026/1234.\n",
    "Fakturan från Nordkust Fastigheter AB (org.nr 556677-8899) ska betalas till bankgiro 5050-1055 senast 2026-12-31. "
    "OCR 4711234567890, belopp 12 500 kr.\n",
    "def connect():\n    url = os.environ['DATABASE_URL']\n    return psycopg.connect(url, timeout=5)  # ingen hemlighet här\n",
    "Sammanfatta mötet: vi diskuterade budgeten för 2027, nya rutiner för incidenthantering och hur vi följer upp "
    "användningen av Copilot i förvaltningen. Nästa möte är den 14 januari kl. 13.00 i sal B2.\n",
)
SIZES = (1_000, 10_000, 100_000)


def sample_prompt(size: int) -> str:
    text, i = "", 0
    while len(text) < size:
        text += PARAGRAPHS[i % len(PARAGRAPHS)]
        i += 1
    return text[:size]


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
    console = Console(stderr=True)
    for name, scan in contenders.items():
        results[name] = {}
        for size in SIZES:
            console.print(f"timing {name} at {size // 1000} KB …", style="dim")
            results[name][size] = _median_ms(scan, sample_prompt(size), max(3, rounds if size < 100_000 else rounds // 3))
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
    Console().print(table)
    return results
