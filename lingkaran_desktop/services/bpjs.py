"""District ↔ BPJS Ketenagakerjaan: the registration workbook out, BPJS's answer in.

BPJS publishes no template; the columns below are the program's default and are documented in
the README. NIK, KPJ and phone numbers are written as text cells. The export honours the
program's quota per village and its budget ceiling: records beyond them stay *submitted* and are
reported, never silently sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func
from sqlalchemy import select as sa_select
from sqlmodel import select

from lingkaran_desktop import clock
from lingkaran_desktop.domain.contribution import budget, monthly_contribution
from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.domain.nik import check_excel_damage, mask_nik, normalize_nik
from lingkaran_desktop.domain.program import ProgramRules
from lingkaran_desktop.domain.status import STATUS_LABELS_ID, CandidateStatus
from lingkaran_desktop.excel.file_dates import saved_at
from lingkaran_desktop.excel.headers import header_key
from lingkaran_desktop.excel.reader import open_book
from lingkaran_desktop.excel.writer import Column, SheetSpec, write_workbook
from lingkaran_desktop.services.audit import AuditWriter, diff, lock_chain, row_state
from lingkaran_desktop.services.changes import (
    APPLIED,
    IN,
    WITHDRAWAL,
    bpjs_changes,
    mark_bpjs_passed,
)
from lingkaran_desktop.services.installation import (
    active_program,
    installation_of,
    own_programs,
    rules_of,
)
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.spreadsheet_import import file_sha256
from lingkaran_desktop.services.trust import require_role
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import Candidate, CandidateChange, ExchangeLedger, Program
from lingkaran_desktop.store.store import Store

register(
    "BPJS_NOTHING_TO_SEND",
    "Tidak ada peserta berstatus 'diajukan' yang belum dikirim ke BPJS.",
    "There are no submitted participants left to send to BPJS.",
)
register(
    "BPJS_NO_CHANGES",
    "Tidak ada perubahan peserta terdaftar (koreksi atau penarikan) yang belum diteruskan ke "
    "BPJS. Yang sudah diteruskan: 'lingkaran bpjs changes --all'.",
    "There are no changes to enrolled participants (corrections or withdrawals) left to pass "
    "on to BPJS. Those passed on already: 'lingkaran bpjs changes --all'.",
)
register(
    "BPJS_RESULT_NO_COLUMNS",
    "Berkas jawaban BPJS tidak punya kolom NIK dan KPJ/No. Peserta yang dikenali.",
    "BPJS's answer has no recognisable NIK and KPJ/participant-number columns.",
)

# Default column set of the registration workbook (header, kind).
BPJS_COLUMNS: tuple[tuple[str, str], ...] = (
    ("NIK", "text"), ("NAMA LENGKAP", "general"), ("TEMPAT LAHIR", "general"),
    ("TANGGAL LAHIR", "date"), ("JENIS KELAMIN", "general"), ("NAMA IBU KANDUNG", "general"),
    ("ALAMAT", "general"), ("KODE PEKERJAAN", "text"), ("PENGHASILAN", "rupiah"),
    ("PROGRAM", "general"), ("TMT KEPESERTAAN", "date"), ("JUMLAH BULAN", "number"),
    ("KODE KAB/KOTA", "text"), ("KODE DESA", "text"), ("NO HP", "text"),
    ("NO KPJ SEBELUMNYA", "text"),
)  # fmt: skip
KPJ_LENGTH = 11
ANSWER_KIND = "bpjs-answer"  # exchange_ledger: BPJS answer files read, by SHA-256
_KPJ_HEADERS = {"kpj", "nokpj", "nomorkpj", "nopeserta", "nomorpeserta", "noanggota"}
_REASON_HEADERS = {"keterangan", "alasan", "alasanpenolakan", "catatan", "status", "ket"}
_NAME_HEADERS = {"nama", "namalengkap", "namapeserta", "namatenagakerja"}
# A NIK that came as a number Excel may have cut (domain.nik.check_excel_damage): the wrong
# person's NIK, unless a name on the line says otherwise.
_NUMERIC_NIK = (
    "NIK tersimpan sebagai angka di Excel, bukan teks: digit terakhirnya bisa sudah berubah "
    "menjadi 0 (NIK orang lain) dan nama tidak bisa dicocokkan. Minta BPJS mengirim kolom NIK "
    "sebagai teks"
)


@dataclass
class BpjsExport:
    path: str
    rows: int
    over_quota: list[str] = field(default_factory=list)  # masked NIKs held back
    over_budget: list[str] = field(default_factory=list)
    monthly_total: int = 0
    budget_total: int = 0


@dataclass
class _ProgramPlan:
    """One program's share of the workbook: its rules, and its quota and budget so far."""

    program: Program
    rules: ProgramRules
    per_village: dict[str, int]
    enrolled: int
    ceiling: int | None
    monthly: int
    rows: int = 0


