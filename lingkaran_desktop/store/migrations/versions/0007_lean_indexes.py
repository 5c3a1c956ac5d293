"""drop indexes that composite indexes already cover: inserts touch two fewer B-trees

Every query on these columns also names the leading column of a wider index: candidates by
program and status (ix_candidate_program_status), audit events by entity and id
(ix_audit_event_entity). The single-column copies only cost time on every insert (a
100,000-row import writes each of them 100,000 times) and space. (ix_candidate_program_id and
ix_candidate_nik stay: the list pages by id within a program, and a NIK-or-KPJ prefix search
combines the NIK and KPJ indexes; bench/gui.py slows from 12 to 170 ms without them.)

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_DROPPED = [
    ("candidate", "ix_candidate_status", ["status"]),
    ("audit_event", "ix_audit_event_entity_id", ["entity_id"]),
]


def upgrade() -> None:
    for table, name, _columns in _DROPPED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for table, name, columns in _DROPPED:
        op.create_index(name, table, columns, unique=False)
