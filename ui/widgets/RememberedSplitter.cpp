// SPDX-License-Identifier: GPL-3.0-or-later
#include "RememberedSplitter.h"

#include <QSettings>

namespace qf::ui {

RememberedSplitter::RememberedSplitter(Qt::Orientation orientation, const QString &key, const QList<int> &sizes,
                                       QWidget *parent)
    : QSplitter(orientation, parent), m_key(key), m_defaultSizes(sizes)
{
    setObjectName(key);
    connect(this, &QSplitter::splitterMoved, this, [this] { QSettings().setValue(m_key, saveState()); });
}

void RememberedSplitter::restore()
{
    // A state saved with another number of panes does not restore; the defaults stand then.
    if (!restoreState(QSettings().value(m_key).toByteArray()))
        setSizes(m_defaultSizes);
}

} // namespace qf::ui
