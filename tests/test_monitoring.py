"""deploy/prometheus and deploy/grafana: valid for the tools that load them, and about the guard's real metrics.

promtool (Debian's ``prometheus`` package, installed by .ci/run) checks the configuration and
the alert rules and runs their unit tests (deploy/prometheus/alerts.test.yml). Every PromQL
query of the dashboard and the alerts is parsed, and each metric it selects must be one that
guard.metrics.REGISTRY really exports — a renamed metric otherwise leaves an empty panel or an
alert that can never fire, silently.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import promql_parser
import pytest
import yaml

from e2e.conftest import required_program
from guard.metrics import REGISTRY

REPO = Path(__file__).resolve().parents[1]
PROMETHEUS_DIR = REPO / "deploy" / "prometheus"
GRAFANA_DIR = REPO / "deploy" / "grafana"
DASHBOARDS = sorted((GRAFANA_DIR / "dashboards").glob("*.json"))
PROMETHEUS_OWN = {"up"}  # series Prometheus writes itself for every scrape target
GRAFANA_VARIABLES = re.compile(r"\$__(?:rate_interval|interval|range)\b")
SAMPLE_SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count"), "summary": ("", "_sum", "_count"), "info": ("_info",), "gauge": ("",)}


def promtool(*args: str) -> str:
    done = subprocess.run([required_program("promtool", "prometheus", "the deploy checks"), *args], capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode == 0, f"promtool {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


# --- what the guard exports, and what the queries select ------------------------------------------

def exported_names() -> set[str]:
    """Every series name the guard's registry can expose, in the forms Prometheus stores."""
    names = set()
    for family in REGISTRY.collect():
        names.update(family.name + suffix for suffix in SAMPLE_SUFFIXES[family.type])
    return names


def metric_names(expr: str) -> set[str]:
    """The metric names a PromQL expression selects (Grafana's interval variables allowed)."""
    selectors = []

    def visit(node) -> None:
        if isinstance(node, promql_parser.VectorSelector):
            selectors.append(node)

    promql_parser.walk(promql_parser.parse(GRAFANA_VARIABLES.sub("5m", expr)), visit)
    assert all(s.name for s in selectors), f"a selector without a metric name in {expr!r}"
    return {s.name for s in selectors}


def alert_rules() -> list[dict]:
    return [rule for group in yaml.safe_load((PROMETHEUS_DIR / "alerts.yml").read_text())["groups"] for rule in group["rules"]]


def dashboard_panels(dashboard: dict) -> list[dict]:
    """Panels, including those folded inside rows."""
    panels = []
    for panel in dashboard["panels"]:
        panels.append(panel)
        panels.extend(panel.get("panels", []))
    return panels


def dashboard_queries(dashboard: dict) -> list[str]:
    """The PromQL of every panel target, and the metric of each label_values() variable."""
    queries = [target["expr"] for panel in dashboard_panels(dashboard) for target in panel.get("targets", [])]
    for variable in dashboard.get("templating", {}).get("list", []):
        if variable["type"] == "query":
            query = variable["query"]["query"] if isinstance(variable["query"], dict) else variable["query"]
            match = re.fullmatch(r"label_values\((.+),\s*\w+\)", query)
            assert match, f"variable {variable['name']}: expected label_values(<selector>, <label>), got {query!r}"
            queries.append(match.group(1))
    return queries


def test_the_name_collector_sees_every_form_and_catches_a_wrong_name():
    assert {"guard_requests_total", "guard_scan_duration_seconds_bucket", "guard_scan_duration_seconds_count",
            "guard_config_info", "guard_fail_open"} <= exported_names()
    assert "guard_requests" not in exported_names()  # a counter is stored as _total only
    assert metric_names('histogram_quantile(0.99, sum by (le) (rate(guard_nope_bucket{job="guard"}[$__rate_interval]))) > 0 '
                        'and on() up == 1') == {"guard_nope_bucket", "up"}


@pytest.mark.parametrize("dashboard", DASHBOARDS, ids=lambda p: p.name)
def test_every_dashboard_query_names_an_exported_metric(dashboard):
    queries = dashboard_queries(json.loads(dashboard.read_text()))
    assert queries
    known = exported_names() | PROMETHEUS_OWN
    unknown = {(name, expr) for expr in queries for name in metric_names(expr) - known}
    assert not unknown, f"{dashboard.name} queries metrics the guard does not export: {sorted(unknown)}"


