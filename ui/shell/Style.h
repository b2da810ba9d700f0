// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace qf::ui {
/// The application's look: a CJK font and a quiet, office-like style sheet.
void applyStyle(QApplication &app);
}
