// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace qf {

/// The words of 催报 and 回执 e-mails: template data (summary/mail-sentences.json), which a
/// campaign template replaces under "mail" for a bureau that writes its own.
namespace MailWording {
/// "reminder" or "receipt" of the campaign's template, or of the default set.
QJsonObject sentences(const Campaign &campaign, const QString &kind);
/// `text` with every {name} of `values` filled in (an unknown name is left as it is).
QString fill(const QString &text, const QHash<QString, QString> &values);
}

} // namespace qf
