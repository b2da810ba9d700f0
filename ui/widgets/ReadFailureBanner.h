// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QLabel>

namespace qf::ui {

/// The line a page shows above its list when the database did not hand the list over (a
/// lost server, a file gone or damaged underneath): "无法读取机构名册：…" in the page, so
/// that a failed read never looks like a county without data. Hidden while reads succeed.
class ReadFailureBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ReadFailureBanner(QWidget *parent = nullptr);
    /// Shows what could not be read, or hides the banner when `read` succeeded.
    void showStatus(const Status &read);
};

} // namespace qf::ui
