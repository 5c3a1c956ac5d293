"""corrections and withdrawals of records already sent: the village's queue, the district's log

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "candidate_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("direction", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=True),
        sa.Column("nik", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("payload", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("station_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("batch_sequence", sa.Integer(), nullable=True),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("detail", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("bpjs", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidate.id"]),
        sa.ForeignKeyConstraint(["program_id"], ["program.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("candidate_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_candidate_change_candidate_id"), ["candidate_id"], unique=False
        )
        batch_op.create_index(
            "ix_candidate_change_queue",
            ["program_id", "direction", "batch_sequence"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("candidate_change", schema=None) as batch_op:
        batch_op.drop_index("ix_candidate_change_queue")
        batch_op.drop_index(batch_op.f("ix_candidate_change_candidate_id"))
    op.drop_table("candidate_change")
