// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace qf::CoreDumps {

/// Keeps the process's memory out of core files and away from other processes of the same
/// account: it holds server and mailbox passwords (typed, or read from the keyring) and
/// the county's figures. Sets the core file limit to zero and, on Linux, marks the process
/// not dumpable, as password managers do. Called first thing by the window and the command
/// line. Returns whether both took effect.
bool disable();

/// Whether a crash of this process would leave a core file (the limit is above zero).
bool enabled();

} // namespace qf::CoreDumps
