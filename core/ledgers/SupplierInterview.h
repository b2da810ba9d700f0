// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace qf {

/// An institution's interview of one supplier (约谈供应商, 附件3 column 7), usually with a
/// signed pledge to supply cleanly and pay no kickbacks (廉洁供药承诺书).
struct SupplierInterview
{
    Q_DECLARE_TR_FUNCTIONS(SupplierInterview)
public:
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 institutionId = 0;
    QString supplier;
    QDate heldOn;
    bool pledgeSigned = false;
    QString interviewer;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;

    Status validate() const;
};

/// A supplier on the negative list (负面名单): it bribed or paid kickbacks and may no
/// longer supply. institutionId 0 when the bureau listed it.
struct NegativeListEntry
{
    Q_DECLARE_TR_FUNCTIONS(NegativeListEntry)
public:
    qint64 id = 0;
    qint64 campaignId = 0;
    QString supplier;
    QDate listedOn;
    QString reason;
    qint64 institutionId = 0;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;

    Status validate() const;
};

} // namespace qf
