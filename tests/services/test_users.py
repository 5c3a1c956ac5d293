"""Users and roles: argon2id hashes, log-in refusals, only admins manage users."""

from __future__ import annotations

import pytest
from sqlmodel import select

from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.services.users import add_user, authenticate, list_users
from lingkaran_desktop.store.models import User
from tests.conftest import PASSWORD


def test_password_is_stored_as_argon2id_hash(village) -> None:
    store, admin = village
    add_user(store, admin, "siti", "operator", "kata-sandi-siti")
    with store.session() as s:
        stored = s.exec(select(User.password_hash).where(User.name == "siti")).one()
    assert stored.startswith("$argon2id$")
    assert "kata-sandi-siti" not in stored


def test_login_with_right_password(village) -> None:
    store, _ = village
    assert authenticate(store, "admin", PASSWORD).role == "admin"
    assert authenticate(store, " ADMIN ", PASSWORD).name == "admin"


@pytest.mark.parametrize(
    ("name", "password", "code"),
    [("admin", "salah-sandi", "PASSWORD_WRONG"), ("nobody", PASSWORD, "USER_UNKNOWN")],
)
def test_login_refusals_are_clear(village, name, password, code) -> None:
    store, _ = village
    with pytest.raises(DomainError) as exc:
        authenticate(store, name, password)
    assert exc.value.code == code
    assert name in exc.value.finding.message


def test_only_admin_adds_users(village, staff) -> None:
    store, _ = village
    with pytest.raises(DomainError) as exc:
        add_user(store, staff["operator"], "rina", "operator", PASSWORD)
    assert exc.value.code == "ROLE_FORBIDDEN"
    assert "mengelola pengguna" in exc.value.finding.message


@pytest.mark.parametrize(
    ("name", "role", "password", "code"),
    [
        ("budi", "operator", PASSWORD, "USER_EXISTS"),
        ("rina", "kepala", PASSWORD, "ROLE_INVALID"),
        ("rina", "operator", "pendek", "PASSWORD_TOO_SHORT"),
        ("Rina Wati!", "operator", PASSWORD, "USER_NAME_INVALID"),
    ],
)
def test_bad_new_user_changes_nothing(village, staff, name, role, password, code) -> None:
    store, admin = village
    before = list_users(store, admin)
    with pytest.raises(DomainError) as exc:
        add_user(store, admin, name, role, password)
    assert exc.value.code == code
    assert list_users(store, admin) == before


def test_five_wrong_passwords_lock_the_account_for_a_while(village) -> None:
    from datetime import timedelta

    from lingkaran_desktop import clock

    store, _ = village
    for _ in range(4):
        with pytest.raises(DomainError) as exc:
            authenticate(store, "admin", "salah-sandi")
        assert exc.value.code == "PASSWORD_WRONG"
    with pytest.raises(DomainError) as exc:
        authenticate(store, "admin", "salah-sandi")
    assert exc.value.code == "LOGIN_LOCKED"
    with pytest.raises(DomainError) as exc:  # even the right password waits
        authenticate(store, "admin", PASSWORD)
    assert exc.value.code == "LOGIN_LOCKED" and "menit" in exc.value.finding.message
    clock.set_now(clock.now() + timedelta(minutes=2))
    assert authenticate(store, "admin", PASSWORD).name == "admin"
    with pytest.raises(DomainError) as exc:  # the count started again
        authenticate(store, "admin", "salah-sandi")
    assert exc.value.code == "PASSWORD_WRONG"

ENGINES = ("sqlite", "postgresql")


def test_password_change_keeps_the_station_keys_open(village, staff) -> None:
    from lingkaran_desktop.services.users import set_password

    store, admin = village
    set_password(store, admin, "budi", "sandi-baru-budi")  # admin resets a forgotten password
    with pytest.raises(DomainError):
        authenticate(store, "budi", PASSWORD)
    budi = authenticate(store, "budi", "sandi-baru-budi")
    assert budi.key is not None  # re-wrapped: budi can still sign batches
    set_password(store, budi, "budi", "sandi-lagi-budi")  # and changes it himself
    assert authenticate(store, "budi", "sandi-lagi-budi").key is not None
    with pytest.raises(DomainError) as exc:  # an operator cannot reset someone else's
        set_password(store, staff["operator"], "budi", "sandi-curian-1")
    assert exc.value.code == "ROLE_FORBIDDEN"


def test_a_deactivated_user_cannot_log_in_and_their_history_stays(village, staff) -> None:
    from lingkaran_desktop.services.users import set_active

    store, admin = village
    set_active(store, admin, "siti", False)
    with pytest.raises(DomainError) as exc:
        authenticate(store, "siti", PASSWORD)
    assert exc.value.code == "USER_INACTIVE"
    with pytest.raises(DomainError) as exc:
        set_active(store, admin, "admin", False)
    assert exc.value.code == "USER_SELF_DEACTIVATE"
    set_active(store, admin, "siti", True)
    assert authenticate(store, "siti", PASSWORD).name == "siti"
