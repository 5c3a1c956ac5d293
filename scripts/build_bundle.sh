#!/usr/bin/env bash
# Build the desktop app folder with PyInstaller: the one command.
#
#   scripts/build_bundle.sh            -> dist/Lingkaran/ (Lingkaran + lingkaran-cli + _internal/)
#
# On first use it creates .venv (as `make test` does), adds PyInstaller to it (the `build` extra
# of pyproject.toml: a build tool, never a runtime dependency) and installs Debian's binutils
# (PyInstaller needs objdump; strip shrinks the libraries). Then it builds from build.spec into
# dist/ (work files in build/; both are ignored by git) and prints the build time and the
# folder size. Then run scripts/smoke_bundle.sh to test what was built.
# Windows: the README's "Building the Windows folder" section; the same build.spec.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
PY=$VENV/bin/python

if ! command -v objdump >/dev/null || ! command -v strip >/dev/null; then
  echo "build: installing binutils (objdump, strip)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq binutils
fi

# The project's environment, exactly as the Makefile makes it (runtime and test dependencies).
make --no-print-directory -s "$VENV/.installed"

if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  # The requirement lives once, in pyproject.toml's `build` extra.
  mapfile -t requirements < <("$PY" - <<'PY'
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["optional-dependencies"]["build"]))
PY
)
  echo "build: installing ${requirements[*]} into $VENV"
  "$PY" -m pip install --quiet "${requirements[@]}"
fi

echo "build: PyInstaller $("$PY" -m PyInstaller --version), $("$PY" --version)"
start=$(date +%s%N)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
  build.spec
seconds=$(( ($(date +%s%N) - start) / 1000000000 ))

folder=dist/Lingkaran
echo "build: $folder in ${seconds} s"
echo "build: size $(du -sh "$folder" | cut -f1) ($(du -sb "$folder" | cut -f1) bytes), $(find "$folder" -type f | wc -l) files"
echo "build: next, scripts/smoke_bundle.sh"
