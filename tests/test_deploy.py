"""deploy/: the container image, compose file and Kubernetes manifests, checked offline.

No Docker daemon or cluster here, so: the Dockerfile is linted (hadolint) and its facts
checked (non-root, health check, pinned install, no secrets), and its entrypoint is run as the
image would run it; compose.yaml is validated by docker compose's own `config`; every
Kubernetes manifest and the rendered Kustomize base and overlay (kubectl's kustomize) are
validated against the Kubernetes schemas, checked for consistency, and the overlay's pod is
run as kubelet would lay it out (ConfigMaps and Secrets as files) until it blocks a prompt.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import kubernetes_validate
import pytest
import yaml
from dockerfile_parse import DockerfileParser

from guard.loopback import free_port
from guard.proxybench import spawn, stop_process

REPO = Path(__file__).resolve().parents[1]
DEPLOY = REPO / "deploy"
KUBERNETES = DEPLOY / "kubernetes"
BIN = Path(sys.executable).parent
KUBERNETES_VERSIONS = ("1.29", kubernetes_validate.utils.latest_version())
STARTUP_TIMEOUT = 90
SECRET_PROMPT = "SEKRETESS enligt 26 kap. 1 § OSL\n\nUtredning om familjen, se bilaga."


def tool(name: str) -> str:
    """A binary of the test extra (its wheel puts it beside this Python)."""
    path = BIN / name
    assert path.exists(), f"{name} missing: run `deploy/bootstrap.sh test` (it comes with the test extra)"
    return str(path)


# --- Dockerfile ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dockerfile() -> DockerfileParser:
    return DockerfileParser(str(DEPLOY / "Dockerfile"))


def instructions(parser: DockerfileParser, name: str) -> list[str]:
    return [item["value"] for item in parser.structure if item["instruction"] == name]


def hadolint(path: Path, tmp_path: Path) -> list[dict]:
    config = tmp_path / "hadolint.yaml"
    config.write_text("failure-threshold: style\n")  # this file only: no user or project config
    done = subprocess.run([tool("hadolint"), "--config", str(config), "--no-color", "--format", "json", str(path)], capture_output=True, text=True, timeout=60)
    return json.loads(done.stdout or "[]")


def test_dockerfile_passes_hadolint(tmp_path):
    assert hadolint(DEPLOY / "Dockerfile", tmp_path) == []
    careless = tmp_path / "Dockerfile"
    careless.write_text("FROM python:latest\nRUN pip install mitmproxy\nUSER root\n")
    assert {finding["code"] for finding in hadolint(careless, tmp_path)} >= {"DL3007", "DL3013", "DL3002"}


def test_image_uses_the_python_the_lock_was_resolved_on_and_the_lock(dockerfile):
    # requirements.lock was resolved in this project's .venv: the image must use the same minor version
    assert dockerfile.baseimage.startswith(f"python:{sys.version_info.major}.{sys.version_info.minor}-slim")
    installs = [run for run in instructions(dockerfile, "RUN") if "pip install" in run]
    assert installs and all("-c requirements.lock" in run for run in installs)


def test_image_runs_as_a_numeric_non_root_user(dockerfile):
    user = instructions(dockerfile, "USER")[-1]
    uid, _, gid = user.partition(":")
    assert uid.isdigit() and int(uid) > 0 and (not gid or int(gid) > 0)


def test_image_keeps_no_secrets(dockerfile):
    for name in ("ENV", "ARG", "LABEL"):
        for value in instructions(dockerfile, name):
            assert not re.search(r"(?i)(password|secret|token|api_?key)\s*=", value), value
    lines = [line for line in (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines() if line and not line.startswith("#")]
    assert lines[0] == "*", "the build context must be an allow-list"
    allowed = {line[1:].rstrip("/") for line in lines if line.startswith("!")}
    for copy in instructions(dockerfile, "COPY") + instructions(dockerfile, "ADD"):
        sources = [token for token in copy.split() if not token.startswith("--")][:-1]
        for source in sources:
            assert source.rstrip("/") in allowed and (REPO / source).exists(), source
            assert not re.search(r"\.(pem|key|p12|cer|crt)$|mitmproxy|\.guard", source), source


def entrypoint(dockerfile: DockerfileParser) -> list[str]:
    return json.loads(instructions(dockerfile, "ENTRYPOINT")[-1])


def test_image_state_lives_under_its_volume_and_health_is_checked_on_the_metrics_port(dockerfile):
    volume = json.loads(instructions(dockerfile, "VOLUME")[-1])[0]
    options, settings = parse_args(entrypoint(dockerfile)[2:])
    assert entrypoint(dockerfile)[:2] == ["guard", "run"] and options["--listen-host"] == "0.0.0.0"
    for path in (options["--confdir"], settings["guard_audit_dir"], settings["guard_audit_key"]):
        assert path.startswith(volume + "/"), path
    env = " ".join(instructions(dockerfile, "ENV"))
    assert f"HOME={volume}" in env
    metrics_port = settings["guard_metrics"].rpartition(":")[2]
    healthcheck = instructions(dockerfile, "HEALTHCHECK")[-1]
    assert f"127.0.0.1:{metrics_port}/healthz" in healthcheck


def pairs(args: list[str]) -> list[tuple[str, str]]:
    """Command-line options as (option, value), for both "--opt value" and "--opt=value"."""
    out, items = [], iter(args)
    for arg in items:
        option, equals, value = arg.partition("=")
        out.append((option, value) if equals else (arg, next(items)))
    return out


def parse_args(args: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """`guard run` arguments as {option: value} and the --set options as {name: value}."""
    options = pairs(args)
    return dict(options), dict(value.split("=", 1) for key, value in options if key == "--set")


# --- compose ------------------------------------------------------------------------------------

def compose_config(**env: str) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("GRAFANA_", "GUARD_", "COMPOSE_"))}
    return subprocess.run([tool("docker-compose"), "-f", str(DEPLOY / "compose.yaml"), "config", "--format", "json"],
                          capture_output=True, text=True, timeout=60, env={**environment, **env})


def test_compose_file_is_valid_and_its_mounts_exist():
    done = compose_config(GRAFANA_ADMIN_PASSWORD="test-only")
    assert done.returncode == 0, done.stderr
    project = json.loads(done.stdout)
    services = project["services"]
    assert set(services) == {"guard", "prometheus", "grafana"}
    assert Path(services["guard"]["build"]["context"], services["guard"]["build"]["dockerfile"]).resolve() == DEPLOY / "Dockerfile"
    for service in services.values():
        for mount in service.get("volumes", []):
            if mount["type"] == "bind":
                assert Path(mount["source"]).exists(), mount["source"]
    # the dashboards land where the provisioning (deploy/grafana) looks for them
    provider_paths = {provider["options"]["path"] for file in (DEPLOY / "grafana/provisioning/dashboards").glob("*.y*ml") for provider in yaml.safe_load(file.read_text())["providers"]}
    dashboards = {mount["target"] for mount in services["grafana"]["volumes"] if mount.get("source", "").endswith("grafana/dashboards")}
    assert dashboards and dashboards <= provider_paths
    # Prometheus and Grafana share the guard's network, where 127.0.0.1 means what the
    # checked-in prometheus.yml and data source say; their ports are published there
    assert services["prometheus"]["network_mode"] == services["grafana"]["network_mode"] == "service:guard"
    targets = [target for job in yaml.safe_load((DEPLOY / "prometheus/prometheus.yml").read_text())["scrape_configs"] for static in job["static_configs"] for target in static["targets"]]
    published = {int(port["target"]) for port in services["guard"]["ports"]}
    assert "127.0.0.1:9464" in targets and {8080, 9090, 3000} <= published
    assert services["guard"]["read_only"] is True


def test_compose_needs_a_grafana_password_and_ships_none():
    done = compose_config()
    assert done.returncode != 0 and "GRAFANA_ADMIN_PASSWORD" in done.stderr


# --- Kubernetes ---------------------------------------------------------------------------------

def kustomize(folder: Path) -> list[dict]:
    done = subprocess.run([tool("kubectl"), "kustomize", str(folder)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return [doc for doc in yaml.safe_load_all(done.stdout) if doc]


@pytest.fixture(scope="module")
def rendered() -> dict[str, list[dict]]:
    return {"base": kustomize(KUBERNETES / "base"), "overlay": kustomize(KUBERNETES / "overlays/example")}


def manifest_files() -> list[Path]:
    """Every complete resource a kustomization lists (patches are checked in the rendered overlay)."""
    files = []
    for kustomization in sorted(KUBERNETES.rglob("kustomization.yaml")):
        for entry in yaml.safe_load(kustomization.read_text()).get("resources", []):
            path = (kustomization.parent / entry).resolve()
            if path.is_file():
                files.append(path)
    return files


def assert_valid(resource: dict, where: str) -> None:
    for version in KUBERNETES_VERSIONS:
        try:
            kubernetes_validate.validate(resource, version, strict=True)
        except kubernetes_validate.ValidationError as exc:
            pytest.fail(f"{where}: {resource['kind']}/{resource['metadata']['name']} is not valid Kubernetes {version}: {'.'.join(map(str, exc.path))}: {exc.message}")
        except kubernetes_validate.SchemaNotFoundError as exc:
            pytest.fail(f"{where}: {exc.message}")


def test_every_manifest_validates_against_the_kubernetes_schemas():
    files = manifest_files()
    assert len(files) >= 7
    for path in files:
        for resource in yaml.safe_load_all(path.read_text()):
            assert_valid(resource, str(path.relative_to(REPO)))


def test_rendered_base_and_overlay_validate(rendered):
    for name, resources in rendered.items():
        for resource in resources:
            assert_valid(resource, f"kustomize build of {name}")


def test_the_schema_check_rejects_a_misspelt_field(rendered):
    deployment = next(r for r in rendered["base"] if r["kind"] == "Deployment")
    broken = json.loads(json.dumps(deployment))
    broken["spec"]["template"]["spec"]["containers"][0]["readinesProbe"] = broken["spec"]["template"]["spec"]["containers"][0].pop("readinessProbe")
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSIONS[-1], strict=True)


def by_kind(resources: list[dict]) -> dict[str, list[dict]]:
    kinds: dict[str, list[dict]] = {}
    for resource in resources:
        kinds.setdefault(resource["kind"], []).append(resource)
    return kinds


def test_overlay_wires_probes_volumes_and_selectors_together(rendered):
    kinds = by_kind(rendered["overlay"])
    assert {"Namespace", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "ConfigMap", "PersistentVolumeClaim"} <= set(kinds)
    namespace = kinds["Namespace"][0]["metadata"]["name"]
    assert all(r["metadata"].get("namespace") == namespace for r in rendered["overlay"] if r["kind"] != "Namespace")
    deployment = kinds["Deployment"][0]
    pod = deployment["spec"]["template"]
    labels = pod["metadata"]["labels"]
    spec = pod["spec"]
    container = spec["containers"][0]
    options, settings = parse_args(container["args"])
    ports = {port["name"]: port["containerPort"] for port in container["ports"]}
    assert settings["guard_metrics"] == f"0.0.0.0:{ports['metrics']}" and options["--port"] == str(ports["proxy"])
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "metrics"}
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "metrics"}
    assert pod["metadata"]["annotations"]["prometheus.io/port"] == str(ports["metrics"])
    # non-root, read-only, sized
    assert spec["securityContext"]["runAsNonRoot"] is True and spec["securityContext"]["runAsUser"] > 0
    assert container["securityContext"]["readOnlyRootFilesystem"] is True and container["securityContext"]["capabilities"]["drop"] == ["ALL"]
    assert set(container["resources"]) == {"requests", "limits"}
    # every file the guard is told about sits in the volume meant for it
    volumes = {volume["name"]: volume for volume in spec["volumes"]}
    mounts = {mount["mountPath"]: volumes[mount["name"]] for mount in container["volumeMounts"]}
    def volume_of(path: str) -> dict:
        return mounts[max((m for m in mounts if path == m or path.startswith(m + "/")), key=len)]
    config_maps = {cm["metadata"]["name"]: cm for cm in kinds["ConfigMap"]}
    config_volume = volume_of(options["--config"])["configMap"]
    assert {item["path"] for item in config_volume["items"]} >= {"policy.yaml", "services.yaml"}
    assert {item["key"] for item in config_volume["items"]} <= set(config_maps[config_volume["name"]]["data"])
    customers = volume_of(settings["guard_customers"])["configMap"]
    assert Path(settings["guard_customers"]).name in config_maps[customers["name"]]["data"]
    assert volume_of(options["--confdir"])["secret"]["secretName"] == "guard-ca"
    assert volume_of(settings["guard_audit_key"])["secret"]["secretName"] == "guard-audit-key"
    claim = volume_of(settings["guard_audit_dir"])["persistentVolumeClaim"]["claimName"]
    assert claim in {pvc["metadata"]["name"] for pvc in kinds["PersistentVolumeClaim"]}
    # the Service, HPA, PDB and NetworkPolicy all point at these pods
    for resource in kinds["Service"]:
        assert resource["spec"]["selector"].items() <= labels.items()
    for resource in kinds["PodDisruptionBudget"] + kinds["NetworkPolicy"]:
        selector = resource["spec"].get("selector") or resource["spec"]["podSelector"]
        assert selector["matchLabels"].items() <= labels.items()
    assert kinds["HorizontalPodAutoscaler"][0]["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    assert kinds["HorizontalPodAutoscaler"][0]["spec"]["minReplicas"] >= 2
    policy_ports = {port["port"] for rule in kinds["NetworkPolicy"][0]["spec"]["ingress"] for port in rule["ports"]}
    assert policy_ports == {"proxy", "metrics"}


def test_base_config_maps_hold_the_embedded_configuration(rendered):
    config_maps = {cm["metadata"]["name"].rsplit("-", 1)[0]: cm["data"] for cm in by_kind(rendered["base"])["ConfigMap"]}
    config = REPO / "config"
    assert config_maps["guard-config"] == {
        "policy.yaml": (config / "policy.yaml").read_text(), "services.yaml": (config / "services.yaml").read_text(),
        "notices.yaml": (config / "notices/notices.yaml").read_text(), "page.html": (config / "notices/page.html").read_text(),
    }
    assert config_maps["guard-customers"] == {"customers.csv": (config / "customers.example.csv").read_text()}


# --- running what the image and the pod would run -----------------------------------------------

def remap(args: list[str], paths: dict[str, Path], ports: dict[str, int]) -> list[str]:
    """Container paths to test folders, 0.0.0.0 to 127.0.0.1, container ports to free ones."""
    out = []
    mounted = re.compile(r"(?<![\w/-])(" + "|".join(map(re.escape, sorted(paths, key=len, reverse=True))) + r")(?=/|$)")
    for option, value in pairs(args):
        value = mounted.sub(lambda match: str(paths[match[1]]), value)  # one pass: a new path is never remapped again
        value = value.replace("0.0.0.0", "127.0.0.1")
        for container_port, port in ports.items():
            value = re.sub(rf"(?<=[:=]){container_port}$|^{container_port}$", str(port), value)
        out += [option, value]
    return out


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=2) as answer:
            return answer.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return 0


def serve_until_ready(argv: list[str], log: Path, ready_url: str) -> subprocess.Popen:
    process = spawn(argv, log)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while get(ready_url) != 200:
        if process.poll() is not None or time.monotonic() > deadline:
            stop_process(process)
            pytest.fail(f"the guard did not become ready: {log.read_text(errors='replace')[-2000:]}")
        time.sleep(0.2)
    return process


def post_secret_prompt(proxy_port: int, ca_file: Path):
    """A secrecy-marked prompt to the real API host name: the guard blocks it before any
    connection is made (lazy strategy), so this needs no network, only the CA to be trusted."""
    import ssl

    import httpx

    with httpx.Client(proxy=f"http://127.0.0.1:{proxy_port}", verify=ssl.create_default_context(cafile=str(ca_file)), timeout=30) as client:
        return client.post("https://api.openai.com/v1/chat/completions", json={"model": "m", "messages": [{"role": "user", "content": SECRET_PROMPT}]})


def test_the_image_entrypoint_serves_with_its_state_in_the_volume(dockerfile, tmp_path):
    volume = json.loads(instructions(dockerfile, "VOLUME")[-1])[0]
    state = tmp_path / "state"
    for folder in ("ca", "audit"):  # made by the Dockerfile's install -d
        (state / folder).mkdir(parents=True)
    proxy_port, metrics_port = free_port(), free_port()
    args = remap(entrypoint(dockerfile)[2:], {volume: state, "/etc/guard": REPO / "config"}, {"8080": proxy_port, "9464": metrics_port})
    process = serve_until_ready([tool("guard"), "run", *args], tmp_path / "guard.log", f"http://127.0.0.1:{metrics_port}/readyz")
    try:
        healthcheck = json.loads(instructions(dockerfile, "HEALTHCHECK")[-1].split("CMD", 1)[1])
        assert healthcheck[0] == "python"
        probe = subprocess.run([sys.executable, *[part.replace(":9464/", f":{metrics_port}/") for part in healthcheck[1:]]], timeout=30)
        assert probe.returncode == 0
        answer = post_secret_prompt(proxy_port, state / "ca/mitmproxy-ca-cert.pem")
        assert answer.status_code == 403 and answer.json()["error"]["code"] == "dlp_blocked"
        assert (state / "audit.key").exists() and list((state / "audit").glob("audit-*.jsonl"))
    finally:
        stop_process(process)
    assert process.returncode == 0  # SIGTERM (docker stop) ends it cleanly


def materialise(volume: dict, resources: dict[tuple[str, str], dict], secrets_data: dict[str, dict[str, bytes]], folder: Path) -> None:
    """Write a ConfigMap or Secret volume as kubelet would: each key (or item path) a file."""
    if "configMap" in volume:
        source, data = volume["configMap"], {k: v.encode() for k, v in resources[("ConfigMap", volume["configMap"]["name"])]["data"].items()}
    else:
        source, data = volume["secret"], secrets_data[volume["secret"]["secretName"]]
    items = source.get("items") or [{"key": key, "path": key} for key in data]
    for item in items:
        target = folder / item["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data[item["key"]])


def test_the_overlay_pod_serves_from_its_config_maps_and_secrets(rendered, tmp_path):
    """The overlay's Deployment, run as its pod would be: ConfigMaps and Secrets as read-only
    files (the CA Secret made by `guard ca new`), the audit volume, probes on the metrics port."""
    resources = {(r["kind"], r["metadata"]["name"]): r for r in rendered["overlay"]}
    deployment = next(r for (kind, _), r in resources.items() if kind == "Deployment")
    spec = deployment["spec"]["template"]["spec"]
    container = spec["containers"][0]
    ca_made = subprocess.run([tool("guard"), "ca", "new", "--confdir", str(tmp_path / "new-ca"), "--org", "Exempel Kommun"], capture_output=True, text=True, timeout=120)
    assert ca_made.returncode == 0, ca_made.stderr
    secrets_data = {
        "guard-ca": {path.name: path.read_bytes() for path in (tmp_path / "new-ca").iterdir()},  # kubectl create secret generic --from-file=DIR
        "guard-audit-key": {"audit.key": (secrets.token_hex(32) + "\n").encode()},
    }
    volumes = {volume["name"]: volume for volume in spec["volumes"]}
    paths = {}
    for mount in container["volumeMounts"]:
        folder = tmp_path / "pod" / mount["name"]
        folder.mkdir(parents=True)
        if {"configMap", "secret"} & set(volumes[mount["name"]]):
            materialise(volumes[mount["name"]], resources, secrets_data, folder)
        paths[mount["mountPath"]] = folder
    ports = {str(port["containerPort"]): free_port() for port in container["ports"]}
    argv = [tool(container["command"][0]), *container["command"][1:], *remap(container["args"], paths, ports)]
    probe = container["readinessProbe"]["httpGet"]
    metrics_port = ports[str(next(p["containerPort"] for p in container["ports"] if p["name"] == probe["port"]))]
    proxy_port = ports[str(next(p["containerPort"] for p in container["ports"] if p["name"] == "proxy"))]
    options, settings = parse_args(container["args"])
    ca_folder, audit_folder = paths[options["--confdir"]], paths[settings["guard_audit_dir"]]
    ca_before = sorted(path.name for path in ca_folder.iterdir())
    log = tmp_path / "pod.log"
    process = serve_until_ready(argv, log, f"http://127.0.0.1:{metrics_port}{probe['path']}")
    try:
        assert get(f"http://127.0.0.1:{metrics_port}{container['livenessProbe']['httpGet']['path']}") == 200
        answer = post_secret_prompt(proxy_port, tmp_path / "new-ca/mitmproxy-ca-cert.pem")
        assert answer.status_code == 403 and answer.json()["error"]["code"] == "dlp_blocked"
    finally:
        stop_process(process)
    register = Path(settings["guard_customers"])
    customers = (paths[str(register.parent)] / register.name).read_text().strip().splitlines()
    assert f" {len(customers) - 1} customers" in log.read_text(errors="replace")  # the overlay's register, not the example
    assert sorted(path.name for path in ca_folder.iterdir()) == ca_before  # nothing written to the read-only Secret
    assert len(list(audit_folder.glob("audit-*.jsonl"))) == 1
