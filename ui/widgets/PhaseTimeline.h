// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"

#include <QWidget>

namespace qf::ui {

/// The campaign's phases as bars on a month axis, deadlines as marks and today as a line.
class PhaseTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit PhaseTimeline(QWidget *parent = nullptr);
    void setCampaign(const Campaign &campaign, const QDate &today);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Campaign m_campaign;
    QDate m_today;
};

} // namespace qf::ui
