"""What every screen needs after log-in: the open store, the acting user, the installation."""

from __future__ import annotations

from dataclasses import dataclass

from lingkaran_desktop.domain.program import ProgramRules
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.installation import (
    InstallationInfo,
    installation_info,
    program_rules,
)
from lingkaran_desktop.services.roles import Permission, allows
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.store import Store


@dataclass
class AppSession:
    store: Store
    actor: Actor
    info: InstallationInfo
    rules: ProgramRules

    @classmethod
    def start(cls, store: Store, actor: Actor) -> AppSession:
        return cls(store, actor, installation_info(store), program_rules(store))

    @property
    def home(self) -> Home:
        return self.store.home

    def can(self, permission: Permission) -> bool:
        return allows(self.actor.role, permission)