def test_every_alert_expression_names_an_exported_metric():
    known = exported_names() | PROMETHEUS_OWN
    unknown = {(rule["alert"], name) for rule in alert_rules() for name in metric_names(rule["expr"]) - known}
    assert not unknown, f"alerts.yml uses metrics the guard does not export: {sorted(unknown)}"


def test_the_dashboard_shows_every_metric_the_guard_exports():
    used = {name for dashboard in DASHBOARDS for expr in dashboard_queries(json.loads(dashboard.read_text())) for name in metric_names(expr)}
    for family in REGISTRY.collect():
        forms = {family.name + suffix for suffix in SAMPLE_SUFFIXES[family.type]}
        assert forms & used, f"no dashboard panel shows {family.name}"


# --- promtool ---------------------------------------------------------------------------------------

def test_alert_rules_pass_promtool():
    assert "SUCCESS" in promtool("check", "rules", str(PROMETHEUS_DIR / "alerts.yml"))


def test_prometheus_config_passes_promtool_and_loads_the_rules():
    out = promtool("check", "config", str(PROMETHEUS_DIR / "prometheus.yml"))
    assert "1 rule files found" in out and "alerts.yml" in out


def test_alert_unit_tests_pass():
    """alerts.test.yml: GuardDown, GuardFailOpen, GuardUncheckedForwarded, GuardFailClosedBlocks, GuardBlockSpike."""
    assert "SUCCESS" in promtool("test", "rules", str(PROMETHEUS_DIR / "alerts.test.yml"))


def test_the_alerts_the_issue_asks_for_exist_and_watch_the_right_metric():
    watched = {rule["alert"]: metric_names(rule["expr"]) for rule in alert_rules()}
    for alert, metric in {"GuardDown": "up", "GuardFailClosedBlocks": "guard_unchecked_total", "GuardUncheckedForwarded": "guard_unchecked_total",
                          "GuardFailOpen": "guard_fail_open", "GuardBlockSpike": "guard_requests_total",
                          "GuardScanLatencyHigh": "guard_scan_duration_seconds_bucket", "GuardConfigReloadRejected": "guard_config_reloads_total"}.items():
        assert metric in watched.get(alert, set()), f"{alert} should watch {metric}"
    for rule in alert_rules():
        assert rule["labels"]["severity"] in {"critical", "warning", "info"}
        assert rule["annotations"]["summary"] and rule["annotations"]["description"]


# --- Grafana provisioning ---------------------------------------------------------------------------

def test_grafana_provisioning_points_at_the_dashboards_and_a_prometheus():
    sources = [s for f in (GRAFANA_DIR / "provisioning" / "datasources").glob("*.yml") for s in yaml.safe_load(f.read_text())["datasources"]]
    assert [s["type"] for s in sources] == ["prometheus"]
    providers = [p for f in (GRAFANA_DIR / "provisioning" / "dashboards").glob("*.yml") for p in yaml.safe_load(f.read_text())["providers"]]
    assert len(providers) == 1 and providers[0]["type"] == "file" and providers[0]["options"]["path"]


@pytest.mark.parametrize("dashboard", DASHBOARDS, ids=lambda p: p.name)
def test_dashboard_layout_is_sound(dashboard):
    """Unique ids, panels inside the 24-column grid without overlapping, every query on the
    dashboard's Prometheus variable (so it works with whichever Prometheus is chosen)."""
    board = json.loads(dashboard.read_text())
    panels = dashboard_panels(board)
    assert board["uid"] and len({p["id"] for p in panels}) == len(panels)
    cells = set()
    for panel in panels:
        grid = panel["gridPos"]
        assert grid["x"] >= 0 and grid["w"] > 0 and grid["x"] + grid["w"] <= 24, panel["title"]
        area = {(x, y) for x in range(grid["x"], grid["x"] + grid["w"]) for y in range(grid["y"], grid["y"] + grid["h"])}
        assert not area & cells, f"{panel['title']} overlaps another panel"
        cells |= area
        for target in panel.get("targets", []):
            assert target["datasource"]["uid"] == "${datasource}", panel["title"]
    assert any(v["name"] == "datasource" and v["query"] == "prometheus" for v in board["templating"]["list"])