def export_registration(store: Store, actor: Actor, out: Path) -> BpjsExport:
    """Write the registration workbook, streaming rows from the database (no ORM objects).

    Every program of this district with participants waiting goes in: the running one, and an
    older one whose last records arrived after the next period was published. Each row carries
    its own program's coverage start and months; quota and budget are each program's own."""
    actor.require(Permission.MANAGE_PROGRAM)
    with store.session() as session:
        require_role(session, "district")
        c = Candidate.__table__.c
        plans = []
        own = list(own_programs(session, installation_of(session).station_id).values())
        for program in own:
            waiting = session.execute(
                sa_select(func.count()).where(
                    c.program_id == program.id, c.status == CandidateStatus.SUBMITTED.value
                )
            ).scalar_one()
            if not waiting:
                continue
            rules = rules_of(program)
            per_village: dict[str, int] = dict(
                session.execute(  # type: ignore[arg-type]
                    sa_select(c.village_code, func.count())
                    .where(c.program_id == program.id, c.status == CandidateStatus.ENROLLED.value)
                    .group_by(c.village_code)
                ).all()
            )
            monthly = monthly_contribution(None, rules.rates).total
            ceiling = (
                rules.budget // budget(1, monthly, rules.months)
                if rules.budget is not None
                else None
            )
            plans.append(
                _ProgramPlan(program, rules, per_village, sum(per_village.values()), ceiling,
                             monthly)
            )  # fmt: skip
        if not plans:
            raise DomainError(error("BPJS_NOTHING_TO_SEND"))
        result = BpjsExport(path=str(out), rows=0)
        earlier = _earlier_kpjs(session, [p.program for p in plans], own)
        ledger = ExchangeLedger.__table__
        arrived = and_(
            ledger.c.direction == "in", ledger.c.kind == "batch",
            ledger.c.station_id == c.source_station_id, ledger.c.sequence == c.batch_sequence,
        )  # fmt: skip
        columns = (c.nik, c.name, c.birth_place, c.birth_date, c.sex, c.mother_name, c.address,
                   c.occupation_code, c.income, c.village_code, c.phone)  # fmt: skip

        def table() -> Any:
            for plan in plans:
                rules, per_village = plan.rules, plan.per_village
                # In order of arrival: the batch a record (last) came in (its ledger line), then
                # the record.
                # A rejected record sent again queues behind those that came meanwhile.
                submitted = session.execute(
                    sa_select(*columns)
                    .select_from(Candidate.__table__.outerjoin(ledger, arrived))
                    .where(
                        c.program_id == plan.program.id,
                        c.status == CandidateStatus.SUBMITTED.value,
                    )
                    .order_by(ledger.c.id.nulls_first(), c.id)
                    .execution_options(yield_per=5000)
                )
                for nik, name, place, birth, sex, mother, address, occ, income, village, phone in (
                    submitted
                ):
                    used = per_village.get(village, 0)
                    if rules.quota_per_village is not None and used >= rules.quota_per_village:
                        result.over_quota.append(mask_nik(nik))
                        continue
                    if plan.ceiling is not None and plan.enrolled + plan.rows >= plan.ceiling:
                        result.over_budget.append(mask_nik(nik))
                        continue
                    per_village[village] = used + 1
                    plan.rows += 1
                    result.rows += 1
                    yield [nik, name, place, birth, sex, mother, address, occ,
                           income or rules.rates.jkk_min_income, "JKK+JKM", rules.coverage_start,
                           rules.months, village[:5], village, phone,
                           earlier.get(nik)]  # fmt: skip

        write_workbook(
            out,
            [SheetSpec("Pendaftaran BPU", [Column(h, kind) for h, kind in BPJS_COLUMNS], table())],
        )
        if result.rows == 0:
            out.unlink(missing_ok=True)
            raise DomainError(error("BPJS_NOTHING_TO_SEND"))
        result.monthly_total = sum(p.monthly * p.rows for p in plans)
        result.budget_total = sum(budget(p.rows, p.monthly, p.rules.months) for p in plans)
        AuditWriter(session).record(
            actor.name, "bpjs.export", "exchange", None,
            after={"file": out.name, "rows": result.rows, "over_quota": len(result.over_quota),
                   "over_budget": len(result.over_budget),
                   "programs": {p.program.uid: p.rows for p in plans if p.rows}},
        )  # fmt: skip
        return result


