#!/usr/bin/env bash
# Smoke test of the BUILT program (dist/Lingkaran), headless, in temporary folders whose paths
# hold spaces and non-ASCII characters, as Windows user names do:
#
#   scripts/smoke_bundle.sh [DIST_FOLDER]      (default: dist/Lingkaran; build it first with
#                                               scripts/build_bundle.sh)
#
# Through the bundled executables only: --version, a district and a village (init), users, a
# worker typed in, a spreadsheet import, verification, program/station exchange, a batch export
# and its import at the district, the xlsx export, doctor; the desktop app started offscreen
# (first run and log-in), and a data folder on a read-only medium (CLI and desktop app).
# The python of .venv is used only to write the test spreadsheet and to read JSON answers.
# Prints one line per check and ends with "smoke: N passed, N failed"; exit code 0 when all pass.
set -uo pipefail

cd "$(dirname "$0")/.."
REPO=$PWD
DIST=${1:-dist/Lingkaran}
DIST=$(cd "$DIST" 2>/dev/null && pwd) || { echo "smoke: no bundle at ${1:-dist/Lingkaran}" >&2; exit 2; }
CLI="$DIST/lingkaran-cli"
GUI="$DIST/Lingkaran"
PY=${PYTHON:-$REPO/.venv/bin/python}
for f in "$CLI" "$GUI" "$PY"; do
  [ -x "$f" ] || { echo "smoke: missing $f" >&2; exit 2; }
done

TMP=$(mktemp -d)
WORK="$TMP/Dwi Ayu é/Lingkaran 100%"
VILLAGE="$WORK/desa data"
DISTRICT="$WORK/kabupaten ñ"
USB="$WORK/flashdisk kedua"
READONLY="$WORK/cd-rom (hanya baca)"
LOG="$TMP/smoke.log"
mkdir -p "$WORK" "$USB"

cleanup() {
  chattr -R -i "$READONLY" >/dev/null 2>&1
  chmod -R u+w "$TMP" >/dev/null 2>&1
  rm -rf "$TMP"
}
trap cleanup EXIT

export LINGKARAN_PASSWORD="rahasia-desa-1" LINGKARAN_NEW_PASSWORD="rahasia-desa-1"
export XDG_CONFIG_HOME="$TMP/config" QT_QPA_PLATFORM=offscreen
unset LINGKARAN_HOME

passed=0
failed=0
skipped=0
OUT=""

ok() { passed=$((passed + 1)); printf 'ok    %s\n' "$1"; }
bad() {
  failed=$((failed + 1)); printf 'FAIL  %s\n' "$1"
  printf '%s\n' "$OUT" | tail -n 15 | sed 's/^/      | /'
}

# step NAME EXPECTED_RC PATTERN -- COMMAND...: run, keep stdout+stderr in $OUT, check both.
step() {
  local name=$1 want=$2 pattern=$3; shift 4
  local start rc
  start=$(date +%s%N)
  OUT=$("$@" 2>&1); rc=$?
  printf '### %s (rc=%s)\n%s\n' "$name" "$rc" "$OUT" >>"$LOG"
  local ms=$(( ($(date +%s%N) - start) / 1000000 )) took
  took="$((ms / 1000)).$(( (ms % 1000) / 100 ))"
  if [ "$rc" != "$want" ]; then bad "$name (exit $rc, wanted $want, ${took} s)"; return 1; fi
  if [ -n "$pattern" ] && ! grep -qE -- "$pattern" <<<"$OUT"; then
    bad "$name (output lacks /$pattern/)"; return 1
  fi
  ok "$name (${took} s)"
}

