// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"
#include "model/YearMonth.h"
#include "model/AuditEntry.h"

#include <QMessageBox>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

namespace qf::ui {

class EntryModel;
class Session;

/// 验收 and 签发 on the entry page: a unit's month is accepted (its figures locked), or the
/// bureau signs the whole month of the form; unlocking asks why. The database holds the
/// locks and refuses changes to locked figures; this bar shows them and keeps the grid's
/// locked rows read-only.
class MonthLockBar : public QWidget
{
    Q_OBJECT
public:
    using Asker = std::function<QMessageBox::StandardButton(const QString &title, const QString &text,
                                                            QMessageBox::StandardButtons buttons)>;
    /// Asks for a reason; an empty string means the user gave up.
    using ReasonAsker = std::function<QString(const QString &title, const QString &prompt)>;

    MonthLockBar(Session *session, EntryModel *model, QWidget *parent = nullptr);
    void setAsker(Asker asker) { m_ask = std::move(asker); }
    void setReasonAsker(ReasonAsker asker) { m_askReason = std::move(asker); }
    /// Called before a lock changes: unsaved edits must be saved or dropped first.
    void setBeforeChange(std::function<bool()> check) { m_beforeChange = std::move(check); }
    /// The unit the buttons act on (the grid's current row).
    void setCurrentUnit(std::function<QString()> current) { m_currentUnit = std::move(current); }

    /// Reads the month's locks and hands them to the grid.
    void load(qint64 campaignId, int form, const YearMonth &period);

    Status accept(const QString &unitKey);
    Status sign();
    /// Unlocks the unit's acceptance, or the whole month's signature when `unitKey` is "*".
    Status unlock(const QString &unitKey, const QString &reason);
    QList<AuditEntry> history(const QString &unitKey) const;
    QString stateText() const;

public slots:
    void acceptCurrent();
    void signMonth();
    void unlockCurrent();
    void showHistory();

signals:
    void locksChanged();

private:
    Status checkSaved(const QString &unitKey) const;
    void refreshButtons();
    QString unitName(const QString &unitKey) const;
    void tell(const QString &title, const Status &s);

    Session *m_session;
    EntryModel *m_model;
    qint64 m_campaignId = 0;
    int m_form = 0;
    YearMonth m_period;
    Asker m_ask;
    ReasonAsker m_askReason;
    std::function<bool()> m_beforeChange;
    std::function<QString()> m_currentUnit;
    QLabel *m_state;
    QPushButton *m_accept;
    QPushButton *m_sign;
    QPushButton *m_unlock;
    QPushButton *m_history;
};

} // namespace qf::ui
