// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/EncodedWords.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace qf {

namespace {

QByteArray decodeQ(const QByteArray &payload, bool *ok)
{
    QByteArray out;
    for (qsizetype i = 0; i < payload.size(); ++i) {
        const char c = payload.at(i);
        if (c == '_') {
            out += ' ';
        } else if (c == '=') {
            bool hex = false;
            const int v = payload.mid(i + 1, 2).toInt(&hex, 16);
            if (!hex || i + 2 >= payload.size()) {
                *ok = false;
                return {};
            }
            out += char(v);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

// GB2312 and GBK labels are routinely put on text that uses characters only GBK (or GB18030)
// has; GB18030 reads all three the same where they agree.
QByteArray charsetName(QByteArray charset)
{
    charset = charset.split('*').value(0).trimmed().toLower(); // RFC 2231 adds "*language"
    if (charset == "gb2312" || charset == "gbk" || charset == "x-gbk" || charset == "cp936" || charset == "euc-cn")
        return QByteArrayLiteral("GB18030");
    return charset;
}

bool flush(QByteArray &charset, QByteArray &bytes, QString &out)
{
    if (charset.isEmpty())
        return true;
    QStringDecoder decoder(charsetName(charset).constData());
    if (!decoder.isValid())
        return false;
    out += decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    charset.clear();
    bytes.clear();
    return true;
}

} // namespace

QString EncodedWords::parameter(const QByteArray &rawHeaderValue, const QByteArray &name)
{
    QByteArray value = rawHeaderValue;
    value.replace("\r\n", "").replace('\n', "");
    const QRegularExpression param(QStringLiteral(R"re((?:^|;)\s*%1\s*=\s*(?:"([^"]*)"|([^;\s]+)))re")
                                       .arg(QRegularExpression::escape(QString::fromLatin1(name))),
                                   QRegularExpression::CaseInsensitiveOption);
    const auto found = param.match(QString::fromLatin1(value));
    if (!found.hasMatch())
        return {};
    const QByteArray text = (found.hasCaptured(1) ? found.captured(1) : found.captured(2)).toLatin1();
    static const QRegularExpression word(QStringLiteral(R"(=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=)"));
    const QString latin = QString::fromLatin1(text);
    if (!word.match(latin).hasMatch())
        return {};
    QString out;
    QByteArray charset;  // of the words whose bytes wait in `bytes`
    QByteArray bytes;
    qsizetype at = 0;
    for (auto it = word.globalMatch(latin); it.hasNext();) {
        const auto w = it.next();
        const QByteArray between = text.mid(at, w.capturedStart() - at);
        at = w.capturedEnd();
        // Whitespace between two words is not part of the name (RFC 2047 §6.2); other text is.
        if (!between.trimmed().isEmpty()) {
            if (!flush(charset, bytes, out))
                return {};
            out += QString::fromUtf8(between);
        }
        const QByteArray wordCharset = w.captured(1).toLatin1();
        const QByteArray payload = w.captured(3).toLatin1();
        bool ok = true;
        QByteArray decoded;
        if (w.captured(2).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0) {
            const auto r = QByteArray::fromBase64Encoding(payload, QByteArray::AbortOnBase64DecodingErrors);
            ok = bool(r);
            decoded = r.decoded;
        } else {
            decoded = decodeQ(payload, &ok);
        }
        if (!ok)
            return {};
        // A character may be split between two words of one charset: their bytes go together.
        if (charsetName(wordCharset) != charsetName(charset) && !flush(charset, bytes, out))
            return {};
        charset = wordCharset;
        bytes += decoded;
    }
    if (!flush(charset, bytes, out))
        return {};
    out += QString::fromUtf8(text.mid(at));
    return out;
}

} // namespace qf
