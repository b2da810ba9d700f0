// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace qf {

/// The wording a bureau rewords without a new program: the 工作总结's sentences and the
/// 催报/回执 e-mails' words, each a JSON file of the program's own form in the user's data
/// folder (beside the default database, `wording/`, or the folder QINGFENG_WORDING_DIR
/// names), used for every campaign in place of the built-in words and a campaign
/// template's own. A file that is there is checked whole
/// before anything is written with it; one with a mistake is refused, naming the file and
/// the key, rather than half used or quietly passed over.
class WordingFiles
{
    Q_DECLARE_TR_FUNCTIONS(WordingFiles)
public:
    enum class Kind { Summary, Mail };

    /// summary-sentences.json, mail-sentences.json: the built-in files' own names.
    static QString fileName(Kind kind);
    /// Where the bureau's files are looked for: the folder QINGFENG_WORDING_DIR names, else
    /// <the user's data folder>/wording (beside the default database).
    static QString directory();
    static QString path(Kind kind) { return directory() + QLatin1Char('/') + fileName(kind); }
    /// The built-in file, as shipped: the starting point for a bureau's own.
    static QByteArray builtIn(Kind kind);
    static QJsonObject builtInJson(Kind kind);

    /// The bureau's file of `kind` when there is one: checked and read into `out`, `*found`
    /// set. No file: success, `*found` false and `out` untouched.
    static Status loadOverride(Kind kind, QJsonObject *out, bool *found);
    /// Checks `json` as a file of `kind`; a failure names `file` and the key that is wrong.
    static Status check(Kind kind, const QJsonObject &json, const QString &file);
    /// Reads and checks a file of `kind` at any path (what `wording check` does).
    static Status read(Kind kind, const QString &file, QJsonObject *out);
};

} // namespace qf
