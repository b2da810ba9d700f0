// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>

namespace qf {

struct Campaign;
class Database;

/// The demo county (鹿寨县, campaign 鹿卫医〔2021〕22号) so that a first start shows a
/// living campaign. Everything it writes is marked as demo data.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    /// Writes the registry, the campaign and its July–November figures in one transaction.
    /// Does nothing when the database already holds a campaign or institutions.
    static Status seed(Database &db);
    /// The demo campaign's id, or 0.
    static qint64 campaignId(Database &db);
    /// The campaign as the seed writes it (not stored: no ids), to tell what was changed since.
    static Status campaign(Campaign *out);
};

} // namespace qf
