// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Institution.h"
#include "model/Status.h"

#include <QCoreApplication>

namespace qf {

class Database;

/// 补全举报渠道: an institution's 举报电话 and 举报邮箱, filled in from the poster panel
/// so that its poster can be printed. Both are needed, so an institution still missing
/// one is refused before anything is stored.
class PosterChannelActions
{
    Q_DECLARE_TR_FUNCTIONS(PosterChannelActions)
public:
    static Status save(Database &db, Institution &institution);
};

} // namespace qf
