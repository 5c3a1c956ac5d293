"""The candidate list pages through thousands of rows and filters in SQL."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lingkaran_desktop.services.candidates import count_candidates, list_candidates
from tests.ui.bulk import insert_candidates
from ui.candidate_model import MAX_CACHED_PAGES, PAGE_SIZE, CandidateTableModel
from ui.candidates_page import CandidatesPage


def test_model_holds_only_the_pages_it_shows(qtbot, sessions) -> None:
    session = sessions["verifier"]
    insert_candidates(session.store, 3000)
    model = CandidateTableModel(session.store, session.actor)
    assert model.rowCount() == 3000
    assert model.columnCount() == 8
    assert model.cached_rows == 0
    last = model.index(2999, 1).data()
    assert last == list_candidates(session.store, session.actor, limit=1, offset=2999)[0]["name"]
    assert model.pages_fetched == 1 and model.cached_rows == PAGE_SIZE
    for row in range(0, 3000, PAGE_SIZE):
        model.index(row, 0).data()
    assert model.cached_rows <= MAX_CACHED_PAGES * PAGE_SIZE
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["NIK", "Nama", "JK", "Tgl Lahir", "Pekerjaan", "RT/RW", "Status",
                       "Peringatan"]


def test_search_as_you_type_and_status_filter(qtbot, sessions) -> None:
    session = sessions["verifier"]
    insert_candidates(session.store, 2500)
    page = CandidatesPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2500
    assert "2.500 data" in page.count.text()
    qtbot.keyClicks(page.search, "aminah")
    qtbot.waitUntil(
        lambda: page.model.rowCount()
        == count_candidates(session.store, session.actor, search="aminah"),
        timeout=2000,
    )
    assert 0 < page.model.rowCount() < 2500
    assert all("Aminah" in page.model.index(r, 1).data() for r in range(page.model.rowCount()))
    page.status.setCurrentIndex(page.status.findData("verified"))
    expected = count_candidates(session.store, session.actor, "verified", "aminah")
    assert page.model.rowCount() == expected
    assert {page.model.index(r, 6).data() for r in range(expected)} == {"Terverifikasi"}
    first_nik = list_candidates(session.store, session.actor, limit=1)[0]["nik"]
    page.status.setCurrentIndex(0)
    page.search.setText(first_nik[:12])
    page.apply_filter()
    assert page.model.rowCount() >= 1
    assert page.model.index(0, 0).data().startswith(first_nik[:12])


def test_warnings_column_is_labelled(qtbot, sessions) -> None:
    session = sessions["verifier"]
    insert_candidates(session.store, 300)
    model = CandidateTableModel(session.store, session.actor)
    texts = {model.index(r, 7).data() for r in range(300)}
    assert "Tgl lahir beda dengan NIK" in texts
