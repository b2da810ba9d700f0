// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailboxName.h"

namespace qf::MailboxName {

namespace {

QByteArray shifted(const QString &run)
{
    QByteArray utf16;
    for (const QChar c : run) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    QByteArray b64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
    b64.replace('/', ',');
    return '&' + b64 + '-';
}

} // namespace

QByteArray encode(const QString &name)
{
    QByteArray out;
    QString run;
    for (const QChar c : name) {
        const ushort u = c.unicode();
        if (u >= 0x20 && u <= 0x7e) {
            if (!run.isEmpty()) {
                out += shifted(run);
                run.clear();
            }
            out += u == '&' ? QByteArrayLiteral("&-") : QByteArray(1, char(u));
        } else {
            run += c;
        }
    }
    if (!run.isEmpty())
        out += shifted(run);
    return out;
}

QString decode(const QByteArray &encoded)
{
    QString out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c != '&') {
            out += QLatin1Char(c);
            continue;
        }
        const qsizetype end = encoded.indexOf('-', i + 1);
        if (end < 0)
            return out + QString::fromLatin1(encoded.mid(i)); // not ours to repair: shown as it came
        QByteArray b64 = encoded.mid(i + 1, end - i - 1);
        if (b64.isEmpty()) {
            out += QLatin1Char('&');
        } else {
            b64.replace(',', '/');
            const QByteArray utf16 = QByteArray::fromBase64(b64);
            for (qsizetype k = 0; k + 1 < utf16.size(); k += 2)
                out += QChar(ushort((uchar(utf16.at(k)) << 8) | uchar(utf16.at(k + 1))));
        }
        i = end;
    }
    return out;
}

} // namespace qf::MailboxName