def _earlier_kpjs(
    session: Any, sending: list[Program], own: list[Program]
) -> dict[str, str]:
    """NIK -> the KPJ a participant held in an earlier program of this district: a renewal, so
    BPJS continues the membership instead of registering the person again."""
    c = Candidate.__table__.c
    newest = max(p.id or 0 for p in sending)
    earlier_ids = [p.id for p in own if (p.id or 0) < newest]
    if not earlier_ids:
        return {}
    found: dict[str, str] = {}
    for nik, kpj in session.execute(
        sa_select(c.nik, c.kpj)
        .where(c.program_id.in_(earlier_ids), c.kpj.is_not(None))
        .order_by(c.program_id)
    ):
        found[nik] = kpj  # the latest program's KPJ wins
    return found


def _withdrawal_of(session: Any, row: Candidate) -> CandidateChange | None:
    """The village's withdrawal applied to a record no longer waiting, if that is why."""
    if row.status not in (CandidateStatus.REJECTED.value, CandidateStatus.ENDED.value):
        return None
    return session.exec(
        select(CandidateChange)
        .where(
            CandidateChange.candidate_id == row.id,
            CandidateChange.direction == IN,
            CandidateChange.kind == WITHDRAWAL,
            CandidateChange.outcome == APPLIED,
        )
        .order_by(CandidateChange.id.desc())  # type: ignore[union-attr]
    ).first()


def _answered_row(
    session: Any, programs: dict[int, Program], running: Program, nik: str
) -> tuple[Candidate, Program] | None:
    """The record a BPJS answer line is about: the one of this NIK still waiting (submitted) in
    any of the district's programs, newest program first; else the running program's."""
    rows = session.exec(
        select(Candidate).where(
            Candidate.program_id.in_(list(programs)),  # type: ignore[attr-defined]
            Candidate.nik == nik,
        )
    ).all()
    if not rows:
        return None
    waiting = [r for r in rows if r.status == CandidateStatus.SUBMITTED.value]
    if waiting:
        row = max(waiting, key=lambda r: r.program_id)
    else:
        row = next((r for r in rows if r.program_id == running.id), None) or max(
            rows, key=lambda r: r.program_id
        )
    return row, programs[row.program_id]


