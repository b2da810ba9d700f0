// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/ImapClient.h"

#include "mail/CurlSession.h"
#include "mail/MailboxName.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <QUrl>

#include <curl/curl.h>

namespace qf {

ImapClient::ImapClient(const MailServer &server)
    : m_server(server)
{
}

ImapClient::~ImapClient()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

QString ImapClient::url(const QString &path) const
{
    const QString scheme = m_server.implicitTls ? QStringLiteral("imaps") : QStringLiteral("imap");
    return QStringLiteral("%1://%2:%3/%4").arg(scheme, m_server.host).arg(m_server.port).arg(path);
}

Status ImapClient::perform(const QString &path, const QByteArray &command, QByteArray *response, qint64 limit)
{
    if (!m_curl) {
        m_curl = CurlSession::newHandle();
        if (!m_curl)
            return Status::failure(tr("无法初始化邮件连接（libcurl）。"));
    }
    CURL *curl = static_cast<CURL *>(m_curl);
    CurlSession::configure(curl, m_server, url(path));
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, command.isEmpty() ? nullptr : command.constData());
    return CurlSession::run(curl, m_server, response, limit);
}

Status ImapClient::performOn(const QString &mailbox, quint32 uidValidity, const QString &more, const QByteArray &command,
                             QByteArray *response, qint64 limit)
{
    if (!m_curl) {
        m_curl = CurlSession::newHandle();
        if (!m_curl)
            return Status::failure(tr("无法初始化邮件连接（libcurl）。"));
    }
    const QString box = QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(MailboxName::encode(mailbox))));
    CURL *curl = static_cast<CURL *>(m_curl);
    CurlSession::configure(curl, m_server, url(box + QStringLiteral(";UIDVALIDITY=%1").arg(uidValidity) + more));
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, command.isEmpty() ? nullptr : command.constData());
    bool renumbered = false;
    Status s = CurlSession::run(curl, m_server, response, limit, &renumbered);
    if (renumbered)
        return Status::failure(tr("邮件服务器 %1 在收取时重新编号了邮箱“%2”（UIDVALIDITY 已不是 %3）：未按旧编号收取或改动任何邮件，请重新收取。")
                                   .arg(m_server.host, mailbox).arg(uidValidity));
    return s;
}

Status ImapClient::open()
{
    // The client names itself; servers that insist on ID (NetEase) only look for its presence.
    QByteArray response;
    return perform(QString(), QByteArrayLiteral("ID (\"name\" \"Qingfeng\" \"vendor\" \"Qingfeng\")"), &response, 1 << 20);
}

Status ImapClient::mailboxState(const QString &mailbox, ImapMailboxState *state)
{
    QByteArray response;
    // Quoted as every other command quotes it: a '"' or '\\' in the name must not end the string early.
    const QByteArray command = QByteArrayLiteral("STATUS ") + quotedMailbox(mailbox)
                               + QByteArrayLiteral(" (UIDVALIDITY UIDNEXT MESSAGES)");
    if (Status s = perform(QString(), command, &response, 1 << 20); !s)
        return s;
    if (!parseStatus(response, state))
        return Status::failure(tr("邮件服务器 %1 对邮箱“%2”的状态答复无法识别。").arg(m_server.host, mailbox));
    return Status::success();
}

Status ImapClient::list(const QString &mailbox, quint32 uidValidity, quint32 fromUid, QList<ImapMessageInfo> *out)
{
    out->clear();
    // libcurl counts a command's untagged answers against its cap on response headers
    // (300 KB): one FETCH of a month's mail for a county (600 messages, about 500 bytes of
    // answer each on Dovecot) is refused. The UIDs come first, then their details a slice at
    // a time. The UIDs too are asked for a window at a time: libcurl silently cuts one very
    // long SEARCH line (about 10,000 UIDs on), and a cut answer would lose the messages in
    // the gap for good, since the next fetch starts after the highest UID seen.
    ImapMailboxState state;
    if (Status s = mailboxState(mailbox, &state); !s)
        return s;
    QByteArray response;
    QSet<quint32> found;
    const quint32 first = qMax<quint32>(fromUid, 1);
    for (quint64 low = first;; low += kSearchWindow) {
        // The last window is open-ended, so what arrives while listing is listed too.
        const bool last = state.uidNext == 0 || low + kSearchWindow >= state.uidNext;
        const QByteArray search = QByteArrayLiteral("UID SEARCH UID ") + QByteArray::number(low) + ':'
                                  + (last ? QByteArrayLiteral("*") : QByteArray::number(low + kSearchWindow - 1));
        if (Status s = performOn(mailbox, uidValidity, QString(), search, &response, 16 << 20); !s)
            return s;
        // "n:*" always includes the highest UID, even when it is below n.
        for (quint32 uid : parseSearch(response))
            if (uid >= low)
                found.insert(uid);
        if (last)
            break;
    }
    QList<quint32> uids(found.cbegin(), found.cend());
    std::sort(uids.begin(), uids.end());
    for (qsizetype from = 0; from < uids.size(); from += kListSlice) {
        const QByteArray command = QByteArrayLiteral("UID FETCH ") + uidSet(uids.mid(from, kListSlice))
                                   + QByteArrayLiteral(" (UID INTERNALDATE RFC822.SIZE FLAGS)");
        if (Status s = performOn(mailbox, uidValidity, QString(), command, &response, 16 << 20); !s) {
            out->clear();
            return s;
        }
        for (const ImapMessageInfo &m : parseFetchList(response))
            if (m.uid >= fromUid)
                out->append(m);
    }
    std::sort(out->begin(), out->end(), [](const ImapMessageInfo &a, const ImapMessageInfo &b) { return a.uid < b.uid; });
    return Status::success();
}

