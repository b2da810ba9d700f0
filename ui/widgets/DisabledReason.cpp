// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisabledReason.h"

#include <QAction>
#include <QWidget>

namespace qf::ui {

namespace {

// The tips a control had before a reason replaced them, kept on the control itself so
// that any page can call this without bookkeeping of its own.
constexpr char kUsualToolTip[] = "qingfengUsualToolTip";
constexpr char kUsualStatusTip[] = "qingfengUsualStatusTip";

template<typename Control>
void apply(Control *control, bool enabled, const QString &reason)
{
    if (!control)
        return;
    if (!control->property(kUsualToolTip).isValid()) {
        control->setProperty(kUsualToolTip, control->toolTip());
        control->setProperty(kUsualStatusTip, control->statusTip());
    }
    control->setEnabled(enabled);
    if (enabled) {
        control->setToolTip(control->property(kUsualToolTip).toString());
        control->setStatusTip(control->property(kUsualStatusTip).toString());
    } else {
        control->setToolTip(reason);
        control->setStatusTip(reason);
    }
}

} // namespace

void enableOrExplain(QWidget *widget, bool enabled, const QString &reason)
{
    apply(widget, enabled, reason);
}

void enableOrExplain(QAction *action, bool enabled, const QString &reason)
{
    apply(action, enabled, reason);
}

} // namespace qf::ui
