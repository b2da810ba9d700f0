// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cli.h"

namespace qf::cli {

/// analysis chart: kept apart from the other commands because it draws with Qt Charts,
/// which needs Qt Widgets and a QApplication; main() registers it (see addCommands).
QList<Command> chartCommands();

} // namespace qf::cli
