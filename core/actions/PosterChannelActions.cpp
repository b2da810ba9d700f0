// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterChannelActions.h"

#include "print/PosterBatch.h"
#include "storage/InstitutionRepository.h"

namespace qf {

Status PosterChannelActions::save(Database &db, Institution &institution)
{
    const QStringList missing = PosterBatch::missingChannels(institution);
    if (!missing.isEmpty())
        return Status::failure(tr("“%1”的%2还没有填写。").arg(institution.name, missing.join(QStringLiteral(u"、"))));
    return InstitutionRepository(db).save(institution);
}

} // namespace qf
