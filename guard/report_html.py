"""`guard report --format html`: one self-contained page with its charts drawn as inline SVG.

The page is mailed around and opened offline, often where scripts are blocked: so no
JavaScript, no external fonts, styles or images — the charts are SVG written here on the
server side, with a <title> on each bar for the exact count. Every text on the page is a
name from the report's closed vocabulary or a number, escaped all the same.
"""

from __future__ import annotations

import math
from html import escape

from guard.report import LABELS, MONITOR_MEASURES, MONITOR_NOTE, SHADOW_MEASURES, SHADOW_NOTE, change, has_events, period_label, shown_measures, trend

COLOURS = {"blocked": "#b3261e", "redacted": "#e8a317", "would_block": "#6b7280", "would_redact": "#b8bec8", "events": "#3b6ea8"}
TOP_ROWS = 15  # bars per horizontal chart; the tables below list every row
FONT = "font-family:system-ui,-apple-system,'Segoe UI','Liberation Sans',Arial,sans-serif"

STYLE = f"""
body {{ {FONT}; margin: 0; background: #f4f5f7; color: #1f2328; }}
main {{ max-width: 1120px; margin: 0 auto; padding: 24px; }}
h1 {{ font-size: 1.6rem; margin: 0 0 4px; }} h2 {{ font-size: 1.15rem; margin: 0 0 12px; }}
.period {{ color: #57606a; margin: 0 0 20px; }}
section {{ background: #fff; border: 1px solid #d8dee4; border-radius: 8px; padding: 16px 20px; margin-bottom: 16px; }}
.cards {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; background: none; border: 0; padding: 0; }}
.card {{ background: #fff; border: 1px solid #d8dee4; border-radius: 8px; padding: 12px 16px; }}
.card .value {{ font-size: 1.8rem; font-weight: 600; }} .card .label, .card .before {{ color: #57606a; font-size: .85rem; }}
.pair {{ display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }} .pair section {{ margin: 0 0 16px; }}
.legend span {{ display: inline-block; margin-right: 16px; font-size: .85rem; }}
.legend i {{ display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -1px; border-radius: 2px; }}
table {{ border-collapse: collapse; width: 100%; font-size: .9rem; }}
th, td {{ padding: 4px 8px; border-bottom: 1px solid #eaeef2; text-align: right; }}
.name {{ text-align: left; }} th {{ background: #f6f8fa; }}
.note {{ color: #57606a; font-size: .85rem; }} .empty {{ font-size: 1.1rem; }}
svg text {{ {FONT}; font-size: 12px; fill: #1f2328; }} svg .axis {{ fill: #57606a; font-size: 11px; }}
"""


def to_html(report: dict) -> str:
    period = escape(period_label(report))
    head = (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>AI guard audit report, {period}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>\n<body><main>\n'
            f'<h1>AI guard: audit report</h1><p class="period">{period}</p>\n')
    if not has_events(report):
        before = trend(report)["events"]["previous"]
        body = f'<section><p class="empty">No audit events in this period (the period before it had {before}).</p></section>\n'
    else:
        body = _body(report)
    foot = ('<p class="note">Counts from the guard\'s audit trail: entity types, services, reasons and days only — '
            'audit records hold no values and no prompt text.</p>\n</main></body></html>\n')
    return head + body + foot


def _body(report: dict) -> str:
    measures = shown_measures(report)
    bars = tuple(m for m in measures if m != "events")
    parts = [_cards(report, measures)]
    parts.append(_section("Blocked and redacted prompts by day (UTC)", _legend(bars) + _columns(report["days"], bars)))
    categories = [r for r in report["categories"] if any(r[m] for m in bars)]
    parts.append('<div class="pair">')
    parts.append(_section("By category (entity type or reason)", _legend(bars) + _bars(categories, lambda r: r["category"], bars, "Prompts per category")))
    parts.append(_section("By service", _legend(bars) + _bars(report["services"], lambda r: r["service"], bars, "Prompts per service")))
    parts.append("</div>")
    shadow = report["shadow_ai"]
    parts.append(_section("Shadow AI: services reached that are not approved",
                          _bars(shadow, lambda r: f"{r['service']} ({r['status']})", ("events",), "Audit records per service that is not approved")
                          + _table(shadow, ("service", "status"), SHADOW_MEASURES) + f'<p class="note">{escape(SHADOW_NOTE)}</p>'))
    parts.append(_section("By category", _table(report["categories"], ("category", "kind"), measures)))
    parts.append(_section("By service", _table(report["services"], ("service", "status"), measures)))
    parts.append(_section("By day", _table(report["days"], ("day",), measures)))
    if set(MONITOR_MEASURES) & set(measures):
        parts.append(f'<p class="note">{escape(MONITOR_NOTE)}</p>')
    skipped = sum(row["count"] for row in report["skipped"])
    if skipped:
        parts.append(f'<p class="note">Skipped {skipped} unreadable or unexpected audit line(s).</p>')
    return "\n".join(parts) + "\n"


