// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QPlainTextEdit;

namespace qf::ui {

/// Asks why (and, when asked for, which figure): unlocking a month or keeping a typed
/// figure against the ledger's. OK stays disabled until a reason is written.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);
    /// Adds the figure field, starting at `value`, with `decimals` places (0 for counts).
    void askFigure(const QString &label, double value, int decimals);
    QString reason() const;
    double figure() const;
    bool canAccept() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDoubleSpinBox *figureEdit() const { return m_figure; }

private:
    QPlainTextEdit *m_reason;
    QDoubleSpinBox *m_figure = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace qf::ui
