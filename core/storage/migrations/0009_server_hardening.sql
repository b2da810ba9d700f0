-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 9: the audit trail has room for the login that made a change. On a shared server
-- (0009_server_hardening.pg.sql) the database fills it from the session; a file has no
-- logins, so here it stays empty and the actor the program names is all there is.

ALTER TABLE audit_log ADD COLUMN login TEXT;
