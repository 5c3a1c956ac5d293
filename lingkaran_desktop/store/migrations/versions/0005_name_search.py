"""name search index: SQLite FTS5 (trigram) kept by triggers; PostgreSQL pg_trgm GIN index

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SQLITE = [
    "CREATE VIRTUAL TABLE candidate_fts USING fts5("
    "name, content='candidate', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER candidate_fts_ai AFTER INSERT ON candidate BEGIN "
    "INSERT INTO candidate_fts(rowid, name) VALUES (new.id, new.name); END",
    "CREATE TRIGGER candidate_fts_ad AFTER DELETE ON candidate BEGIN "
    "INSERT INTO candidate_fts(candidate_fts, rowid, name) VALUES ('delete', old.id, old.name); "
    "END",
    "CREATE TRIGGER candidate_fts_au AFTER UPDATE OF name ON candidate BEGIN "
    "INSERT INTO candidate_fts(candidate_fts, rowid, name) VALUES ('delete', old.id, old.name); "
    "INSERT INTO candidate_fts(rowid, name) VALUES (new.id, new.name); END",
    "INSERT INTO candidate_fts(candidate_fts) VALUES ('rebuild')",
]
_POSTGRESQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_candidate_name_trgm ON candidate USING gin (name gin_trgm_ops)",
    "CREATE INDEX ix_candidate_nik_prefix ON candidate (nik text_pattern_ops)",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in _SQLITE if dialect == "sqlite" else _POSTGRESQL if dialect == "postgresql" else []:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("candidate_fts_ai", "candidate_fts_ad", "candidate_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS candidate_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_candidate_name_trgm")
        op.execute("DROP INDEX IF EXISTS ix_candidate_nik_prefix")
