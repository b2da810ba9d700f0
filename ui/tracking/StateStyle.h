// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/SubmissionState.h"

#include <QColor>

namespace qf::ui {

/// The colours every tracking view uses, so green always means on time and red overdue.
struct StateStyle
{
    QColor background;
    QColor foreground;

    static StateStyle of(SubmissionState state)
    {
        switch (state) {
        case SubmissionState::OnTime: return {QColor(0xd9, 0xf0, 0xda), QColor(0x1b, 0x5e, 0x20)};
        case SubmissionState::Late: return {QColor(0xff, 0xec, 0xb3), QColor(0x6d, 0x4c, 0x00)};
        case SubmissionState::Pending: return {QColor(0xe8, 0xee, 0xf6), QColor(0x37, 0x47, 0x4f)};
        case SubmissionState::Overdue: break;
        }
        return {QColor(0xf8, 0xd0, 0xce), QColor(0xa3, 0x00, 0x1b)};
    }
    /// A month the unit did not owe anything (closed, not yet open).
    static StateStyle notExpected() { return {QColor(0xf4, 0xf4, 0xf4), QColor(0x9e, 0x9e, 0x9e)}; }
};

} // namespace qf::ui
