"""four eyes on corrections and withdrawals: who checked a queued change, and when; and when
the district passed a change on to BPJS

A village's correction or withdrawal of a record already sent now waits for a second person
(services.changes.approve_change) before it is applied and may leave. Changes queued before
this version were applied at once under the old rule: they count as checked by their author.
At the district, ``bpjs_passed_at`` marks the changes already written to a workbook for BPJS.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("candidate_change", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("verified_by", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
        batch_op.add_column(
            sa.Column("verified_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(
            sa.Column("bpjs_passed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )
    op.execute(
        "UPDATE candidate_change SET verified_by = created_by, verified_at = created_at "
        "WHERE direction = 'out'"
    )


def downgrade() -> None:
    with op.batch_alter_table("candidate_change", schema=None) as batch_op:
        batch_op.drop_column("bpjs_passed_at")
        batch_op.drop_column("verified_at")
        batch_op.drop_column("verified_by")
