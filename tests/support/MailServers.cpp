// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailServers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QUuid>

#include <sys/stat.h>
#include <utime.h>

namespace qf::test {

namespace {

QString env(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    INFO("the mail tests run through tests/tools/with-mail-servers.sh, which sets " << name);
    REQUIRE_FALSE(value.isEmpty());
    return value;
}

MailServer server(const char *variable, const QString &user)
{
    const QString where = env(variable);
    MailServer s;
    s.host = QStringLiteral("localhost");
    s.port = where.section(QLatin1Char(':'), 1).toInt();
    s.user = user;
    for (const QString &pair : env("QINGFENG_TEST_MAIL_USERS").split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (pair.section(QLatin1Char(':'), 0, 0) == user)
            s.password = pair.section(QLatin1Char(':'), 1);
    s.caFile = env("QINGFENG_TEST_MAIL_ROOT_CERT");
    return s;
}

} // namespace

MailServer MailServers::imap(const QString &user)
{
    // The test servers listen on free ports with TLS from the first byte, as 993 and 465 do.
    return server("QINGFENG_TEST_IMAP", user);
}

MailServer MailServers::smtp(const QString &user)
{
    return server("QINGFENG_TEST_SMTP", user);
}

MailServer MailServers::smtpStartTls(const QString &user)
{
    MailServer s = server("QINGFENG_TEST_SMTP_STARTTLS", user);
    s.implicitTls = false;
    return s;
}

QStringList MailServers::sentMessages()
{
    const QDir out(env("QINGFENG_TEST_SMTP_OUT"));
    QStringList list;
    for (const QString &name : out.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name))
        list << out.filePath(name);
    return list;
}

QString MailServers::maildir(const QString &user, const QString &folder)
{
    // Maildir++: the INBOX is the Maildir itself, another folder a ".name" directory in it.
    QString dir = env("QINGFENG_TEST_MAIL") + QStringLiteral("/home/") + user + QStringLiteral("/Maildir");
    if (folder != QLatin1String("INBOX")) {
        dir += QStringLiteral("/.") + folder;
        for (const char *sub : {"cur", "new", "tmp"}) {
            const QString path = dir + QLatin1Char('/') + QLatin1String(sub);
            if (!QFileInfo::exists(path)) {
                REQUIRE(QDir().mkpath(path));
                // Dovecot reads and renames as the servers' user (nobody when the tests run as root).
                chmod(QFile::encodeName(path).constData(), 0777);
                chmod(QFile::encodeName(dir).constData(), 0777);
            }
        }
    }
    return dir;
}

void MailServers::deliver(const QString &user, const QByteArray &message, const QDateTime &arrived, const QString &folder)
{
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString tmp = maildir(user, folder) + QStringLiteral("/tmp/") + name;
    QFile f(tmp);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(message) == message.size());
    f.close();
    // Dovecot takes a new message's INTERNALDATE from the file's modification time.
    struct utimbuf times;
    times.actime = times.modtime = time_t(arrived.toSecsSinceEpoch());
    REQUIRE(utime(QFile::encodeName(tmp).constData(), &times) == 0);
    chmod(QFile::encodeName(tmp).constData(), 0666);
    REQUIRE(QFile::rename(tmp, maildir(user, folder) + QStringLiteral("/new/") + name));
}

void MailServers::renumber(const QString &user, const QString &folder)
{
    QDir dir(maildir(user, folder));
    const QStringList files = dir.entryList({QStringLiteral("dovecot-uidlist*"), QStringLiteral("dovecot.index*")}, QDir::Files);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString &f : files)
        REQUIRE(dir.remove(f));
}

} // namespace qf::test