def _section(title: str, content: str) -> str:
    return f"<section><h2>{escape(title)}</h2>{content}</section>"


def _cards(report: dict, measures: tuple[str, ...]) -> str:
    cards = []
    for measure in (*measures, "shadow_ai"):
        row = trend(report)[measure]
        cards.append(f'<div class="card"><div class="label">{escape(LABELS[measure])}</div><div class="value">{row["current"]:,}</div>'
                     f'<div class="before">{escape(change(row))} vs {row["previous"]:,} before</div></div>')
    return f'<section class="cards">{"".join(cards)}</section>'


def _legend(measures: tuple[str, ...]) -> str:
    items = "".join(f'<span><i style="background:{COLOURS[m]}"></i>{escape(LABELS[m])}</span>' for m in measures)
    return f'<p class="legend">{items}</p>'


def _table(rows: list[dict], keys: tuple[str, ...], measures: tuple[str, ...]) -> str:
    head = "".join(f'<th class="name">{escape(k)}</th>' for k in keys) + "".join(f"<th>{escape(LABELS[m])}</th>" for m in measures)
    body = "".join("<tr>" + "".join(f'<td class="name">{escape(str(row[k]))}</td>' for k in keys)
                   + "".join(f"<td>{row[m]:,}</td>" for m in measures) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _scale(largest: int) -> tuple[int, int]:
    """An axis maximum of 1, 2 or 5 times a power of ten at or above ``largest``, and its tick step."""
    largest = max(largest, 1)
    power = 10 ** math.floor(math.log10(largest))
    for factor in (1, 2, 5, 10):
        if factor * power >= largest:
            top = factor * power
            break
    step = top // 5 if top >= 5 and top % 5 == 0 else max(top // 2, 1)
    return top, step


def _columns(days: list[dict], measures: tuple[str, ...]) -> str:
    """Stacked columns, one per day, with a y axis and every few days labelled."""
    width, height, left, bottom, top_margin = 1040, 260, 48, 28, 10
    plot_w, plot_h = width - left - 8, height - bottom - top_margin
    top, step = _scale(max((sum(d[m] for m in measures) for d in days), default=0))
    slot = plot_w / max(len(days), 1)
    every = math.ceil(len(days) / 14)
    out = [_svg_open(width, height, "Blocked and redacted prompts per day")]
    for tick in range(0, top + 1, step):
        y = top_margin + plot_h - plot_h * tick / top
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 8}" y2="{y:.1f}" stroke="#eaeef2"/>'
                   f'<text class="axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick:,}</text>')
    for index, day in enumerate(days):
        x, y = left + index * slot + slot * 0.15, top_margin + plot_h
        for measure in measures:
            h = plot_h * day[measure] / top
            if h:
                y -= h
                out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{h:.1f}" fill="{COLOURS[measure]}">'
                           f'<title>{escape(day["day"])}: {day[measure]:,} {escape(LABELS[measure])}</title></rect>')
        if index % every == 0:
            out.append(f'<text class="axis" x="{x + slot * 0.35:.1f}" y="{height - 8}" text-anchor="middle">{escape(day["day"][5:])}</text>')
    out.append(f'<line x1="{left}" y1="{top_margin + plot_h}" x2="{width - 8}" y2="{top_margin + plot_h}" stroke="#8c959f"/></svg>')
    return "".join(out)


def _bars(rows: list[dict], label, measures: tuple[str, ...], title: str) -> str:
    """Stacked horizontal bars, largest first, the total at the end of each."""
    shown = rows[:TOP_ROWS]
    if not shown:
        return "<p>None in this period.</p>"
    width, row_h, name_w = 500, 24, 190
    height = row_h * len(shown) + 8
    plot_w = width - name_w - 60
    largest = max(sum(r[m] for m in measures) for r in shown) or 1
    out = [_svg_open(width, height, title)]
    for index, row in enumerate(shown):
        y, x, name = 4 + index * row_h, name_w, escape(label(row))
        out.append(f'<text x="{name_w - 8}" y="{y + 15}" text-anchor="end">{name}</text>')
        for measure in measures:
            w = plot_w * row[measure] / largest
            if w:
                out.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="{COLOURS[measure]}">'
                           f'<title>{name}: {row[measure]:,} {escape(LABELS[measure])}</title></rect>')
                x += w
        out.append(f'<text class="axis" x="{x + 6:.1f}" y="{y + 15}">{sum(row[m] for m in measures):,}</text>')
    out.append("</svg>")
    more = f'<p class="note">The {TOP_ROWS} largest of {len(rows)}; the table lists all.</p>' if len(rows) > TOP_ROWS else ""
    return "".join(out) + more


def _svg_open(width: int, height: int, title: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
            f'width="100%" style="max-width:{width}px"><title>{escape(title)}</title>')
