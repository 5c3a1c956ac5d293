"""Many made-up candidates, fast: one Core INSERT (test data only; no audit events).

The services' register path takes a few ms per record; list tests and the GUI benchmark need
thousands to 100,000 rows, so they are written straight into the candidate table.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

from sqlalchemy import insert, select

from lingkaran_desktop.store.models import Candidate, Program
from lingkaran_desktop.store.store import Store

FIRST = ("Siti", "Budi", "Ahmad", "Sri", "Dewi", "Agus", "Nur", "Rina", "Joko", "Wati", "Eko",
         "Yuli", "Hadi", "Ani", "Slamet", "Tini", "Bambang", "Lestari", "Imam", "Umi")
LAST = ("Aminah", "Santoso", "Hidayat", "Wahyuni", "Susanto", "Rahayu", "Pratama", "Lestari",
        "Saputra", "Kurniawan", "Fauzi", "Maryati", "Setiawan", "Handayani", "Mulyono")
OCCUPATIONS = ("P001", "P003", "P005", "P006", "P027", "P031", "P050", "P070")
STATUSES = ("proposed", "proposed", "verified", "verified", "verified", "enrolled", "rejected")


def made_up_nik(rng: random.Random, birth: date, sex: str) -> str:
    day = birth.day + (40 if sex == "P" else 0)
    return f"350901{day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 9999):04d}"


def insert_candidates(store: Store, n: int, seed: int = 7, entered_by: str = "siti",
                      village: str = "35.09.01.2001") -> int:
    rng = random.Random(seed)
    now = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
    with store.engine.begin() as conn:
        program_id = conn.execute(
            select(Program.id).where(Program.active == True).order_by(Program.id.desc())  # noqa: E712
        ).scalar_one()
        seen = set(conn.execute(select(Candidate.nik)).scalars())
        rows = []
        while len(rows) < n:
            sex = rng.choice("LP")
            birth = date(rng.randint(1962, 2006), rng.randint(1, 12), rng.randint(1, 28))
            nik = made_up_nik(rng, birth, sex)
            if nik in seen:
                continue
            seen.add(nik)
            status = rng.choice(STATUSES)
            rows.append({
                "program_id": program_id,
                "nik": nik,
                "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                "sex": sex,
                "birth_date": birth,
                "village_code": village,
                "rt": f"{rng.randint(1, 12):03d}",
                "rw": f"{rng.randint(1, 5):03d}",
                "occupation_code": rng.choice(OCCUPATIONS),
                "funding": "APBD",
                "warnings": "NIK_BIRTHDATE_MISMATCH" if rng.random() < 0.1 else "",
                "status": status,
                "kpj": f"{rng.randint(10**10, 10**11 - 1)}" if status == "enrolled" else None,
                "rejection_reason": "Bukan warga desa ini" if status == "rejected" else None,
                "entered_by": entered_by,
                "entered_at": now,
                "updated_at": now,
            })
        conn.execute(insert(Candidate.__table__), rows)
    return n