@dataclass
class BpjsResultReport:
    rows: int = 0
    enrolled: int = 0
    rejected: int = 0
    unchanged: int = 0
    unknown_niks: list[int] = field(default_factory=list)  # Excel row numbers
    invalid: list[dict[str, Any]] = field(default_factory=list)
    # Excel rows where BPJS enrolled someone the village had withdrawn meanwhile (the KPJ is
    # kept on the record and the withdrawal goes on the "perubahan untuk BPJS" list)
    withdrawn_enrolled: list[int] = field(default_factory=list)
    # The same file (by SHA-256) was read before, on this date: nothing was read again. An old
    # answer must not undo what happened since (a record rejected, fixed and sent again).
    already_read: str | None = None


@dataclass(frozen=True)
class _AnswerColumns:
    header: int  # 0-based row of the headers
    nik: int
    kpj: int
    reason: int | None
    name: int | None

    @property
    def width(self) -> int:
        return max(self.nik, self.kpj, self.reason or 0, self.name or 0) + 1


def _find_columns(rows: list[list[Any]]) -> _AnswerColumns:
    for index, row in enumerate(rows[:30]):
        keys = [header_key(v) for v in row]
        nik = next((i for i, k in enumerate(keys) if k == "nik"), None)
        kpj = next((i for i, k in enumerate(keys) if k in _KPJ_HEADERS), None)
        reason = next((i for i, k in enumerate(keys) if k in _REASON_HEADERS), None)
        name = next((i for i, k in enumerate(keys) if k in _NAME_HEADERS), None)
        if nik is not None and kpj is not None:
            return _AnswerColumns(index, nik, kpj, reason, name)
    raise DomainError(error("BPJS_RESULT_NO_COLUMNS"))


def _name_words(name: str) -> set[str]:
    return set(re.sub(r"[\W\d_]+", " ", name.casefold()).split())


def same_name(answered: str, ours: str | None) -> bool:
    """BPJS's name for the line is the record's: the same words, ignoring case, punctuation
    and order, or two or more words of one name all within the other (a title or a further
    name on one side: "SITI AMINAH, S.Pd." is Siti Aminah). "Hadi Purnomo" is not "Hadi
    Kembar", and "Hadi" alone is not enough to tell."""
    theirs, mine = _name_words(answered), _name_words(ours or "")
    if not theirs or not mine:
        return False
    if theirs == mine:
        return True
    fewer, more = sorted((theirs, mine), key=len)
    return len(fewer) >= 2 and fewer <= more


def _kpj_holder(session: Any, kpj: str, nik: str) -> Candidate | None:
    """Another person already holding this KPJ (the same person keeps it from one program to
    the next: renewed records share it)."""
    return session.exec(
        select(Candidate).where(Candidate.kpj == kpj, Candidate.nik != nik).limit(1)
    ).first()


def _not_submitted(row: Candidate) -> str:
    """Why a line of BPJS's answer is not applied to a record that is not waiting for it."""
    label = STATUS_LABELS_ID.get(CandidateStatus(row.status), row.status)
    submitted = STATUS_LABELS_ID[CandidateStatus.SUBMITTED]
    return f"berstatus {label}, bukan {submitted}: tidak diubah"


# An answer counts as older than a record's last arrival only by more than this: a workbook
# keeps its save time to the second, and BPJS's clock is not ours. An old answer that matters
# (a record rejected, fixed at the village and sent again) is days older.
OLD_ANSWER_MARGIN = timedelta(hours=1)


def _arrived_at(session: Any, row: Candidate) -> datetime | None:
    """When the record's current version reached the district: its batch's ledger line."""
    if row.source_station_id is None or row.batch_sequence is None:
        return None
    at = session.exec(
        select(ExchangeLedger.at).where(
            ExchangeLedger.direction == "in",
            ExchangeLedger.kind == "batch",
            ExchangeLedger.station_id == row.source_station_id,
            ExchangeLedger.sequence == row.batch_sequence,
        )
    ).first()
    if at is None:
        return None
    return at if at.utcoffset() is not None else at.replace(tzinfo=UTC)


