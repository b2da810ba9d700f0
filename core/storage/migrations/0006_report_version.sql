-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 6: a version number on each report, raised by every save, so that two people
-- editing the same month (on a shared server) cannot silently overwrite each other: a
-- save names the version it started from and is refused when the stored one moved on.

ALTER TABLE report ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
