// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailFixture.h"

#include "MailServers.h"

#include "io/ReportTemplates.h"
#include "storage/MailRepository.h"
#include "storage/ReportRepository.h"
#include "xlsx/ZipArchive.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUuid>

namespace qf::test {

QByteArray MailFixture::freshId(const char *prefix)
{
    return QByteArray(prefix) + '-' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@example.cn";
}

QString MailFixture::freshFolder()
{
    return QStringLiteral("t") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

MailAccount MailFixture::accountFor(Database &db, const QString &folder)
{
    const MailServer s = MailServers::imap(QStringLiteral("yz"));
    MailAccount a;
    a.name = QStringLiteral(u"医政股邮箱");
    a.office = QStringLiteral(u"医政体改和中医股");
    a.address = QStringLiteral("yz@example.cn");
    a.imapHost = s.host;
    a.imapPort = s.port;
    a.userName = s.user;
    a.caFile = s.caFile;
    a.mailbox = folder;
    REQUIRE(MailRepository(db).save(a));
    return a;
}

QString MailFixture::password()
{
    return MailServers::imap(QStringLiteral("yz")).password;
}

QByteArray MailFixture::mailWith(const QByteArray &messageId, const QList<QPair<QString, QByteArray>> &files, const QByteArray &from)
{
    QByteArray m = QByteArrayLiteral("From: =?UTF-8?B?") + QStringLiteral(u"鹿寨县中渡镇卫生院").toUtf8().toBase64()
                   + QByteArrayLiteral("?= <") + from + QByteArrayLiteral(">\r\nTo: yz@example.cn\r\nSubject: report\r\n");
    if (!messageId.isEmpty())
        m += QByteArrayLiteral("Message-ID: <") + messageId + QByteArrayLiteral(">\r\n");
    m += QByteArrayLiteral("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"qfb\"\r\n\r\n"
                           "--qfb\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n12月报表，请查收。\r\n");
    for (const auto &f : files)
        m += QByteArrayLiteral("--qfb\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
                               "Content-Disposition: attachment; filename=\"=?UTF-8?B?")
             + f.first.toUtf8().toBase64() + QByteArrayLiteral("?=\"\r\n\r\n") + f.second.toBase64() + QByteArrayLiteral("\r\n");
    return m + QByteArrayLiteral("--qfb--\r\n");
}

void MailFixture::startFetch(QProcess &cli, const QString &database, const QString &scratch, const QStringList &more)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir home(QDir(scratch).filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(QINGFENG_CLI_PROGRAM), QStringList{QStringLiteral("--db"), database, QStringLiteral("mail"),
                                                                QStringLiteral("fetch")}
                                                        + more + QStringList{QStringLiteral("--password-stdin")});
    REQUIRE(cli.waitForStarted());
    cli.write(password().toUtf8() + '\n');
    cli.closeWriteChannel();
}

QByteArray MailFixture::novemberTemplate(Database &db, const QString &scratch, const Campaign &campaign, const Institution &unit)
{
    const YearMonth month(2021, 11);
    for (int form : {1, 3})
        REQUIRE(ReportRepository(db).remove(campaign.id, form, UnitKey::institution(unit.id), month));
    const QString folder = QDir(scratch).filePath(QStringLiteral("tpl"));
    QDir().mkpath(folder);
    QStringList written;
    REQUIRE(ReportTemplates::writeAll(db, campaign, month, folder, &written));
    QFile f(QDir(folder).filePath(ReportTemplates::fileName(unit, month)));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString MailFixture::workbookDifference(const QByteArray &a, const QByteArray &b)
{
    ZipArchive za, zb;
    if (!za.open(a, QStringLiteral("a.xlsx")))
        return QStringLiteral("the first is no zip archive");
    if (!zb.open(b, QStringLiteral("b.xlsx")))
        return QStringLiteral("the second is no zip archive");
    // Every part a template of three forms has; a part missing from one only is a difference.
    const QStringList parts{QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                            QStringLiteral("docProps/app.xml"),    QStringLiteral("docProps/core.xml"),
                            QStringLiteral("xl/workbook.xml"),     QStringLiteral("xl/_rels/workbook.xml.rels"),
                            QStringLiteral("xl/styles.xml"),       QStringLiteral("xl/sharedStrings.xml"),
                            QStringLiteral("xl/theme/theme1.xml"), QStringLiteral("xl/worksheets/sheet1.xml"),
                            QStringLiteral("xl/worksheets/sheet2.xml"), QStringLiteral("xl/worksheets/sheet3.xml")};
    const QRegularExpression stamp(QStringLiteral("<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\\1>"));
    for (const QString &part : parts) {
        if (za.contains(part) != zb.contains(part))
            return part + QStringLiteral(" is in one workbook only");
        if (!za.contains(part))
            continue;
        QByteArray pa, pb;
        if (!za.read(part, &pa) || !zb.read(part, &pb))
            return part + QStringLiteral(" cannot be read");
        if (part == QLatin1String("docProps/core.xml")) {
            pa = QString::fromUtf8(pa).remove(stamp).toUtf8();
            pb = QString::fromUtf8(pb).remove(stamp).toUtf8();
        }
        if (pa != pb)
            return part + QStringLiteral(" differs");
    }
    return {};
}

} // namespace qf::test
