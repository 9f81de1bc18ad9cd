-- Nothing to change here: in PostgreSQL a primary key column is NOT NULL already. The SQLite
-- migration of this version rebuilds admin_session so that id_hash is NOT NULL there too; the
-- two folders keep the same versions.
SELECT 1;
