// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/CurlSession.h"

#include <curl/curl.h>

#include <mutex>

namespace qf {

namespace {

struct Sink
{
    QByteArray *out = nullptr;
    qint64 limit = 0;
    bool overflow = false;
};

size_t collect(char *data, size_t size, size_t count, void *user)
{
    auto *sink = static_cast<Sink *>(user);
    const size_t n = size * count;
    if (sink->out->size() + qint64(n) > sink->limit) {
        sink->overflow = true;
        return 0; // stops the transfer: CURLE_WRITE_ERROR
    }
    sink->out->append(data, qsizetype(n));
    return n;
}

} // namespace

void *CurlSession::newHandle()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    return curl_easy_init();
}

void CurlSession::configure(void *handle, const MailServer &server, const QString &url)
{
    CURL *curl = static_cast<CURL *>(handle);
    const QByteArray u = url.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, u.constData()); // libcurl copies string options
    const QByteArray user = server.user.toUtf8();
    const QByteArray password = server.password.toUtf8();
    curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    // Encrypted or not at all: a server that refuses STARTTLS is an error, not a plain login.
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!server.caFile.isEmpty()) {
        const QByteArray ca = server.caFile.toLocal8Bit();
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    }
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 20L);
    // A transfer that stalls (under 1 byte/s for a minute) is given up; a slow one is not.
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, 60L);
}

Status CurlSession::run(void *handle, const MailServer &server, QByteArray *response, qint64 limit, bool *renumbered)
{
    CURL *curl = static_cast<CURL *>(handle);
    response->clear();
    Sink sink{response, limit};
    char error[CURL_ERROR_SIZE] = {0};
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    const CURLcode code = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    if (renumbered)
        *renumbered = code == CURLE_REMOTE_FILE_NOT_FOUND && QByteArray(error).contains("UIDVALIDITY");
    if (code == CURLE_OK)
        return Status::success();
    const QString where = QStringLiteral("%1:%2").arg(server.host).arg(server.port);
    const QString detail = QString::fromUtf8(error[0] ? error : curl_easy_strerror(code));
    switch (code) {
    case CURLE_LOGIN_DENIED:
        return Status::failure(tr("邮件服务器 %1 拒绝登录：请检查用户名和授权码（不是邮箱的登录密码）。").arg(where));
    case CURLE_COULDNT_RESOLVE_HOST:
        return Status::failure(tr("找不到邮件服务器 %1，请检查服务器地址和网络。").arg(where));
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        return Status::failure(tr("无法连接邮件服务器 %1（%2）。").arg(where, detail));
    case CURLE_USE_SSL_FAILED:
        return Status::failure(tr("邮件服务器 %1 不支持加密连接（STARTTLS），为保护授权码未登录。").arg(where));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
        return Status::failure(tr("邮件服务器 %1 的证书无法验证，连接已中止（%2）。").arg(where, detail));
    case CURLE_WRITE_ERROR:
        if (sink.overflow)
            return Status::failure(tr("邮件服务器 %1 的答复超过 %2 MB，已中止。").arg(where).arg(limit >> 20));
        break;
    default:
        break;
    }
    return Status::failure(tr("与邮件服务器 %1 通信失败：%2").arg(where, detail));
}

} // namespace qf
