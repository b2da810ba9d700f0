// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/SmtpClient.h"

#include "mail/CurlSession.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>

namespace qf {

namespace {

struct Source
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t feed(char *buffer, size_t size, size_t count, void *user)
{
    auto *source = static_cast<Source *>(user);
    const size_t room = size * count;
    const size_t n = std::min(room, size_t(source->data->size() - source->offset));
    std::memcpy(buffer, source->data->constData() + source->offset, n);
    source->offset += qsizetype(n);
    return n;
}

QByteArray angled(const QString &address)
{
    return QByteArrayLiteral("<") + address.trimmed().toUtf8() + QByteArrayLiteral(">");
}

} // namespace

SmtpClient::SmtpClient(const MailServer &server)
    : m_server(server)
{
}

SmtpClient::~SmtpClient()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

Status SmtpClient::send(const QString &from, const QStringList &to, const QByteArray &message, Delivery *delivery)
{
    *delivery = Delivery::NotSent;
    if (to.isEmpty())
        return Status::failure(tr("邮件没有收件人。"));
    if (!m_curl) {
        m_curl = CurlSession::newHandle();
        if (!m_curl)
            return Status::failure(tr("无法初始化邮件连接（libcurl）。"));
    }
    CURL *curl = static_cast<CURL *>(m_curl);
    const QString scheme = m_server.implicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    // The host part of the URL is also what EHLO names; the path is empty so libcurl names itself.
    CurlSession::configure(curl, m_server, QStringLiteral("%1://%2:%3").arg(scheme, m_server.host).arg(m_server.port));
    const QByteArray sender = angled(from);
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, sender.constData());
    curl_slist *recipients = nullptr;
    for (const QString &address : to)
        recipients = curl_slist_append(recipients, angled(address).constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    Source source{&message, 0};
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, feed);
    curl_easy_setopt(curl, CURLOPT_READDATA, &source);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    QByteArray response;
    const Status s = CurlSession::run(curl, m_server, &response, 1 << 20);
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_slist_free_all(recipients);
    if (s) {
        *delivery = Delivery::Accepted;
        return s;
    }
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    // A refusal (4xx/5xx to the login, a recipient or the message's end) is an answer: nothing
    // was accepted. Otherwise libcurl reads the message only after the server's 354 to DATA
    // and adds the final "." after its last byte, so until then the server cannot have
    // accepted it; after, a broken connection leaves it unknown (the server may have taken it
    // and its answer been lost).
    if (reply < 400 && source.offset >= message.size())
        *delivery = Delivery::Unknown;
    return s;
}

} // namespace qf
