"""Database roles of a server archive, and what the server enforces for them.

Roles (group roles, ``NOLOGIN``: grant them to your people's login roles)
-------------------------------------------------------------------------
``casefile_reader``     reads the archive: lists, search, reports. Cannot write.
``casefile_editor``     reads and edits records; may only *append* to the change log.
``casefile_admin``      everything, schema changes (migrations) included; the only role that
                        may rewrite the change log (a purge erases logged values).
``casefile_sensitive``  a right, not a job: a reader or editor who is also a member sees
                        records marked sensitive (administrators always do).

Enforced by the server, whatever the client does
-------------------------------------------------
- grants: readers ``SELECT``; editors also ``INSERT``/``UPDATE``/``DELETE`` on records and
  ``INSERT`` (never ``UPDATE``/``DELETE``) on ``change_log``; administrators everything;
- a trigger refusing ``UPDATE``/``DELETE`` on ``change_log`` for anyone not an administrator
  (table owners included: the grant alone would not stop them);
- row-level security keyed on ``sensitivity``: an event or source marked ``sensitive`` is
  invisible to a role without the right, and so are its citations, figures, involvements,
  relations, attachments, search documents and change-log entries. Such a user's report
  leaves them out and says how many were withheld (:func:`hidden_sensitive`);
- the change log's ``db_user`` is filled by a trigger with ``current_user`` (migration 0012):
  the client cannot name someone else.

:func:`install` is idempotent (``casefile roles URL`` runs it; run it again after a
migration so new tables get their grants). A sensitive record's existence is hidden, not
its count: a report says "N sensitive records withheld".
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

ROLES = ("casefile_reader", "casefile_editor", "casefile_admin", "casefile_sensitive")
ADMIN, SENSITIVE = "casefile_admin", "casefile_sensitive"

EDITABLE = (
    "case_file", "vocabulary", "place", "tag", "actor", "event", "event_relation", "involvement", "source",
    "citation", "figure", "attachment", "blob", "event_tag", "source_tag", "merge_conflict", "merge_candidate",
    "event_search", "source_search", "meta",
)  # fmt: skip

SEES = f"""CREATE OR REPLACE FUNCTION casefile_sees_sensitive() RETURNS boolean
    LANGUAGE sql STABLE AS $$
      SELECT pg_has_role(current_user, '{ADMIN}', 'MEMBER') OR pg_has_role(current_user, '{SENSITIVE}', 'MEMBER')
    $$"""
IS_SENSITIVE = """CREATE OR REPLACE FUNCTION casefile_is_sensitive(kind text, record text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
      SELECT CASE kind
        WHEN 'event' THEN EXISTS (SELECT 1 FROM event WHERE uid = record AND sensitivity = 'sensitive')
        WHEN 'source' THEN EXISTS (SELECT 1 FROM source WHERE uid = record AND sensitivity = 'sensitive')
        WHEN 'citation' THEN EXISTS (SELECT 1 FROM citation c JOIN event e ON e.id = c.event_id JOIN source s ON s.id = c.source_id
                                     WHERE c.uid = record AND (e.sensitivity = 'sensitive' OR s.sensitivity = 'sensitive'))
        WHEN 'figure' THEN EXISTS (SELECT 1 FROM figure f JOIN event e ON e.id = f.event_id WHERE f.uid = record AND e.sensitivity = 'sensitive')
        WHEN 'involvement' THEN EXISTS (SELECT 1 FROM involvement i JOIN event e ON e.id = i.event_id WHERE i.uid = record AND e.sensitivity = 'sensitive')
        WHEN 'attachment' THEN EXISTS (SELECT 1 FROM attachment a JOIN source s ON s.id = a.source_id WHERE a.uid = record AND s.sensitivity = 'sensitive')
        ELSE false END
    $$"""
"""Whether a logged record belongs to a sensitive one (reads past row-level security, so a
change-log entry of a hidden record is hidden too; it answers only yes or no)."""
HIDDEN = """CREATE OR REPLACE FUNCTION casefile_hidden_sensitive() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
      SELECT CASE WHEN (SELECT pg_has_role(session_user, 'casefile_admin', 'MEMBER') OR pg_has_role(session_user, 'casefile_sensitive', 'MEMBER')
                        OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN 0
             ELSE (SELECT count(*) FROM event WHERE sensitivity = 'sensitive') + (SELECT count(*) FROM source WHERE sensitivity = 'sensitive') END
    $$"""
"""How many sensitive records the session's user cannot see (0 for those who may)."""
APPEND_ONLY = f"""CREATE OR REPLACE FUNCTION casefile_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NOT pg_has_role(current_user, '{ADMIN}', 'MEMBER') THEN
        RAISE EXCEPTION 'the change log is append-only: % refused for %', TG_OP, current_user
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END $$"""

COPYING = "casefile.copy"
"""Set (``SET LOCAL casefile.copy = 'on'``) by a whole-archive copy: entries keep the
``db_user`` they had (empty for a file's), as an administrator's copy must."""
LOG_USER = (
    f"""CREATE OR REPLACE FUNCTION casefile_log_user() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF current_setting('{COPYING}', true) = 'on'
             AND (to_regrole('{ADMIN}') IS NULL OR pg_has_role(current_user, '{ADMIN}', 'MEMBER')) THEN
            RETURN NEW;
          END IF;
          NEW.db_user := current_user;
          RETURN NEW;
        END $$""",
    "CREATE TRIGGER change_log_db_user BEFORE INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION casefile_log_user()",
)
"""The change log's ``db_user`` is the server's word (migration 0012), not the client's."""

VISIBLE = "casefile_sees_sensitive() OR sensitivity <> 'sensitive'"
POLICIES = {
    "event": VISIBLE,
    "source": VISIBLE,
    "citation": "EXISTS (SELECT 1 FROM event e WHERE e.id = event_id) AND EXISTS (SELECT 1 FROM source s WHERE s.id = source_id)",
    "figure": "EXISTS (SELECT 1 FROM event e WHERE e.id = event_id)",
    "involvement": "EXISTS (SELECT 1 FROM event e WHERE e.id = event_id)",
    "event_relation": "EXISTS (SELECT 1 FROM event e WHERE e.id = from_event_id) AND EXISTS (SELECT 1 FROM event e WHERE e.id = to_event_id)",
    "attachment": "EXISTS (SELECT 1 FROM source s WHERE s.id = source_id)",
    "event_tag": "EXISTS (SELECT 1 FROM event e WHERE e.id = event_id)",
    "source_tag": "EXISTS (SELECT 1 FROM source s WHERE s.id = source_id)",
    "event_search": "EXISTS (SELECT 1 FROM event e WHERE e.id = event_search.id)",
    "source_search": "EXISTS (SELECT 1 FROM source s WHERE s.id = source_search.id)",
    "change_log": "casefile_sees_sensitive() OR NOT casefile_is_sensitive(table_name, record_uid)",
}
"""Which rows a role sees (SELECT, UPDATE, DELETE); new rows are never refused for it (an
editor may mark a record sensitive: it then leaves their view)."""


def _create_role(name: str) -> str:
    return f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN CREATE ROLE {name} NOLOGIN; END IF; END $$"


def statements(database: str) -> list[str]:
    """Everything :func:`install` runs, in order (each idempotent)."""
    out = [_create_role(r) for r in ROLES]
    out += [
        f"GRANT casefile_reader TO casefile_editor",
        f"GRANT casefile_editor TO {ADMIN}",
        f"GRANT {SENSITIVE} TO {ADMIN}",
        f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO casefile_reader',
        "GRANT USAGE ON SCHEMA public TO casefile_reader",
        "GRANT CREATE ON SCHEMA public TO casefile_admin",
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO casefile_reader",
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO casefile_editor",
        "GRANT INSERT ON change_log TO casefile_editor",
        "GRANT ALL ON ALL TABLES IN SCHEMA public TO casefile_admin",
        "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO casefile_admin",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO casefile_reader",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO casefile_admin",
        SEES, IS_SENSITIVE, HIDDEN, APPEND_ONLY,
        "DROP TRIGGER IF EXISTS change_log_append_only ON change_log",
        "CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log FOR EACH ROW EXECUTE FUNCTION casefile_log_append_only()",
    ]
    out += [f"GRANT INSERT, UPDATE, DELETE ON {t} TO casefile_editor" for t in EDITABLE]
    for table, visible in POLICIES.items():
        out += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS casefile_sees ON {table}",
            f"DROP POLICY IF EXISTS casefile_adds ON {table}",
            f"CREATE POLICY casefile_sees ON {table} FOR SELECT USING ({visible})",
            f"DROP POLICY IF EXISTS casefile_changes ON {table}",
            f"CREATE POLICY casefile_changes ON {table} FOR UPDATE USING ({visible}) WITH CHECK (true)",
            f"DROP POLICY IF EXISTS casefile_removes ON {table}",
            f"CREATE POLICY casefile_removes ON {table} FOR DELETE USING ({visible})",
            f"CREATE POLICY casefile_adds ON {table} FOR INSERT WITH CHECK (true)",
        ]
    return out


def install(connection: Connection, database: str) -> None:
    """Create the roles, grants, append-only trigger and row-level security (idempotent)."""
    for statement in statements(database):
        connection.execute(text(statement))


def hidden_sensitive(connection: Connection) -> int:
    """How many sensitive events and sources the connected user cannot see (0 without
    :func:`install`: then nobody is restricted)."""
    exists = connection.execute(text("SELECT to_regprocedure('casefile_hidden_sensitive()') IS NOT NULL")).scalar()
    if not exists:
        return 0
    return int(connection.execute(text("SELECT casefile_hidden_sensitive()")).scalar() or 0)