def _older_answer(made: datetime, arrived: datetime) -> str:
    return (
        f"jawaban lama: berkas ini disimpan {_local(made)}, sebelum data ini diterima lagi dari "
        f"desa ({_local(arrived)}); penolakan tidak diterapkan, data tetap menunggu jawaban BPJS"
    )


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")  # the laptop's own time zone


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def import_result(store: Store, actor: Actor, path: Path) -> BpjsResultReport:
    """Apply BPJS's answer: KPJ → enrolled; no KPJ and a reason → rejected. One transaction."""
    actor.require(Permission.MANAGE_PROGRAM)
    with open_book(path) as book:
        rows = book.rows(book.sheet_names[0])
    columns = _find_columns(rows)
    report = BpjsResultReport()
    sha = file_sha256(path)
    made = saved_at(path)
    with store.session() as session:
        lock_chain(session)
        require_role(session, "district")
        earlier = session.exec(
            select(ExchangeLedger).where(
                ExchangeLedger.direction == "in",
                ExchangeLedger.kind == ANSWER_KIND,
                ExchangeLedger.sha256 == sha,
            )
        ).first()
        if earlier is not None:
            report.already_read = earlier.at.strftime("%d-%m-%Y %H:%M")
            return report
        running = active_program(session)
        programs = {
            p.id: p for p in own_programs(session, installation_of(session).station_id).values()
        }
        audit = AuditWriter(session)
        for offset, cells in enumerate(rows[columns.header + 1 :]):
            excel_row = columns.header + 2 + offset
            cells = list(cells) + [None] * columns.width
            nik = normalize_nik(_cell(cells[columns.nik]))
            if not nik:
                continue
            report.rows += 1
            if not (nik.isascii() and nik.isdigit() and len(nik) == 16):
                report.invalid.append({"row": excel_row, "reason": "NIK tidak 16 digit"})
                continue
            doubtful = check_excel_damage(cells[columns.nik]) is not None
            answered_name = _cell(cells[columns.name]) if columns.name is not None else ""
            found = _answered_row(session, programs, running, nik)
            if found is None:
                if doubtful:
                    report.invalid.append({"row": excel_row, "reason": _NUMERIC_NIK})
                else:
                    report.unknown_niks.append(excel_row)
                continue
            row, program = found
            if answered_name and not same_name(answered_name, row.name):
                # The wrong person would get the KPJ (or the rejection): nothing is applied.
                report.invalid.append({"row": excel_row, "reason": (
                    f"nama di jawaban BPJS ({answered_name[:60]}) berbeda dengan nama pemilik "
                    f"NIK ini ({row.name}); periksa bersama BPJS"
                )})  # fmt: skip
                continue
            if doubtful and not answered_name:
                report.invalid.append({"row": excel_row, "reason": _NUMERIC_NIK})
                continue
            rules = rules_of(program)
            kpj = re.sub(r"[^0-9]", "", _cell(cells[columns.kpj]))
            reason = _cell(cells[columns.reason]) if columns.reason is not None else ""
            before = row_state(row)
            if kpj:
                if len(kpj) != KPJ_LENGTH:
                    report.invalid.append(
                        {"row": excel_row, "reason": f"KPJ harus {KPJ_LENGTH} digit"}
                    )
                    continue
                if row.kpj == kpj:  # this answer was read before (enrolled, or ended since)
                    report.unchanged += 1
                    continue
                holder = _kpj_holder(session, kpj, nik)
                if holder is not None:  # one KPJ is one person's
                    report.invalid.append({"row": excel_row, "reason": (
                        f"KPJ {kpj} sudah dipakai peserta lain ({holder.name}, NIK "
                        f"{mask_nik(holder.nik)}); periksa bersama BPJS"
                    )})  # fmt: skip
                    continue
                withdrawal = _withdrawal_of(session, row)
                if withdrawal is not None:  # withdrawn after the workbook went to BPJS
                    row.kpj, withdrawal.bpjs = kpj, True
                    row.updated_at = clock.now()
                    after = row_state(row)
                    b, a = diff(before, after)
                    audit.record(
                        actor.name, "candidate.kpj", "candidate", row.id, before=b, after=a,
                        state=after, reason=f"BPJS {path.name}: terdaftar setelah ditarik desa",
                    )  # fmt: skip
                    report.withdrawn_enrolled.append(excel_row)
                    continue
                if row.status != CandidateStatus.SUBMITTED.value:
                    report.invalid.append({"row": excel_row, "reason": _not_submitted(row)})
                    continue
                row.status, row.kpj = CandidateStatus.ENROLLED.value, kpj
                row.coverage_start, row.coverage_end = rules.coverage_start, rules.coverage_end
                report.enrolled += 1
            else:
                if row.status == CandidateStatus.REJECTED.value:
                    report.unchanged += 1
                    continue
                if row.status != CandidateStatus.SUBMITTED.value:
                    report.invalid.append({"row": excel_row, "reason": _not_submitted(row)})
                    continue
                arrived = _arrived_at(session, row)
                if arrived is not None and made < arrived - OLD_ANSWER_MARGIN:
                    # An answer saved before this record last came in (fixed at the village and
                    # sent again) answers an earlier sending: it must not reject the new one.
                    old = _older_answer(made, arrived)
                    report.invalid.append({"row": excel_row, "reason": old})
                    continue
                row.status = CandidateStatus.REJECTED.value
                row.rejection_reason = (reason or "ditolak BPJS tanpa keterangan")[:500]
                report.rejected += 1
            row.updated_at = clock.now()
            after = row_state(row)
            b, a = diff(before, after)
            audit.record(
                actor.name, f"candidate.{row.status}", "candidate", row.id, before=b, after=a,
                state=after, reason=f"BPJS {path.name}",
            )  # fmt: skip
        read = session.exec(
            select(func.count()).where(
                ExchangeLedger.direction == "in", ExchangeLedger.kind == ANSWER_KIND
            )
        ).one()
        session.add(
            ExchangeLedger(
                direction="in", kind=ANSWER_KIND, station_id="bpjs", sequence=read + 1,
                sha256=sha, filename=path.name[:300], record_count=report.rows, status="read",
                at=clock.now(),
            )
        )  # fmt: skip
    return report


CHANGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("TANGGAL DITERIMA", "date"), ("DESA", "text"), ("JENIS", "general"), ("NIK", "text"),
    ("NO KPJ", "text"), ("NAMA", "general"), ("PERUBAHAN", "general"), ("ALASAN", "general"),
    ("PROGRAM", "general"),
)  # fmt: skip


def write_bpjs_changes(store: Store, actor: Actor, out: Path) -> int:
    """District: the "perubahan untuk BPJS" not passed on yet, as a workbook to send to BPJS
    (written atomically, NIK and KPJ as text, old → new values); returns how many it lists.
    Once written they count as passed on (``bpjs changes --all`` still shows them, with the
    date). Recorded in the audit trail."""
    actor.require(Permission.MANAGE_PROGRAM)  # as it marks them passed on
    changes = bpjs_changes(store, actor)
    if not changes:
        raise DomainError(error("BPJS_NO_CHANGES"))
    rows = [
        [c.received_at.date(), c.village, c.kind_word, c.nik, c.kpj, c.name, c.what(),
         c.reason, c.program]
        for c in changes
    ]  # fmt: skip
    columns = [Column(header, kind) for header, kind in CHANGE_COLUMNS]
    write_workbook(out, [SheetSpec("Perubahan Peserta", columns, rows)])
    mark_bpjs_passed(store, actor, [c.id for c in changes], out.name)
    return len(changes)
