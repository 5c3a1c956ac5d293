"""District scale: 10k → 100k → 1M participants from 200-record village batches, on SQLite and
PostgreSQL. Measures batch import throughput, a search by name and by NIK prefix (target under
100 ms at 1M), the recap workbook and the BPJS export, and how each grows.

Usage: python bench/district_scale.py [MAX] [--engines sqlite,postgresql] [--no-export]
PostgreSQL runs in a throwaway cluster (Debian's initdb/pg_ctl), as in the tests.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from contextlib import nullcontext
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from exchange import make_records  # noqa: E402

from lingkaran_desktop.domain.regions import children_of  # noqa: E402
from lingkaran_desktop.exchange import container  # noqa: E402
from lingkaran_desktop.exchange import keys as keys_module  # noqa: E402
from lingkaran_desktop.exchange.keys import StationKeys  # noqa: E402
from lingkaran_desktop.paths import Home  # noqa: E402
from lingkaran_desktop.services.batches import BATCH_KIND, import_batch, payload_info  # noqa: E402
from lingkaran_desktop.services.bpjs import export_registration  # noqa: E402
from lingkaran_desktop.services.candidates import list_candidates  # noqa: E402
from lingkaran_desktop.services.installation import (  # noqa: E402
    active_program,
    create_installation,
    installation_of,
)
from lingkaran_desktop.services.recap import write_recap  # noqa: E402
from lingkaran_desktop.services.trust import publish_program  # noqa: E402
from lingkaran_desktop.store.models import PeerStation, StationKey  # noqa: E402

PER_BATCH = 200
PASSWORD = "bench-password-1"


def villages() -> list[str]:
    out = []
    for district in children_of("35.09"):
        out += [v.code for v in children_of(district.code)]
    return out


def run(engine_name: str, url: str | None, sizes: list[int], export: bool, tmp: Path) -> None:
    store, admin = create_installation(
        Home(tmp / engine_name), "district", "35.09", "kadis", PASSWORD, url=url
    )
    publish_program(store, admin, tmp / f"{engine_name}.lkprog", name="Skala", year=2026,
                    start=date(2026, 1, 1), months=12)  # fmt: skip
    with store.session() as session:
        uid = active_program(session).uid
        me = installation_of(session).station_id
        enc = session.get(StationKey, "x25519").public
    codes = villages()
    rng = random.Random(11)
    done = 0
    print(f"\n== {engine_name} ==")
    print(f"{'participants':>12} {'import rec/s':>13} {'name search':>12} {'NIK search':>11} "
          f"{'recap':>8} {'BPJS export':>12}")  # fmt: skip
    for size in sizes:
        t0 = time.perf_counter()
        imported = 0
        while done < size:
            n = done // PER_BATCH
            keys = StationKeys.generate()
            station = f"00000000-0000-4000-8000-{n:012d}"
            village = codes[n % len(codes)]
            with store.session() as session:
                session.add(PeerStation(
                    station_id=station, role="village", region_code=village, region_name="",
                    signing_key=keys.signing_public, encryption_key=keys.encryption_public,
                    fingerprint=keys.fingerprint, added_by="bench", added_at=datetime.now(UTC),
                ))  # fmt: skip
            records = make_records(rng, done, PER_BATCH)
            for r in records:
                r["village_code"] = village
            sealed = container.encrypt(
                container.encode_json({"records": records}), enc,
                payload_info(BATCH_KIND, uid, station, me, 1),
            )  # fmt: skip
            manifest = {"program_uid": uid, "sender": station, "sender_region": village,
                        "recipient": me, "sequence": 1, "record_count": PER_BATCH}
            path = tmp / "batch.lkbatch"
            path.write_bytes(container.pack(BATCH_KIND, manifest, sealed, keys.signing))
            result = import_batch(store, admin, path)
            if result.outcome != "accepted":
                raise SystemExit(f"batch {n}: {result.reason}")
            done += PER_BATCH
            imported += PER_BATCH
        rate = imported / (time.perf_counter() - t0)

        def timed(fn) -> float:
            samples = []
            for _ in range(15):
                t = time.perf_counter()
                fn()
                samples.append(time.perf_counter() - t)
            return statistics.median(samples) * 1000

        name_ms = timed(lambda: list_candidates(store, admin, search="pekerja c ab", limit=100))
        nik_ms = timed(lambda: list_candidates(store, admin, search="35090302", limit=100))
        t = time.perf_counter()
        write_recap(store, admin, tmp / "rekap.xlsx")
        recap_s = time.perf_counter() - t
        export_s = float("nan")
        if export:
            t = time.perf_counter()
            export_registration(store, admin, tmp / "bpjs.xlsx")
            export_s = time.perf_counter() - t
        print(f"{done:>12,} {rate:>13,.0f} {name_ms:>10.1f}ms {nik_ms:>9.1f}ms "
              f"{recap_s:>7.1f}s {export_s:>11.1f}s", flush=True)  # fmt: skip
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("max", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--no-export", action="store_true")
    args = parser.parse_args()
    sizes = [s for s in (10_000, 100_000, 1_000_000) if s <= args.max] or [args.max]
    keys_module.KDF_MEMORY_KIB = 8 * 1024  # set-up speed only
    for engine in args.engines.split(","):
        with tempfile.TemporaryDirectory(prefix="lk-scale-") as tmp_name:
            if engine == "postgresql":
                from tests import pg

                cluster = pg.cluster()
            else:
                cluster = nullcontext(None)
            with cluster as admin_url:
                if admin_url is None:
                    run(engine, None, sizes, not args.no_export, Path(tmp_name))
                else:
                    with pg.fresh_database(admin_url) as url:
                        run(engine, url, sizes, not args.no_export, Path(tmp_name))


if __name__ == "__main__":
    main()
