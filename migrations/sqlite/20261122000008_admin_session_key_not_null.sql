-- admin_session.id_hash was declared `TEXT PRIMARY KEY`. In SQLite (unlike PostgreSQL) a
-- primary key column that is not the rowid accepts NULL unless it says NOT NULL, so the two
-- schemas differed (tests/schema.rs found it). SQLite cannot add NOT NULL to a column: the
-- table is rebuilt, as https://sqlite.org/lang_altertable.html#otheralter describes. Nothing
-- references admin_session. A session without a hash could never be looked up; none is kept.
CREATE TABLE admin_session_new (
    id_hash TEXT NOT NULL PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES admin_account (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    expires_at_ms BIGINT NOT NULL
);

INSERT INTO admin_session_new (id_hash, account_id, csrf_token, created_at_ms, expires_at_ms)
SELECT id_hash, account_id, csrf_token, created_at_ms, expires_at_ms
FROM admin_session
WHERE id_hash IS NOT NULL;

DROP TABLE admin_session;
ALTER TABLE admin_session_new RENAME TO admin_session;

CREATE INDEX admin_session_expires ON admin_session (expires_at_ms);
