"""Users: argon2id password hashes, log-in, and the acting user every service is given."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, select

from lingkaran_desktop import clock
from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.exchange.keys import Wrapped, WrongPassword, unwrap_key, wrap_key
from lingkaran_desktop.services.audit import AuditWriter
from lingkaran_desktop.services.roles import (
    PERMISSION_TEXT,
    PERMISSION_TEXT_EN,
    Permission,
    Role,
    allows,
    role_label,
)
from lingkaran_desktop.store.models import KeyWrap, User
from lingkaran_desktop.store.store import Store

MIN_PASSWORD = 8
LOCK_AFTER = 5
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
_hasher = PasswordHasher()  # argon2id with the library's current defaults


@dataclass(frozen=True)
class Actor:
    """Who is acting. Only ``authenticate`` (or ``init``) makes one from a password."""

    name: str
    role: str
    # The installation key, unwrapped with this user's password at log-in: it opens the
    # station's private keys (signing and decrypting exchange files). Never printed or logged.
    key: bytes | None = field(default=None, repr=False, compare=False)

    def require(self, permission: Permission) -> None:
        if not allows(self.role, permission):
            raise DomainError(
                error(
                    "ROLE_FORBIDDEN",
                    name=self.name,
                    role=role_label(self.role),
                    role_code=self.role,
                    action=PERMISSION_TEXT[permission],
                    action_en=PERMISSION_TEXT_EN[permission],
                )
            )


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise DomainError(error("PASSWORD_TOO_SHORT", "password", min=MIN_PASSWORD))
    return _hasher.hash(password)


def check_user_name(name: str) -> str:
    cleaned = name.strip().lower()
    if not _NAME.match(cleaned):
        raise DomainError(error("USER_NAME_INVALID", "name"))
    return cleaned


def check_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError as exc:
        choices = ", ".join(r.value for r in Role)
        raise DomainError(error("ROLE_INVALID", "role", role=role, choices=choices)) from exc


def create_user(
    session: Session,
    actor_name: str,
    name: str,
    role: str,
    password: str,
    full_name: str = "",
    installation_key: bytes | None = None,
) -> User:
    name = check_user_name(name)
    role_value = check_role(role)
    if session.exec(select(User).where(User.name == name)).first() is not None:
        raise DomainError(error("USER_EXISTS", "name", name=name))
    user = User(
        name=name,
        full_name=full_name.strip(),
        role=role_value.value,
        password_hash=hash_password(password),
        created_at=clock.now(),
    )
    session.add(user)
    if installation_key is not None:
        w = wrap_key(installation_key, password)
        session.add(
            KeyWrap(user_name=name, salt=w.salt, nonce=w.nonce, wrapped=w.wrapped, kdf=w.kdf)
        )
    session.flush()
    AuditWriter(session).record(
        actor_name,
        "user.add",
        "user",
        user.id,
        after={"name": name, "role": role_value.value, "full_name": user.full_name},
    )
    return user


def add_user(
    store: Store, actor: Actor, name: str, role: str, password: str, full_name: str = ""
) -> Actor:
    actor.require(Permission.MANAGE_USERS)
    with store.session() as session:
        user = create_user(session, actor.name, name, role, password, full_name, actor.key)
        return Actor(user.name, user.role)


def _lock_minutes(failures: int) -> int:
    """After 5 wrong passwords in a row: 1, 2, 4, … minutes, at most an hour."""
    if failures < LOCK_AFTER:
        return 0
    return min(2 ** (failures - LOCK_AFTER), 60)


def authenticate(store: Store, name: str, password: str) -> Actor:
    """Log in. Wrong passwords count; after five in a row the account waits a while."""
    name = name.strip().lower()
    refusal: DomainError | None = None
    with store.session() as session:
        user = session.exec(select(User).where(User.name == name)).first()
        if user is None:
            raise DomainError(error("USER_UNKNOWN", name=name))
        if not user.active:
            raise DomainError(error("USER_INACTIVE", name=name))
        now = clock.now()
        if user.locked_until is not None and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise DomainError(error("LOGIN_LOCKED", name=name, minutes=minutes))
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            user.failed_logins += 1
            wait = _lock_minutes(user.failed_logins)
            user.locked_until = now + timedelta(minutes=wait) if wait else None
            refusal = DomainError(
                error("PASSWORD_WRONG", name=name)
                if not wait
                else error("LOGIN_LOCKED", name=name, minutes=wait)
            )
        else:
            user.failed_logins, user.locked_until = 0, None
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            key = None
            wrap = session.get(KeyWrap, user.name)
            if wrap is not None:
                try:
                    key = unwrap_key(
                        Wrapped(wrap.salt, wrap.nonce, wrap.wrapped, wrap.kdf), password
                    )
                except WrongPassword:
                    key = None  # the wrap is stale; the user can work but not sign
            actor = Actor(user.name, user.role, key)
    if refusal is not None:  # raised after the commit, so the count of failures is kept
        raise refusal
    return actor


def active_user_names(store: Store) -> list[str]:
    with store.session() as session:
        return list(
            session.exec(select(User.name).where(User.active == True).order_by(User.name))  # noqa: E712
        )


def list_users(store: Store, actor: Actor) -> list[dict[str, object]]:
    actor.require(Permission.MANAGE_USERS)
    with store.session() as session:
        users = session.exec(select(User).order_by(User.name)).all()
        return [
            {"name": u.name, "role": u.role, "full_name": u.full_name, "active": u.active}
            for u in users
        ]


def set_password(store: Store, actor: Actor, name: str, new_password: str) -> None:
    """An admin resets anyone's password; anyone changes their own. The installation key is
    wrapped again for the new password (the acting user's unlocked key is needed for that)."""
    name = check_user_name(name)
    if name != actor.name:
        actor.require(Permission.MANAGE_USERS)
    new_hash = hash_password(new_password)
    with store.session() as session:
        user = session.exec(select(User).where(User.name == name)).first()
        if user is None:
            raise DomainError(error("USER_UNKNOWN", name=name))
        user.password_hash = new_hash
        user.failed_logins, user.locked_until = 0, None
        wrap = session.get(KeyWrap, name)
        if actor.key is not None:
            w = wrap_key(actor.key, new_password)
            if wrap is None:
                session.add(KeyWrap(user_name=name, salt=w.salt, nonce=w.nonce,
                                    wrapped=w.wrapped, kdf=w.kdf))  # fmt: skip
            else:
                wrap.salt, wrap.nonce, wrap.wrapped, wrap.kdf = w.salt, w.nonce, w.wrapped, w.kdf
        elif wrap is not None:
            session.delete(wrap)  # the old wrap no longer opens with the new password
        AuditWriter(session).record(actor.name, "user.password", "user", user.id,
                                    after={"name": name})  # fmt: skip


def set_active(store: Store, actor: Actor, name: str, active: bool) -> None:
    """Deactivate someone who left (their entries and audit history stay), or reactivate."""
    actor.require(Permission.MANAGE_USERS)
    name = check_user_name(name)
    if name == actor.name and not active:
        raise DomainError(error("USER_SELF_DEACTIVATE"))
    with store.session() as session:
        user = session.exec(select(User).where(User.name == name)).first()
        if user is None:
            raise DomainError(error("USER_UNKNOWN", name=name))
        before = {"active": user.active}
        user.active = active
        AuditWriter(session).record(actor.name, "user.active", "user", user.id, before=before,
                                    after={"active": active})  # fmt: skip
