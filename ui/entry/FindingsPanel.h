// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/Finding.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTreeView;

namespace qf::ui {

/// The month's findings as a list (level, form, unit, month, column, rule, message).
/// Activating one asks for its cell to be shown.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);
    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    QTreeView *view() const { return m_view; }
    /// How a rule reads in the list: "（2）≤（1）", "不能为负数" …
    static QString ruleText(const Finding &finding);

signals:
    void findingActivated(const qf::Finding &finding);

private:
    QList<Finding> m_findings;
    QLabel *m_summary;
    QTreeView *m_view;
    QStandardItemModel *m_model;
};

} // namespace qf::ui
