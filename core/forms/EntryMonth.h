// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"

#include <QDate>

namespace qf {

class Database;

/// Which month the entry grid shows first for a campaign.
namespace EntryMonth {

/// The month due now (the one before today) while it is one of the campaign's reporting
/// months; otherwise the latest of them anybody reported for, else the first of them (an
/// empty month when the campaign has none). A clerk opening a finished campaign lands on
/// the figures that were filed, not on an empty first month.
YearMonth opening(Database &db, const Campaign &campaign, const QDate &today);

} // namespace EntryMonth

} // namespace qf
