// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QFile>
#include <QStringDecoder>

namespace qf {

QString CsvReader::decode(const QByteArray &bytes, QString *encodingName)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError()) {
        if (encodingName)
            *encodingName = QStringLiteral("UTF-8");
        return text;
    }
    // Chinese office programs save CSV in the system code page: GBK, a subset of GB18030.
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        QString decoded = gb.decode(bytes);
        if (!gb.hasError()) {
            if (encodingName)
                *encodingName = QStringLiteral("GB18030");
            return decoded;
        }
    }
    if (encodingName)
        *encodingName = QStringLiteral("UTF-8 (invalid bytes replaced)");
    return text;
}

QList<CsvRecord> CsvReader::parse(const QString &text)
{
    QList<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;

    auto endField = [&]() {
        current.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&]() {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty();
        if (!blank)
            records << current;
        current = CsvRecord();
    };

    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the \n that follows ends the record.
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            current.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

Status CsvReader::readFile(const QString &path, QList<CsvRecord> *records, QString *encodingName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("无法打开文件 %1：%2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return Status::failure(tr("文件 %1 不是文本格式的 CSV 文件。").arg(path));
    *records = parse(decode(bytes, encodingName));
    return Status::success();
}

} // namespace qf
