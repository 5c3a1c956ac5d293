"""District batch import: 500 batches holding 100,000 candidates, against a floor.

Floor (same files, same run): read + unpack + verify signature + decrypt + parse every batch, plus
a bare sqlite3 executemany of the same rows into a table of the same width. Target: import within
3x the floor. Usage: python bench/exchange.py [BATCHES] [RECORDS_PER_BATCH]
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lingkaran_desktop.exchange import container  # noqa: E402
from lingkaran_desktop.exchange.keys import StationKeys  # noqa: E402
from lingkaran_desktop.paths import Home  # noqa: E402
from lingkaran_desktop.services.batches import (  # noqa: E402
    BATCH_KIND,
    RECORD_FIELDS,
    import_batches,
    payload_info,
)
from lingkaran_desktop.services.installation import create_installation  # noqa: E402
from lingkaran_desktop.services.trust import publish_program  # noqa: E402
from lingkaran_desktop.store.models import PeerStation  # noqa: E402

PASSWORD = "bench-password-1"
DISTRICTS = ["350901", "350902", "350903", "350904", "350905"]
VILLAGE = "35.09.01.2001"
STATION = "9b1c6a52-3c1e-4a43-9d1e-1f5a2b7c0d11"


def make_records(rng: random.Random, start: int, count: int) -> list[dict]:
    records = []
    for i in range(start, start + count):
        serial, k = i % 9000 + 1, i // 9000  # (k, serial) is unique, so the NIK is too
        sex = "P" if i % 2 else "L"
        birth = date(1965 + k % 40, 1 + k % 12, 1 + (k * 7 + i % 3) % 28)
        day = birth.day + (40 if sex == "P" else 0)
        nik = f"{DISTRICTS[k % 5]}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
        name = f"Pekerja {rng.choice('ABCDEFGH')} {chr(65 + i % 26)}{chr(65 + i // 26 % 26)}"
        records.append({
            "nik": nik, "kk": None, "name": name, "sex": sex,
            "birth_place": "Jember", "birth_date": birth.isoformat(), "mother_name": "Ibu",
            "address": "Dusun Krajan", "rt": "001", "rw": "002", "village_code": VILLAGE,
            "phone": "+6281234567890", "occupation_code": "P006", "income": None, "desil": 2,
            "funding": "APBD", "proposed_by": "RT 1", "notes": None, "warnings": "",
            "entered_by": "siti", "entered_at": "2026-02-01T08:00:00+00:00",
            "verified_by": "budi", "verified_at": "2026-02-02T08:00:00+00:00",
        })  # fmt: skip
    return records


def main() -> None:
    batches = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    per_batch = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    from lingkaran_desktop.exchange import keys as keys_module

    keys_module.KDF_MEMORY_KIB = 8 * 1024  # set-up speed only; not what is measured
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="lk-bench-") as tmp_name:
        tmp = Path(tmp_name)
        store, admin = create_installation(Home(tmp / "d"), "district", "35.09", "kadis", PASSWORD)
        publish_program(store, admin, tmp / "p.lkprog", name="Bench", year=2026,
                        start=date(2026, 1, 1), months=12)  # fmt: skip
        village = StationKeys.generate()
        with store.session() as session:
            from lingkaran_desktop.services.installation import active_program, installation_of

            program = active_program(session)
            district_id = installation_of(session).station_id
            district_enc = session.get(
                __import__("lingkaran_desktop.store.models", fromlist=["StationKey"]).StationKey,
                "x25519",
            ).public
            session.add(PeerStation(
                station_id=STATION, role="village", region_code=VILLAGE, region_name="Bench",
                signing_key=village.signing_public, encryption_key=village.encryption_public,
                fingerprint=village.fingerprint, added_by="bench", added_at=datetime.now(UTC),
            ))  # fmt: skip
            uid = program.uid
        files = []
        for n in range(1, batches + 1):
            plain = container.encode_json(
                {"records": make_records(rng, (n - 1) * per_batch, per_batch),
                 "corrections": [], "withdrawals": []}
            )  # fmt: skip
            manifest = {"program_uid": uid, "sender": STATION, "sender_region": VILLAGE,
                        "recipient": district_id, "sequence": n, "record_count": per_batch}
            sealed = container.encrypt(plain, district_enc,
                                       payload_info(BATCH_KIND, uid, STATION, district_id, n))
            path = tmp / "usb" / f"{VILLAGE}-{n:04d}.lkbatch"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(container.pack(BATCH_KIND, manifest, sealed, village.signing))
            files.append(path)  # fmt: skip

        # Floor: parse and open every file, then a bare insert of the same rows.
        from lingkaran_desktop.services.keyring import open_station_keys

        with store.session() as session:
            own = open_station_keys(session, admin.name, admin.key)
        t0 = time.perf_counter()
        rows = []
        for n, path in enumerate(files, 1):
            env = container.unpack(path.read_bytes(), BATCH_KIND)
            container.verify(env, village.signing_public)
            plain = container.decrypt(env.payload, own.encryption,
                                      payload_info(BATCH_KIND, uid, STATION, district_id, n))
            rows.extend(tuple(r[f] for f in RECORD_FIELDS)
                        for r in container.decode_json(plain)["records"])  # fmt: skip
        con = sqlite3.connect(tmp / "floor.db")
        con.execute(f"CREATE TABLE t ({', '.join(RECORD_FIELDS)})")
        con.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(RECORD_FIELDS))})", rows)
        con.commit()
        con.close()
        floor = time.perf_counter() - t0

        t0 = time.perf_counter()
        for result in import_batches(store, admin, files):  # as `batch import FILE...` does
            if result.outcome != "accepted":
                raise SystemExit(f"{result.file}: {result.outcome} {result.reason}")
        took = time.perf_counter() - t0
        total = batches * per_batch
        print(f"batches: {batches}, records: {total:,}")
        print(f"floor (open+verify+decrypt+parse + bare sqlite3 insert): {floor:.2f} s")
        print(f"district import (validate, dedupe, insert, audit): {took:.2f} s "
              f"({total / took:,.0f} records/s)")
        print(f"ratio: {took / floor:.1f}x (target <= 3x)")
        store.close()


if __name__ == "__main__":
    main()
