// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace qf {

/// Makes SQLite's file locks in this process immune to other code opening the database.
///
/// SQLite's unix VFS locks with POSIX advisory locks, which belong to the *process*: when
/// any code in the process closes any descriptor of the database, its -wal or -shm file —
/// a file dialog probing the folder for icons or MIME types, a QFileInfo-driven thumbnail,
/// a header check — the kernel drops every lock SQLite holds on it. The next program that
/// opens the file then believes it is alone, resets the shared memory and deletes the live
/// WAL, and the window's later commits vanish. No discipline over which code may visit
/// which folder can rule that out, so the locks are moved instead: SQLite's lock calls are
/// routed to Linux open-file-description locks (F_OFD_SETLK) on one descriptor per file
/// that only this class holds. Those locks belong to that descriptor, not to the process,
/// so no other open/close can release them, while they still conflict with the POSIX
/// locks of every other program (another SQLite, the CLI) exactly as before. Within the
/// process every connection shares the one descriptor, which gives SQLite the per-process
/// semantics its own bookkeeping expects.
class SqliteFileLocks
{
public:
    /// Installs the routing once per process, before the first connection opens a file.
    /// Returns false when the system offers no OFD locks (then SQLite keeps its own).
    static bool install();
    static bool isInstalled();
};

} // namespace qf
