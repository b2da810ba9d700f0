// SPDX-License-Identifier: GPL-3.0-or-later
#include "WordingFiles.h"

#include "SummaryDocument.h"
#include "io/InputFile.h"
#include "model/NameKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

namespace qf {

namespace {

// A wording file is a few kilobytes; anything far larger is not one.
constexpr qint64 kMaxWordingFile = 1 << 20;

// Every text of the file, wherever it sits, must print as written: no directional control
// (which turns the words after it around in a mail's subject or a printed summary) and no
// control character but the newline that separates a text's lines.
Status checkCharacters(const QJsonValue &value, const QString &key)
{
    if (value.isString()) {
        QString text = value.toString();
        text.remove(QLatin1Char('\n'));
        if (NameKey::controlCharacterAt(text) >= 0)
            return Status::failure(WordingFiles::tr("键“%1”含有控制字符或改变文字方向的字符（如 U+202E）：请删去。").arg(key));
        return Status::success();
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            if (Status s = checkCharacters(array.at(i), QStringLiteral("%1[%2]").arg(key).arg(i)); !s)
                return s;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (Status s = checkCharacters(it.value(), key.isEmpty() ? it.key() : key + QLatin1Char('.') + it.key()); !s)
                return s;
    }
    return Status::success();
}

QSet<QString> placeholdersIn(const QString &text)
{
    static const QRegularExpression name(QStringLiteral(R"(\{([A-Za-z]+)\})"));
    QSet<QString> names;
    for (auto it = name.globalMatch(text); it.hasNext();)
        names.insert(it.next().captured(1));
    return names;
}

// The mail file: its kinds and keys are the built-in ones (a key it leaves out keeps the
// built-in words), and each text uses only the {names} the built-in text of its key uses:
// those are the values the program fills in for it.
Status checkMail(const QJsonObject &json, const QJsonObject &builtIn)
{
    for (auto kind = json.begin(); kind != json.end(); ++kind) {
        if (kind.key().startsWith(QLatin1Char('_')))
            continue;   // "_comment"
        if (!builtIn.contains(kind.key()) || kind.key().startsWith(QLatin1Char('_')))
            return Status::failure(WordingFiles::tr("键“%1”不是邮件措辞的种类；可用：reminder（催报）、receipt（回执）。").arg(kind.key()));
        if (!kind.value().isObject())
            return Status::failure(WordingFiles::tr("键“%1”应为一组措辞（{ … }）。").arg(kind.key()));
        const QJsonObject base = builtIn.value(kind.key()).toObject();
        const QJsonObject own = kind.value().toObject();
        for (auto it = own.begin(); it != own.end(); ++it) {
            const QString key = kind.key() + QLatin1Char('.') + it.key();
            if (!base.contains(it.key()))
                return Status::failure(WordingFiles::tr("键“%1”不是邮件的措辞；可用：%2。").arg(key, base.keys().join(QStringLiteral(u"、"))));
            if (!it.value().isString())
                return Status::failure(WordingFiles::tr("键“%1”应为一段文字。").arg(key));
            const QSet<QString> allowed = placeholdersIn(base.value(it.key()).toString());
            for (const QString &name : placeholdersIn(it.value().toString()))
                if (!allowed.contains(name)) {
                    QStringList names(allowed.cbegin(), allowed.cend());
                    names.sort();
                    for (QString &n : names)
                        n = QLatin1Char('{') + n + QLatin1Char('}');
                    return Status::failure(WordingFiles::tr("键“%1”中的“{%2}”不是这段文字可用的名称；可用：%3。")
                                               .arg(key, name, names.isEmpty() ? WordingFiles::tr("无") : names.join(QStringLiteral(u"、"))));
                }
        }
    }
    return Status::success();
}

} // namespace

QString WordingFiles::fileName(Kind kind)
{
    return kind == Kind::Summary ? QStringLiteral("summary-sentences.json") : QStringLiteral("mail-sentences.json");
}

QString WordingFiles::directory()
{
    // A folder the bureau names instead (a shared one, so every desk writes alike).
    const QString named = qEnvironmentVariable("QINGFENG_WORDING_DIR");
    if (!named.isEmpty())
        return QDir::cleanPath(named);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/wording");
}

QByteArray WordingFiles::builtIn(Kind kind)
{
    QFile f(kind == Kind::Summary ? QStringLiteral(":/qingfeng/summary/sentences.json")
                                  : QStringLiteral(":/qingfeng/summary/mail-sentences.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject WordingFiles::builtInJson(Kind kind)
{
    return QJsonDocument::fromJson(builtIn(kind)).object();
}

Status WordingFiles::check(Kind kind, const QJsonObject &json, const QString &file)
{
    Status s = checkCharacters(json, QString());
    if (s)
        s = kind == Kind::Summary ? SummaryDocument::checkSentences(json) : checkMail(json, builtInJson(kind));
    if (!s)
        return Status::failure(tr("措辞文件 %1 有误，未采用：%2").arg(QDir::toNativeSeparators(file), s.message()));
    return s;
}

Status WordingFiles::read(Kind kind, const QString &file, QJsonObject *out)
{
    // Only a regular file of a sane size: a FIFO would block the drafting for ever, a device
    // such as /dev/zero fill memory.
    QByteArray bytes;
    if (Status s = InputFile::read(file, kMaxWordingFile, &bytes); !s)
        return Status::failure(tr("措辞文件 %1 无法读取：%2").arg(QDir::toNativeSeparators(file), s.message()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        return Status::failure(tr("措辞文件 %1 不是有效的 JSON（第%2行第%3列：%4），未采用。")
                                   .arg(QDir::toNativeSeparators(file))
                                   .arg(line)
                                   .arg(column)
                                   .arg(error.errorString()));
    }
    if (!doc.isObject())
        return Status::failure(tr("措辞文件 %1 应为一个 JSON 对象（{ … }），未采用。").arg(QDir::toNativeSeparators(file)));
    if (Status s = check(kind, doc.object(), file); !s)
        return s;
    *out = doc.object();
    return Status::success();
}

Status WordingFiles::loadOverride(Kind kind, QJsonObject *out, bool *found)
{
    *found = false;
    const QString file = path(kind);
    // A link that leads nowhere is a file the bureau meant to use: say so, never fall back
    // to the built-in words without a word.
    const QFileInfo info(file);
    if (!info.exists() && !info.isSymLink())
        return Status::success();
    if (Status s = read(kind, file, out); !s)
        return s;
    *found = true;
    return Status::success();
}

} // namespace qf
