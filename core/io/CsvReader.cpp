// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "forms/TextLimits.h"
#include "io/InputFile.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace qf {

namespace {

// The offset of the first byte that does not belong to well-formed UTF-8 (no overlong
// forms, surrogates or code points above U+10FFFF), or -1. Only to say where a file
// goes wrong: whether it is UTF-8 is decided by Qt's strict decoder.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *u = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = u[i];
        int follow = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            follow = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            follow = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            follow = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + follow >= n)
            return i;
        if (u[i + 1] < low || u[i + 1] > high)
            return i;
        for (int k = 2; k <= follow; ++k)
            if (u[i + k] < 0x80 || u[i + k] > 0xBF)
                return i;
        i += follow + 1;
    }
    return -1;
}

// The line an offset is on, counting CRLF, LF and a lone CR as line ends, as parse() does.
int lineAt(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n')
            ++line;
        else if (bytes.at(i) == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n'))
            ++line;
    }
    return line;
}

bool isBlankRecord(const QStringList &fields)
{
    for (const QString &f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

Status CsvReader::decode(const QByteArray &bytes, const QString &fileName, QString *text, QString *encodingName)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return Status::failure(tr("%1 是 UTF-16 编码的文本，无法读取；请另存为“CSV UTF-8（逗号分隔）”后再导入。").arg(fileName));
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Status::failure(tr("%1 第%2行：含有空字符，不是文本格式的 CSV 文件。").arg(fileName).arg(lineAt(bytes, nul)));
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray data = bom ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8.decode(data);
    if (!utf8.hasError()) {
        *text = decoded;
        if (encodingName)
            *encodingName = QStringLiteral("UTF-8");
        return Status::success();
    }
    // Chinese office programs save CSV in the system code page: GBK, a subset of GB18030.
    // A file that says it is UTF-8 (its BOM) is not second-guessed.
    if (!bom) {
        QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
        if (gb.isValid()) {
            decoded = gb.decode(bytes);
            if (!gb.hasError()) {
                *text = decoded;
                if (encodingName)
                    *encodingName = QStringLiteral("GB18030");
                return Status::success();
            }
        }
    }
    const qsizetype bad = firstInvalidUtf8(data);
    const qsizetype at = bad < 0 ? 0 : bad + (bom ? 3 : 0);
    return Status::failure(tr("%1 第%2行：有无法识别的字符（第 %3 个字节 0x%4），文件既不是有效的 UTF-8 也不是 GB18030（GBK）文本；"
                              "请以“CSV UTF-8（逗号分隔）”另存后再导入。")
                               .arg(fileName)
                               .arg(lineAt(bytes, at))
                               .arg(at + 1)
                               .arg(at < bytes.size() ? uchar(bytes.at(at)) : 0, 2, 16, QLatin1Char('0')));
}

Status CsvReader::parse(const QString &text, const QString &fileName, QList<CsvRecord> *records)
{
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    QList<CsvRecord> result;
    CsvRecord current;
    current.line = 1;
    QString field;
    int line = 1;
    int quoteLine = 0, quoteColumn = 0;
    Status status;

    auto column = [&] { return int(current.fields.size()) + 1; };
    auto endField = [&] {
        if (const QString problem = TextLimits::problem(field); !problem.isEmpty())
            status.add(tr("%1 第%2行第%3列：%4。").arg(fileName).arg(current.line).arg(column()).arg(problem));
        current.fields << field;
        field.clear();
        state = State::FieldStart;
        return current.fields.size() <= kMaxFields;
    };
    auto endRecord = [&] {
        if (!isBlankRecord(current.fields))
            result << current;
        current = CsvRecord();
        current.line = line;
        return result.size() <= kMaxRecords;
    };
    auto tooMany = [&] {
        return current.fields.size() > kMaxFields
            ? Status::failure(tr("%1 第%2行：有 %3 列以上，超过了 %4 列的上限，不像是要导入的表格。")
                                  .arg(fileName).arg(current.line).arg(kMaxFields + 1).arg(kMaxFields))
            : Status::failure(tr("%1：超过 %2 行，超过了一次导入的上限；请分成几个文件导入。").arg(fileName).arg(kMaxRecords));
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool lineEnd = c == u'\n' || c == u'\r';
        if (lineEnd && c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            ++i;   // CRLF is one line end
        switch (state) {
        case State::Quoted:
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else if (lineEnd) {
                field += u'\n';
                ++line;
            } else {
                field += c;
            }
            continue;
        case State::AfterQuote:
            if (c != u',' && !lineEnd)
                return Status::failure(tr("%1 第%2行第%3列：右引号后面还有“%4”；字段中的引号须写成两个引号（\"\"），整个字段放在引号中。")
                                           .arg(fileName).arg(line).arg(column()).arg(c));
            break;
        case State::FieldStart:
            if (c == u'"') {
                state = State::Quoted;
                quoteLine = line;
                quoteColumn = column();
                continue;
            }
            break;
        case State::Unquoted:
            if (c == u'"')
                return Status::failure(tr("%1 第%2行第%3列：引号出现在字段中间；含引号的字段须整个放在引号中，其中的引号写成两个引号（\"\"）。")
                                           .arg(fileName).arg(line).arg(column()));
            break;
        }
        if (c == u',') {
            if (!endField())
                return tooMany();
        } else if (lineEnd) {
            if (!endField())
                return tooMany();
            ++line;
            if (!endRecord())
                return tooMany();
        } else {
            field += c;
            state = State::Unquoted;
        }
    }
    if (state == State::Quoted)
        return Status::failure(tr("%1 第%2行第%3列：这里开始的引号直到文件末尾都没有闭合，文件可能不完整或引号不配对。")
                                   .arg(fileName).arg(quoteLine).arg(quoteColumn));
    // A last line without a line end is a record all the same.
    if (!field.isEmpty() || state == State::AfterQuote || !current.fields.isEmpty()) {
        if (!endField() || !endRecord())
            return tooMany();
    }

    // What stands outside the header's columns has no column to go to: say so instead of
    // dropping it.
    if (!result.isEmpty()) {
        const QStringList &header = result.first().fields;
        for (qsizetype r = 1; r < result.size(); ++r) {
            const CsvRecord &rec = result.at(r);
            for (qsizetype c = 0; c < rec.fields.size(); ++c) {
                const QString value = rec.fields.at(c).trimmed();
                if (value.isEmpty() || (c < header.size() && !header.at(c).trimmed().isEmpty()))
                    continue;
                status.add(c < header.size()
                               ? tr("%1 第%2行第%3列：“%4”所在的列没有表头，无法导入（未加引号的逗号也会把一个字段分成两列）。")
                                     .arg(fileName).arg(rec.line).arg(c + 1).arg(value.left(40))
                               : tr("%1 第%2行第%3列：“%4”在表头的最后一列（第%5列）之后，无法导入（未加引号的逗号也会把一个字段分成两列）。")
                                     .arg(fileName).arg(rec.line).arg(c + 1).arg(value.left(40)).arg(header.size()));
            }
        }
    }
    if (!status)
        return status;
    *records = result;
    return Status::success();
}

Status CsvReader::parseBytes(const QByteArray &bytes, const QString &fileName, QList<CsvRecord> *records,
                             QString *encodingName)
{
    QString text;
    const Status s = decode(bytes, fileName, &text, encodingName);
    return s ? parse(text, fileName, records) : s;
}

Status CsvReader::readFile(const QString &path, QList<CsvRecord> *records, QString *encodingName)
{
    QByteArray bytes;
    const Status s = InputFile::read(path, kMaxFileSize, &bytes);
    return s ? parseBytes(bytes, QFileInfo(path).fileName(), records, encodingName) : s;
}

} // namespace qf
