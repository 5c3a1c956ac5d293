#!/usr/bin/env bash
# The long form of the crash-safety test: many SIGKILLs during large imports.
# Usage: bash bench/kill_loop.sh [KILLS_PER_SEED]   (default 25)
set -euo pipefail
cd "$(dirname "$0")/.."
LINGKARAN_KILL_LOOPS="${1:-25}" .venv/bin/python -m pytest -q tests/safety/test_kill.py