Status ImapClient::fetch(const QString &mailbox, quint32 uidValidity, const ImapMessageInfo &info, bool keepUnseen, QByteArray *raw)
{
    if (info.size > MaxMessageSize)
        return Status::failure(tr("邮件（UID %1）大小为 %2 MB，超过 %3 MB，未下载。")
                                   .arg(info.uid).arg(info.size >> 20).arg(MaxMessageSize >> 20));
    if (Status s = performOn(mailbox, uidValidity, QStringLiteral(";UID=%1").arg(info.uid), QByteArray(), raw,
                             MaxMessageSize + (1 << 20));
        !s)
        return s;
    if (keepUnseen && !info.seen()) {
        QByteArray response;
        const QByteArray command = QByteArrayLiteral("UID STORE ") + QByteArray::number(info.uid)
                                   + QByteArrayLiteral(" -FLAGS.SILENT (\\Seen)");
        if (Status s = performOn(mailbox, uidValidity, QString(), command, &response, 1 << 20); !s)
            return s;
    }
    return Status::success();
}

Status ImapClient::markSeen(const QString &mailbox, quint32 uidValidity, quint32 uid)
{
    QByteArray response;
    return performOn(mailbox, uidValidity, QString(),
                     QByteArrayLiteral("UID STORE ") + QByteArray::number(uid) + QByteArrayLiteral(" +FLAGS.SILENT (\\Seen)"), &response,
                     1 << 20);
}

Status ImapClient::capabilities(QStringList *out)
{
    QByteArray response;
    if (Status s = perform(QString(), QByteArrayLiteral("CAPABILITY"), &response, 1 << 20); !s)
        return s;
    *out = parseCapabilities(response);
    return Status::success();
}

Status ImapClient::present(const QString &mailbox, quint32 uidValidity, const QList<quint32> &uids, QList<quint32> *out)
{
    out->clear();
    if (uids.isEmpty())
        return Status::success();
    QByteArray response;
    // A slice at a time, as list() does: libcurl silently cuts one very long SEARCH answer.
    for (qsizetype from = 0; from < uids.size(); from += kSearchWindow) {
        const QList<quint32> slice = uids.mid(from, kSearchWindow);
        if (Status s = performOn(mailbox, uidValidity, QString(), QByteArrayLiteral("UID SEARCH UID ") + uidSet(slice), &response,
                                 16 << 20);
            !s) {
            out->clear();
            return s;
        }
        // A UID set naming only missing messages may still match the highest one ("n:*" rules):
        // only those asked about count.
        const QSet<quint32> asked(slice.cbegin(), slice.cend());
        for (quint32 uid : parseSearch(response))
            if (asked.contains(uid))
                out->append(uid);
    }
    return Status::success();
}

Status ImapClient::ensureMailbox(const QString &mailbox)
{
    QByteArray response;
    const QByteArray name = quotedMailbox(mailbox);
    if (Status s = perform(QString(), QByteArrayLiteral("LIST \"\" ") + name, &response, 1 << 20); !s)
        return s;
    if (response.contains("* LIST"))
        return Status::success();
    if (Status s = perform(QString(), QByteArrayLiteral("CREATE ") + name, &response, 1 << 20); !s)
        return Status::failure(tr("邮件服务器 %1 上没有文件夹“%2”，也未能新建：%3").arg(m_server.host, mailbox, s.message()));
    return Status::success();
}

std::optional<ImapClient::MoveMethod> ImapClient::moveMethodFor(const QStringList &capabilities)
{
    if (capabilities.contains(QStringLiteral("MOVE")))
        return MoveMethod::Move;
    if (capabilities.contains(QStringLiteral("UIDPLUS")))
        return MoveMethod::CopyThenExpunge;
    return std::nullopt;
}

Status ImapClient::move(const QString &mailbox, quint32 uidValidity, const QList<quint32> &uids, const QString &target,
                        MoveMethod method)
{
    if (uids.isEmpty())
        return Status::success();
    const QByteArray set = uidSet(uids);
    const QByteArray to = quotedMailbox(target);
    QByteArray response;
    if (method == MoveMethod::Move)
        return performOn(mailbox, uidValidity, QString(), QByteArrayLiteral("UID MOVE ") + set + ' ' + to, &response, 16 << 20);
    if (Status s = performOn(mailbox, uidValidity, QString(), QByteArrayLiteral("UID COPY ") + set + ' ' + to, &response, 16 << 20); !s)
        return s;
    // Copied: from here on a failure leaves a message in both folders, never in neither.
    if (Status s = performOn(mailbox, uidValidity, QString(), QByteArrayLiteral("UID STORE ") + set + QByteArrayLiteral(" +FLAGS.SILENT (\\Deleted)"),
                             &response, 16 << 20);
        !s)
        return s;
    return performOn(mailbox, uidValidity, QString(), QByteArrayLiteral("UID EXPUNGE ") + set, &response, 16 << 20);
}

