#!/usr/bin/env bash
# Creates .venv/ at the repository root with a Python >= 3.12 and installs the guard
# (pinned by requirements.lock). Idempotent: does nothing when the lock and pyproject
# have not changed since the last successful install.
#   deploy/bootstrap.sh          runtime dependencies
#   deploy/bootstrap.sh test     runtime + test dependencies
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
extras="${1:-}"

find_python() {
    local candidates=()
    [ -n "${GUARD_PYTHON:-}" ] && candidates+=("$GUARD_PYTHON")
    candidates+=(python3.13 python3.12)
    local pyenv_root="${PYENV_ROOT:-$HOME/.pyenv}"
    for minor in 13 12; do
        for dir in "$pyenv_root"/versions/3."$minor".*; do
            [ -x "$dir/bin/python" ] && candidates+=("$dir/bin/python")
        done
    done
    candidates+=(python3)
    for py in "${candidates[@]}"; do
        if command -v "$py" >/dev/null 2>&1 &&
           "$py" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
            command -v "$py"
            return 0
        fi
    done
    return 1
}

stamp=".venv/.installed${extras:+-$extras}"
want="$(cat pyproject.toml requirements.lock | sha256sum | cut -d' ' -f1)"
# A test install also satisfies a runtime one.
satisfied=("$stamp")
[ -z "$extras" ] && satisfied+=(.venv/.installed-test)
for f in "${satisfied[@]}"; do
    if [ -x .venv/bin/guard ] && [ -f "$f" ] && [ "$(cat "$f")" = "$want" ]; then
        exit 0
    fi
done

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
    if ! python="$(find_python)"; then
        echo "guard: needs Python 3.12 or newer (3.13 recommended; mitmproxy 12 requires it)." >&2
        echo "guard: install one, e.g. 'pyenv install 3.13' or 'apt-get install python3.13 python3.13-venv'," >&2
        echo "guard: or point GUARD_PYTHON at its interpreter, then run this again." >&2
        exit 1
    fi
    echo "guard: creating .venv with $python ($("$python" --version 2>&1))" >&2
    rm -rf .venv
    "$python" -m venv .venv
fi

echo "guard: installing pinned dependencies into .venv (first run takes about a minute)" >&2
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
spec="."
[ -n "$extras" ] && spec=".[${extras}]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e "$spec"
rm -f .venv/.installed*
echo "$want" > "$stamp"
