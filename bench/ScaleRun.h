// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResultTable.h"

#include <QString>

#include <memory>

namespace qf::ui {
class MainWindow;
class Session;
}

namespace qf::bench {

struct RunOptions
{
    int counties = 1;     ///< 1: county, 10: city
    int runs = 3;         ///< repetitions per measurement; the median is reported
    QString keepDir;      ///< when set, the generated database is copied here (for profiling)
};

/// Generates one scale's data into a temporary database and measures every row on it.
/// Returns false (with a message on stderr) when the data could not be generated.
bool runScale(const RunOptions &options, ResultTable *table);
/// The open row's product once, on a kept database, to profile: the session opened and
/// the main window shown. Returns what went wrong, or nothing.
QString openMainWindow(const QString &dbPath);
/// The same, keeping the session and the window open for the caller.
QString openMainWindow(const QString &dbPath, std::unique_ptr<ui::Session> *session,
                       std::unique_ptr<ui::MainWindow> *window);

} // namespace qf::bench