QStringList ImapClient::parseCapabilities(const QByteArray &response)
{
    QStringList out;
    for (const QByteArray &line : response.split('\n')) {
        const QByteArray l = line.trimmed();
        if (!l.toUpper().startsWith("* CAPABILITY "))
            continue;
        for (const QByteArray &word : l.mid(13).split(' '))
            if (!word.isEmpty())
                out << QString::fromLatin1(word).toUpper();
    }
    return out;
}

QList<quint32> ImapClient::parseSearch(const QByteArray &response)
{
    QList<quint32> out;
    for (const QByteArray &line : response.split('\n')) {
        const QByteArray l = line.trimmed();
        if (!l.toUpper().startsWith("* SEARCH"))
            continue;
        for (const QByteArray &word : l.mid(8).split(' ')) {
            bool ok = false;
            const quint32 uid = word.toUInt(&ok);
            if (ok && uid)
                out << uid;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QByteArray ImapClient::uidSet(QList<quint32> uids)
{
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    QByteArray out;
    for (qsizetype i = 0; i < uids.size();) {
        qsizetype j = i;
        while (j + 1 < uids.size() && uids[j + 1] == uids[j] + 1)
            ++j;
        if (!out.isEmpty())
            out += ',';
        out += QByteArray::number(uids[i]);
        if (j > i)
            out += ':' + QByteArray::number(uids[j]);
        i = j + 1;
    }
    return out;
}

QByteArray ImapClient::quotedMailbox(const QString &mailbox)
{
    QByteArray name = MailboxName::encode(mailbox);
    name.replace('\\', QByteArrayLiteral("\\\\")).replace('"', QByteArrayLiteral("\\\""));
    return '"' + name + '"';
}

QList<ImapMessageInfo> ImapClient::parseFetchList(const QByteArray &response)
{
    static const QRegularExpression line(QStringLiteral(R"(^\* \d+ FETCH \((.*)\)\s*$)"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression uid(QStringLiteral(R"(\bUID (\d+))"));
    static const QRegularExpression date(QStringLiteral(R"re(\bINTERNALDATE "([^"]+)")re"));
    static const QRegularExpression size(QStringLiteral(R"(\bRFC822\.SIZE (\d+))"));
    static const QRegularExpression flags(QStringLiteral(R"(\bFLAGS \(([^)]*)\))"));
    QList<ImapMessageInfo> out;
    const QString text = QString::fromLatin1(response);
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const QString items = it.next().captured(1);
        ImapMessageInfo m;
        const auto u = uid.match(items);
        if (!u.hasMatch())
            continue;
        m.uid = u.captured(1).toUInt();
        if (const auto d = date.match(items); d.hasMatch())
            m.arrived = parseInternalDate(d.captured(1));
        if (const auto s = size.match(items); s.hasMatch())
            m.size = s.captured(1).toLongLong();
        if (const auto f = flags.match(items); f.hasMatch())
            m.flags = f.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        out.append(m);
    }
    return out;
}

bool ImapClient::parseStatus(const QByteArray &response, ImapMailboxState *state)
{
    static const QRegularExpression item(QStringLiteral(R"(\b(UIDVALIDITY|UIDNEXT|MESSAGES) (\d+))"));
    const QString text = QString::fromLatin1(response);
    const int open = text.indexOf(QLatin1String("* STATUS"));
    if (open < 0)
        return false;
    bool validity = false;
    for (auto it = item.globalMatch(text, open); it.hasNext();) {
        const auto m = it.next();
        const quint32 v = m.captured(2).toUInt();
        if (m.captured(1) == QLatin1String("UIDVALIDITY")) {
            state->uidValidity = v;
            validity = true;
        } else if (m.captured(1) == QLatin1String("UIDNEXT")) {
            state->uidNext = v;
        } else {
            state->messages = v;
        }
    }
    return validity;
}

QDateTime ImapClient::parseInternalDate(const QString &text)
{
    // RFC 3501 date-time: "dd-Mon-yyyy hh:mm:ss +zzzz", day padded with a space or a zero.
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
                                       QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
                                       QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const int month = months.indexOf(m.captured(2).toLower()) + 1;
    const QDate day(m.captured(3).toInt(), month, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (month == 0 || !day.isValid() || !time.isValid())
        return {};
    const int offset = (m.captured(8).toInt() * 3600 + m.captured(9).toInt() * 60) * (m.captured(7) == QLatin1String("-") ? -1 : 1);
    return QDateTime(day, time, Qt::OffsetFromUTC, offset);
}

} // namespace qf
