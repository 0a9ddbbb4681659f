# The two commands of the README. Both set up .venv/ first (idempotent).
.PHONY: run test bench

run:
	@deploy/bootstrap.sh
	.venv/bin/guard run

test:
	@deploy/bootstrap.sh test
	.venv/bin/python -m pytest

bench:
	@deploy/bootstrap.sh test
	.venv/bin/guard bench
	.venv/bin/guard bench-proxy
	.venv/bin/guard bench-scale
