// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAction;
class QWidget;

namespace qf::ui {

/// Enables a button or action, or disables it saying why: a greyed control that does not
/// say what it waits for leaves the clerk guessing. While disabled its tooltip and status
/// tip are the reason; enabled again it gets back the tips it had before.
void enableOrExplain(QWidget *widget, bool enabled, const QString &reason);
void enableOrExplain(QAction *action, bool enabled, const QString &reason);

} // namespace qf::ui
