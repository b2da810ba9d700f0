// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Status.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace qf {

/// The words of 催报 and 回执 e-mails: template data (summary/mail-sentences.json), which a
/// campaign template replaces under "mail", and a bureau's own file (WordingFiles) over both.
namespace MailWording {
/// "reminder" or "receipt": the default words, those a campaign template names replaced by
/// its own, and those the bureau's file names by the file's. Fails on a bureau's file with
/// a mistake, naming the file and the key.
Status sentences(const Campaign &campaign, const QString &kind, QJsonObject *out);
/// `text` with every {name} of `values` filled in (an unknown name is left as it is).
QString fill(const QString &text, const QHash<QString, QString> &values);
}

} // namespace qf
