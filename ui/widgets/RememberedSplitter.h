// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

namespace qf::ui {

/// A splitter whose sizes outlive the window: dragged once to show more of the findings,
/// it opens that way next time instead of the clerk dragging it again every morning.
class RememberedSplitter : public QSplitter
{
    Q_OBJECT
public:
    /// `key` names the settings entry; `sizes` are used until the user moves the handle.
    RememberedSplitter(Qt::Orientation orientation, const QString &key, const QList<int> &sizes,
                       QWidget *parent = nullptr);
    /// Restores the remembered sizes (call after the widgets are added).
    void restore();
    QString key() const { return m_key; }

private:
    QString m_key;
    QList<int> m_defaultSizes;
};

} // namespace qf::ui
