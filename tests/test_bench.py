"""`guard bench`'s worst cases: each body is what it says (valid chat JSON of the inline size)
and every one is checked and timed."""

from __future__ import annotations

import json

from guard.bench import INLINE_SIZE, run_worst_case_benchmark, worst_case_bodies


def test_worst_case_bodies_are_chat_requests_of_the_inline_size():
    for name, body in worst_case_bodies().items():
        assert 0.9 * INLINE_SIZE <= len(body) <= 1.1 * INLINE_SIZE, name
        assert json.loads(body)["messages"], name


def test_every_worst_case_is_timed_and_printed(capsys):
    results = run_worst_case_benchmark(rounds=1)
    assert set(results) == set(worst_case_bodies()) and all(ms > 0 for ms in results.values())
    assert "Worst cases at 32 KB" in capsys.readouterr().out
