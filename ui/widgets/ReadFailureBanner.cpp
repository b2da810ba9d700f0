// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadFailureBanner.h"

namespace qf::ui {

ReadFailureBanner::ReadFailureBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("readFailure"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // The driver's words are what an administrator needs: the clerk can copy them.
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("QLabel#readFailure { background: #fdecea; color: #8a1c12; border: 1px solid #e0867d; "
                                 "border-radius: 4px; padding: 6px; }"));
    hide();
}

void ReadFailureBanner::showStatus(const Status &read)
{
    if (read) {
        clear();
        hide();
        return;
    }
    // Several reads of one page fail alike when the connection is gone: each once.
    QStringList messages = read.messages();
    messages.removeDuplicates();
    setText(messages.join(QLatin1Char('\n')));
    show();
}

} // namespace qf::ui
