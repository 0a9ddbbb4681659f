"""Loading and validating the configuration: policy.yaml and the customer register.

Every error names the file, the line, the key and what is wrong, in one line, because
the people who edit these files are administrators, not Python developers.
"""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path
from typing import Literal

import regex
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from recognizers import ENTITY_TYPES
from recognizers.customers import RegisterName

# Header names of a register's optional customer-number column, the first one present is used.
CUSTOMER_NUMBER_COLUMNS = ("kundnummer", "kundnr", "customer_number", "number")

DEFAULT_CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"
Action = Literal["allow", "log", "redact", "block"]
SEVERITY: dict[str, int] = {"allow": 0, "log": 1, "redact": 2, "block": 3}


class ConfigError(Exception):
    """A configuration problem, worded for the administrator who must fix it."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntityRule(_Strict):
    action: Action
    threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    placeholder: str | None = Field(default=None, pattern=r"^[A-ZÅÄÖ_]+$")


class CoOccurrenceRule(_Strict):
    id: str
    entity: str
    with_any: list[str]
    min_score: float = Field(default=0.5, ge=0.0, le=1.0)
    action: Action

    @field_validator("entity")
    @classmethod
    def _known_entity(cls, value: str) -> str:
        return _check_entity(value)

    @field_validator("with_any")
    @classmethod
    def _known_entities(cls, values: list[str]) -> list[str]:
        return [_check_entity(v) for v in values]


class Allowlist(_Strict):
    values: list[str] = []
    patterns: list[str] = []

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                regex.compile(pattern)
            except regex.error as exc:
                raise ValueError(f"pattern {pattern!r} is not a valid regular expression ({exc})") from None
        return patterns


class AuditSettings(_Strict):
    """The audit trail (guard/audit.py): how long files are kept, what is written, who is named."""

    retention_days: int = Field(default=90, ge=1)
    all_decisions: bool = False
    client_identity: str = "none"

    @field_validator("client_identity")
    @classmethod
    def _identity_source(cls, value: str) -> str:
        if not regex.fullmatch(r"none|proxy_auth|header:[A-Za-z0-9-]+", value):
            raise ValueError(f"expected none, proxy_auth or header:<Header-Name> (got {value!r})")
        return value


class Policy(_Strict):
    version: Literal[1] = 1
    mode: Literal["enforce", "monitor"] = "enforce"
    fail_mode: Literal["closed", "open"] = "closed"
    restore_replies: bool = True
    default_threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    customers: str | None = None
    entities: dict[str, EntityRule]
    co_occurrence: list[CoOccurrenceRule] = []
    allowlist: Allowlist = Allowlist()
    audit: AuditSettings = AuditSettings()

    @field_validator("entities")
    @classmethod
    def _known_entities(cls, entities: dict[str, EntityRule]) -> dict[str, EntityRule]:
        for name in entities:
            _check_entity(name)
        return entities

    @model_validator(mode="after")
    def _every_entity_has_a_rule(self) -> "Policy":
        missing = [e for e in ENTITY_TYPES if e not in self.entities]
        if missing:
            raise ValueError(f"entities: no rule for {', '.join(missing)} (every entity type needs an action)")
        return self

    def threshold(self, entity: str) -> float:
        rule = self.entities[entity]
        return self.default_threshold if rule.threshold is None else rule.threshold

    def placeholder(self, entity: str) -> str:
        return self.entities[entity].placeholder or entity


def _check_entity(name: str) -> str:
    if name not in ENTITY_TYPES:
        raise ValueError(f"unknown entity type {name!r} (known: {', '.join(ENTITY_TYPES)})")
    return name


class GuardConfig(BaseModel):
    """Everything the detection engine needs, and a version string for audit records."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)
    policy: Policy
    customers: tuple[RegisterName, ...]  # names, each with its customer number
    version: str
    source: str


def load_config(config_dir: Path | None = None, customers_file: Path | None = None) -> GuardConfig:
    config_dir = Path(config_dir) if config_dir else DEFAULT_CONFIG_DIR
    policy_path = config_dir / "policy.yaml"
    policy_text = _read_text(policy_path)
    policy = parse_policy(policy_text, str(policy_path))
    if customers_file is None and policy.customers:
        customers_file = config_dir / policy.customers
    customers_text = _read_text(Path(customers_file)) if customers_file else ""
    customers = tuple(parse_customers(customers_text, str(customers_file))) if customers_file else ()
    digest = hashlib.sha256((policy_text + "\0" + customers_text).encode("utf-8")).hexdigest()[:12]
    return GuardConfig(policy=policy, customers=customers, version=digest, source=str(config_dir))


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, expected a file") from None
    except PermissionError:
        raise ConfigError(f"{path}: not readable (permission denied)") from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}:{line}: not valid UTF-8 (byte {exc.start})") from None


def parse_policy(text: str, filename: str) -> Policy:
    return validate_yaml(Policy, text, filename)


def validate_yaml(model: type[BaseModel], text: str, filename: str):
    """Parse YAML and validate it with a pydantic model; a ConfigError names file:line: key."""
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{filename}:{mark.line + 1}" if mark else filename
        raise ConfigError(f"{where}: not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{filename}:1: expected a mapping of settings at the top level")
    lines = _key_lines(root)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        path = tuple(str(p) for p in error["loc"])
        line = next((lines[path[:n]] for n in range(len(path), -1, -1) if path[:n] in lines), 1)
        key = ".".join(path) or "(top level)"
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown setting"
        elif error["type"] == "literal_error":
            message = f"{message} (got {error.get('input')!r})"
        raise ConfigError(f"{filename}:{line}: {key}: {message}") from None


def _key_lines(node, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], int]:
    """Line number (1-based) of every key and list item in a composed YAML document."""
    lines: dict[tuple[str, ...], int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = path + (str(key_node.value),)
            lines[child] = key_node.start_mark.line + 1
            lines.update(_key_lines(value_node, child))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = path + (str(index),)
            lines[child] = item.start_mark.line + 1
            lines.update(_key_lines(item, child))
    return lines


def parse_customers(text: str, filename: str) -> list[RegisterName]:
    """Names from a customer register CSV (header row with a ``name`` column; , or ; separated),
    each with its customer number when the header has one of CUSTOMER_NUMBER_COLUMNS."""
    if not text.strip():
        raise ConfigError(f"{filename}: empty file, expected a header row with a 'name' column")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader)]
    if "name" not in header:
        raise ConfigError(f"{filename}:1: no 'name' column in the header (found: {', '.join(header) or 'nothing'})")
    column = header.index("name")
    number_column = next((header.index(c) for c in CUSTOMER_NUMBER_COLUMNS if c in header), None)
    names = []
    for row in reader:
        if len(row) > column and row[column].strip():
            number = row[number_column].strip() if number_column is not None and len(row) > number_column else ""
            names.append(RegisterName(row[column].strip(), number))
    return names