json() { "$PY" -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$OUT" "$1"; }

lk() { "$CLI" "$@"; }
in_village() { "$CLI" --home "$VILLAGE" "$@"; }
in_district() { "$CLI" --home "$DISTRICT" "$@"; }

echo "smoke: bundle $DIST ($(du -sh "$DIST" | cut -f1)); work folder: $WORK"

# --- the bundle itself -----------------------------------------------------------------------
SOURCE_VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$REPO/lingkaran_desktop/__init__.py")
step "--version is $SOURCE_VERSION (the one in lingkaran_desktop/__init__.py)" 0 \
  "^lingkaran $SOURCE_VERSION\$" -- lk --version
step "--help lists the import command" 0 "^ +import " -- lk --help
HELP=$OUT
if command -v ldd >/dev/null; then
  missing=$(find "$DIST" -type f \( -name '*.so' -o -name '*.so.*' \) -exec ldd {} + 2>/dev/null \
            | grep 'not found' | sort -u)
  if [ -z "$missing" ]; then ok "every bundled library resolves its dependencies"
  else OUT=$missing; bad "libraries with unresolved dependencies"; fi
fi

# --- district and village ----------------------------------------------------------------------
step "district init (35.09) in a folder with non-ASCII characters" 0 '"role": "district"' -- \
  in_district init --role district --region 35.09 --admin kadis --json
step "village init (35.09.01.2001) in a folder with spaces, é and %" 0 '"role": "village"' -- \
  in_village init --role village --region 35.09.01.2001 --admin admin --json
[ -f "$VILLAGE/lingkaran.db" ] && ok "village database at the expected path" \
  || { OUT=$(ls -la "$WORK"); bad "village database missing"; }
step "district publishes the program" 0 '"fingerprint"' -- \
  in_district program publish --name "Lingkaran Cinta 2026" --year 2026 --start 2026-01-01 \
  --months 12 --quota-per-village 100 --out "$USB/program.lkprog" --json
step "village loads the program" 0 '"fingerprint"' -- \
  in_village program load "$USB/program.lkprog" --json
step "village exports its station key" 0 '"fingerprint"' -- \
  in_village station export --out "$USB/desa.lkstation" --json
step "district adds the village station" 0 '"fingerprint"' -- \
  in_district station add "$USB/desa.lkstation" --json
step "user add siti (operator)" 0 "" -- in_village --user admin user add siti --role operator
step "user add budi (verifier)" 0 "" -- in_village --user admin user add budi --role verifier
step "worker add (typed in)" 0 "" -- in_village --user siti worker add --nik 3509015205800001 \
  --name "Siti Aminah" --sex P --birth-date 1980-05-12 --occupation P006 --mother "Ibu Kandung"

# --- spreadsheet import ------------------------------------------------------------------------
SHEET="$WORK/usulan desa é.xlsx"
"$PY" - "$SHEET" <<'PY'
import sys
from datetime import date

from openpyxl import Workbook

wb = Workbook()
ws = wb.active
ws.title = "Usulan"
ws.append(["Daftar usulan calon peserta"])
ws.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan", "Nama Ibu"])
rows = [("3509011708790002", "Budi Santoso", "L", date(1979, 8, 17), "buruh tani", "Sumirah"),
        ("3509014411850003", "Dewi Lestari", "P", date(1985, 11, 4), "pedagang", "Sumirah"),
        ("3509010203900004", "Agus Wibowo", "L", date(1990, 3, 2), "nelayan", "Sumirah"),
        ("35090100000", "Baris Rusak", "L", "bukan tanggal", "petani", "")]
for row in rows:
    ws.append(list(row))
for cell in ws["A"][2:]:
    cell.number_format = "@"
wb.save(sys.argv[1])
PY
step "import of a generated xlsx: 3 imported, 1 rejected" 0 '"imported": 3' -- \
  in_village --user siti import "$SHEET" --errors "$WORK/ditolak.xlsx" --json
grep -q '"rejected": 1' <<<"$OUT" && ok "the bad row is rejected" || bad "the bad row is not rejected"
[ -s "$WORK/ditolak.xlsx" ] && ok "rejected rows written to an xlsx for correction" \
  || bad "no rejected-rows workbook"
step "worker list shows 4 candidates" 0 '"count": 4' -- in_village --user siti worker list --json
step "verify --all" 0 "" -- in_village --user budi verify --all
step "export the list to xlsx" 0 "" -- \
  in_village --user budi export --out "$WORK/ekspor desa.xlsx" --json
[ -s "$WORK/ekspor desa.xlsx" ] && ok "xlsx export written" || { OUT=""; bad "xlsx export missing"; }

# Cards and the recap exist only in newer versions: checked when --help lists them.
if grep -qE '^ +cards ' <<<"$HELP"; then
  step "cards: temporary cards of the verified, as PDF (reportlab, fonts, QR)" 0 "" -- \
    in_village --user budi cards --status verified --out "$WORK/kartu sementara é.pdf" --json
  [ "$(head -c 5 "$WORK/kartu sementara é.pdf" 2>/dev/null)" = "%PDF-" ] && ok "card PDF written" \
    || bad "no card PDF"
  if grep -qE '^ +verify-card ' <<<"$HELP" && command -v pdftoppm >/dev/null; then
    # A 300 dpi "scan" of the first page; the QR is read back by the bundled zxing-cpp and its
    # signature checked. A card of a verified (not yet enrolled) worker is genuine but temporary.
    pdftoppm -r 300 -f 1 -l 1 -png "$WORK/kartu sementara é.pdf" "$WORK/pindaian"
    step "verify-card reads the QR of a scanned card (genuine, temporary)" 1 \
      'CARD_PROVISIONAL' -- in_village verify-card --image "$WORK/pindaian-1.png" --json
  fi
fi

# --- batch to the district -----------------------------------------------------------------------
if step "batch export to the flash disk" 0 '"records": 4' -- \
     in_village --user budi batch export --out "$USB" --json; then
  BATCH=$(json path)
  step "district imports the batch" 0 '"outcome": "accepted"' -- \
    in_district --user kadis batch import "$BATCH" --json
  step "district refuses the same batch twice" 0 '"outcome": "already_imported"' -- \
    in_district --user kadis batch import "$BATCH" --json
fi
if grep -qE '^ +report ' <<<"$HELP"; then
  step "district recap workbook (report)" 0 "" -- \
    in_district --user kadis report --out "$WORK/rekap kabupaten.xlsx" --json
fi
step "doctor (village)" 0 "Semua baik" -- in_village doctor
step "doctor (district)" 0 "Semua baik" -- in_district doctor

# --- the desktop app, offscreen ------------------------------------------------------------------
# LINGKARAN_SMOKE_QUIT_MS (ui/smoke.py) makes the app report its windows and quit. Without the
# hook wired into ui/app.py the app keeps running: then "started" is judged from the log and the
# process is stopped after GUI_WAIT seconds.
GUI_WAIT=${GUI_WAIT:-12}
gui() {  # gui NAME HOME PATTERN [strict]: strict = a judgement the log alone cannot give
  local name=$1 home=$2 pattern=$3 strict=${4:-} rc before=0 logfile="$2/logs/lingkaran.log"
  [ -f "$logfile" ] && before=$(wc -c <"$logfile")
  OUT=$(LINGKARAN_HOME="$home" LINGKARAN_SMOKE_QUIT_MS=2500 timeout "$GUI_WAIT" "$GUI" 2>&1); rc=$?
  printf '### gui %s (rc=%s)\n%s\n' "$name" "$rc" "$OUT" >>"$LOG"
  if [ "$rc" = 0 ] && grep -qE -- "$pattern" <<<"$OUT"; then
    ok "desktop app: $name — $(grep -m1 '^smoke:' <<<"$OUT" | cut -c1-160)"
  elif [ "$rc" = 124 ] && ! grep -q '^smoke:' <<<"$OUT"; then
    # The hook is not wired into ui/app.py: the app ran until it was stopped.
    if [ -n "$strict" ]; then
      skipped=$((skipped + 1))
      printf 'skip  desktop app: %s — cannot tell without LINGKARAN_SMOKE_QUIT_MS wired into ui/app.py (it did not crash in %s s)\n' "$name" "$GUI_WAIT"
    elif [ -f "$logfile" ] && tail -c +"$((before + 1))" "$logfile" | grep -q "desktop app started"; then
      ok "desktop app: $name — started and still running after ${GUI_WAIT} s, stopped (hook not wired)"
    else
      bad "desktop app: $name (ran ${GUI_WAIT} s without logging 'desktop app started')"
    fi
  else
    bad "desktop app: $name (exit $rc)"
  fi
}
gui "first run shows the set-up wizard" "$WORK/baru é" "FirstRunWizard"
gui "installed village shows the log-in" "$VILLAGE" "LoginDialog"

# --- a data folder on a read-only medium ---------------------------------------------------------
cp -a "$VILLAGE" "$READONLY"
rm -f "$READONLY"/lingkaran.db-wal "$READONLY"/lingkaran.db-shm
if chattr -R +i "$READONLY" 2>/dev/null; then
  how="immutable (chattr +i)"
else
  chmod -R a-w "$READONLY"; how="chmod a-w"
  [ "$(id -u)" = 0 ] && how="$how — root ignores it, this check proves little"
fi
echo "      (read-only folder: $how)"
step "CLI on a read-only data folder refuses with a message, no traceback" 1 \
  "^lingkaran: .*(hanya bisa dibaca|tidak dapat dibuka|read-only)" -- \
  "$CLI" --home "$READONLY" --user siti worker list
if grep -q Traceback <<<"$OUT"; then bad "the read-only refusal printed a traceback"; fi
gui "read-only data folder: a message, not a crash" "$READONLY" "QMessageBox" strict
chattr -R -i "$READONLY" >/dev/null 2>&1; chmod -R u+w "$READONLY"

echo "smoke: log of every command in $LOG (removed on exit; set KEEP=1 to keep it)"
if [ "${KEEP:-0}" = 1 ]; then cp "$LOG" "$REPO/build/smoke.log" 2>/dev/null && echo "smoke: kept build/smoke.log"; fi
echo "smoke: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
