// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace qf::ui {

/// A horizontal header in the form's two levels: the group label (自查自纠（个）) spanning
/// its columns, the column label below it, and the form's column number at the bottom.
/// Reads EntryModel's GroupRole and NumberRole.
class GroupedHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit GroupedHeaderView(QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    QString group(int logicalIndex) const;
    /// The viewport rectangle of the group the section belongs to (all its sections).
    QRect groupRect(int logicalIndex, const QRect &sectionRect) const;
    int groupHeight() const;
    int numberHeight() const;
};

} // namespace qf::ui
