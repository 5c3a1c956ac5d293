"""A candidate's life (DOMAIN.md): allowed transitions, four eyes, reasons."""

from __future__ import annotations

import itertools

import pytest

from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.domain.messages import CATALOG
from lingkaran_desktop.domain.status import ALLOWED, CandidateStatus, check_transition

S = CandidateStatus
EDGES = {(a, b) for a in S for b in ALLOWED[a]}


def move(current, target, *, actor="sekdes", entered_by="operator", reason="alasan"):
    check_transition(current, target, actor=actor, entered_by=entered_by, reason=reason)


def test_statuses():
    assert [s.value for s in S] == [
        "draft",
        "proposed",
        "verified",
        "submitted",
        "enrolled",
        "rejected",
        "ended",
    ]


def test_the_normal_life_is_draft_proposed_verified_submitted_enrolled_ended():
    path = [S.DRAFT, S.PROPOSED, S.VERIFIED, S.SUBMITTED, S.ENROLLED, S.ENDED]
    for a, b in itertools.pairwise(path):
        move(a, b)


def test_allowed_transitions_are_exactly_domain_md():
    expected = {
        (S.DRAFT, S.PROPOSED),
        (S.PROPOSED, S.VERIFIED),
        (S.PROPOSED, S.REJECTED),
        (S.VERIFIED, S.SUBMITTED),
        (S.VERIFIED, S.PROPOSED),
        (S.VERIFIED, S.REJECTED),
        (S.SUBMITTED, S.ENROLLED),
        (S.SUBMITTED, S.REJECTED),
        (S.ENROLLED, S.ENDED),
        (S.REJECTED, S.PROPOSED),
    }
    assert expected == EDGES
    assert ALLOWED[S.ENDED] == frozenset()


@pytest.mark.parametrize(("a", "b"), sorted({(a, b) for a in S for b in S} - EDGES))
def test_every_other_transition_is_refused(a, b):
    with pytest.raises(DomainError) as caught:
        move(a, b)
    assert caught.value.code == "STATUS_TRANSITION_NOT_ALLOWED"


def test_a_correction_sends_a_verified_candidate_back_to_proposed():
    move(S.VERIFIED, S.PROPOSED, actor="operator")


def test_a_rejected_candidate_can_be_re_proposed_after_correction():
    move(S.REJECTED, S.PROPOSED, actor="operator")


def test_transitions_accept_plain_strings():
    move("draft", "proposed")


def test_four_eyes_the_person_who_entered_a_record_cannot_verify_it():
    with pytest.raises(DomainError) as caught:
        move(S.PROPOSED, S.VERIFIED, actor="operator", entered_by="operator")
    assert caught.value.code == "FOUR_EYES"
    assert "orang lain" in caught.value.finding.message
    with pytest.raises(DomainError):
        move(S.PROPOSED, S.VERIFIED, actor=" Operator ", entered_by="operator")


def test_four_eyes_the_person_who_entered_a_record_cannot_reject_it_at_verification():
    with pytest.raises(DomainError) as caught:
        move(S.PROPOSED, S.REJECTED, actor="operator", entered_by="operator", reason="dobel")
    assert caught.value.code == "FOUR_EYES"


def test_another_person_may_verify():
    move(S.PROPOSED, S.VERIFIED, actor="kades", entered_by="operator")
    move(S.PROPOSED, S.VERIFIED, actor="kades", entered_by=None)


def test_district_may_reject_a_submitted_record_it_entered_itself():
    move(S.SUBMITTED, S.REJECTED, actor="disnaker", entered_by="disnaker", reason="ditolak BPJS")


@pytest.mark.parametrize("reason", [None, "", "   "])
@pytest.mark.parametrize(
    ("a", "b"),
    [(S.PROPOSED, S.REJECTED), (S.SUBMITTED, S.REJECTED), (S.ENROLLED, S.ENDED)],
)
def test_rejecting_or_ending_needs_a_reason(a, b, reason):
    with pytest.raises(DomainError) as caught:
        move(a, b, reason=reason)
    assert caught.value.code == "REASON_REQUIRED"


def test_disallowed_transition_message_names_both_statuses():
    with pytest.raises(DomainError) as caught:
        move(S.ENDED, S.PROPOSED)
    assert "berakhir" in str(caught.value) and "diusulkan" in str(caught.value)
    assert "ended" in caught.value.finding.text("en")


@pytest.mark.parametrize("code", ["STATUS_TRANSITION_NOT_ALLOWED", "FOUR_EYES", "REASON_REQUIRED"])
def test_status_messages_exist_in_both_languages(code):
    indonesian, english = CATALOG[code]
    assert indonesian and english and indonesian != english
