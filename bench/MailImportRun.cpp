// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailImportRun.h"

#include "Measurement.h"

#include "actions/ImportMailAttachments.h"
#include "io/ReportTemplates.h"
#include "io/WorkbookImport.h"
#include "mail/MailCollector.h"
#include "mail/MimeWriter.h"
#include "model/OutgoingMail.h"
#include "storage/Database.h"
#include "storage/MailRepository.h"
#include "storage/ReportRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/stat.h>
#include <utime.h>

namespace qf::bench {

namespace {

constexpr int kMessages = 600;
const char *const kVariables[] = {"QINGFENG_TEST_MAIL", "QINGFENG_TEST_IMAP", "QINGFENG_TEST_MAIL_USERS",
                                  "QINGFENG_TEST_MAIL_ROOT_CERT"};
const QDate kToday(2022, 1, 10);
const QString kUser = QStringLiteral("yz");

/// The day the messages arrive, and the files from a folder are taken as received.
QDateTime arrival(int k)
{
    return QDateTime(QDate(2022, 1, 5), QTime(8, 0)).addSecs(60 * k);
}

QString passwordOf(const QString &user)
{
    for (const QString &pair : qEnvironmentVariable("QINGFENG_TEST_MAIL_USERS").split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (pair.section(QLatin1Char(':'), 0, 0) == user)
            return pair.section(QLatin1Char(':'), 1);
    return QString();
}

/// A Maildir++ folder of its own for the run (Dovecot reads and renames as its own user).
QString makeFolder(const QString &name, QString *error)
{
    const QString dir = qEnvironmentVariable("QINGFENG_TEST_MAIL") + QStringLiteral("/home/") + kUser
                        + QStringLiteral("/Maildir/.") + name;
    for (const char *sub : {"cur", "new", "tmp"}) {
        const QString path = dir + QLatin1Char('/') + QLatin1String(sub);
        if (!QDir().mkpath(path)) {
            *error = QStringLiteral("cannot make %1").arg(path);
            return QString();
        }
        chmod(QFile::encodeName(path).constData(), 0777);
    }
    chmod(QFile::encodeName(dir).constData(), 0777);
    return dir;
}

/// Delivers the messages as the server's own delivery does: written into tmp/, dated by
/// the file's time (Dovecot's INTERNALDATE), then moved into new/.
QString deliver(const QString &folderDir, const QByteArray &message, const QDateTime &arrived)
{
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString tmp = folderDir + QStringLiteral("/tmp/") + name;
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly) || f.write(message) != message.size())
        return QStringLiteral("cannot write %1").arg(tmp);
    f.close();
    struct utimbuf times;
    times.actime = times.modtime = time_t(arrived.toSecsSinceEpoch());
    if (utime(QFile::encodeName(tmp).constData(), &times) != 0)
        return QStringLiteral("cannot date %1").arg(tmp);
    chmod(QFile::encodeName(tmp).constData(), 0666);
    return QFile::rename(tmp, folderDir + QStringLiteral("/new/") + name) ? QString() : QStringLiteral("cannot deliver %1").arg(tmp);
}

/// Each workbook by mail from the unit it belongs to, and plain messages (a unit's
/// question, a thank-you) making up the rest.
QString fillFolder(const QString &folderDir, const SyntheticData &data, const QStringList &workbooks)
{
    const YearMonth last = data.campaign.reportingPeriods().last();
    QHash<QString, const Institution *> byFile;
    for (const Institution &i : data.institutions)
        byFile.insert(ReportTemplates::fileName(i, last), &i);
    for (int k = 0; k < kMessages; ++k) {
        const Institution &fallback = data.institutions.at(k % int(data.institutions.size()));
        OutgoingMail m;
        const Institution *from = k < workbooks.size() ? byFile.value(QFileInfo(workbooks.at(k)).fileName(), &fallback)
                                                       : &fallback;
        m.fromName = from->name;
        m.fromAddress = from->reportEmail;
        m.toName = QStringLiteral(u"医政股");
        m.toAddress = QStringLiteral("yz@example.cn");
        m.date = arrival(k);
        m.messageId = OutgoingMail::newMessageId(m.fromAddress);
        if (k < workbooks.size()) {
            QFile f(workbooks.at(k));
            if (!f.open(QIODevice::ReadOnly))
                return QStringLiteral("cannot read %1").arg(workbooks.at(k));
            m.subject = QStringLiteral(u"%1报表").arg(last.toChinese());
            m.body = QStringLiteral(u"报表见附件，请查收。");
            m.attachments << OutgoingMail::Attachment{
                QFileInfo(workbooks.at(k)).fileName(),
                QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), f.readAll()};
        } else {
            m.subject = QStringLiteral(u"关于报表填写的问题");
            m.body = QStringLiteral(u"请问附件3第（4）栏是否填写累计数？");
        }
        if (const QString error = deliver(folderDir, MimeWriter::write(m), m.date); !error.isEmpty())
            return error;
    }
    return QString();
}

QString copyDatabase(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to) ? QString() : QStringLiteral("cannot copy %1 to %2").arg(from, to);
}

/// 收取报表 as the window does it: fetch what is new, then import the waiting workbooks.
QString fetchAndImport(Database &db, const MailAccount &account, const Campaign &campaign, int workbooks)
{
    MailFetchResult fetched;
    MailFetchOptions options;
    int at = -1;
    options.progress = [&at](int index, int) { at = index; };
    if (Status s = MailCollector::fetch(db, account, passwordOf(kUser), options, &fetched); !s)
        return QStringLiteral("message %1 of %2: ").arg(at + 1).arg(kMessages) + s.message();
    if (fetched.recorded != kMessages || fetched.workbooks != workbooks)
        return QStringLiteral("fetched %1 messages with %2 workbooks").arg(fetched.recorded).arg(fetched.workbooks);
    QList<MailWorkbook> imported;
    if (Status s = ImportMailAttachments::run(db, campaign, kToday, &imported); !s)
        return s.message();
    int clean = 0;
    for (const MailWorkbook &w : imported)
        clean += w.file.isClean() ? 1 : 0;
    return clean == workbooks ? QString() : QStringLiteral("imported %1 of %2 workbooks").arg(clean).arg(workbooks);
}

/// The same workbooks from a folder, as `qingfeng-cli import --received` takes them.
QString importFolder(Database &db, const Campaign &campaign, const QStringList &workbooks)
{
    WorkbookImport::Context context = WorkbookImport::contextFor(db, campaign, kToday);
    for (const QString &path : workbooks)
        context.receivedOn.insert(path, arrival(0).date());
    int stored = 0;
    for (WorkbookFile &f : WorkbookImport::analyseAll(workbooks, context)) {
        if (!f.isClean())
            return f.errors.join(QLatin1Char('\n'));
        if (Status s = WorkbookImport::store(db, f); !s)
            return s.message();
        ++stored;
    }
    return stored == workbooks.size() ? QString() : QStringLiteral("stored %1 of %2").arg(stored).arg(workbooks.size());
}

/// Every stored report of the month, as text, to compare the two ways in.
QStringList reportsOf(Database &db, const Campaign &campaign)
{
    QStringList list;
    const YearMonth last = campaign.reportingPeriods().last();
    for (const Report &r : ReportRepository(db).all(campaign.id)) {
        if (r.period != last)
            continue;
        QStringList cells;
        for (auto it = r.numbers.begin(); it != r.numbers.end(); ++it)
            cells << QStringLiteral("%1=%2").arg(it.key()).arg(it.value(), 0, 'g', 15);
        list << QStringLiteral("%1 %2 %3 %4").arg(r.form).arg(r.unitKey, r.submittedOn.toString(Qt::ISODate),
                                                     cells.join(QLatin1Char(';')));
    }
    list.sort();
    return list;
}

/// The month's stored reports into `path`, one line each, to compare after the runs.
QString dumpReports(Database &db, const Campaign &campaign, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write %1").arg(path);
    f.write(reportsOf(db, campaign).join(QLatin1Char('\n')).toUtf8());
    return QString();
}

QStringList dumped(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')) : QStringList();
}

} // namespace

void addMailImportRow(const QString &dbPath, const QString &workDir, const SyntheticData &data, const QStringList &workbooks,
                      const QString &scale, int runs, ResultTable *table)
{
    std::fprintf(stderr, "  - mail fetch and import\n");
    Result r;
    r.key = QStringLiteral("mail-import");
    r.label = QStringLiteral("%1 messages fetched and imported").arg(kMessages);
    r.scale = scale;
    r.goal = 2.0;
    QStringList missing;
    for (const char *v : kVariables)
        if (qEnvironmentVariableIsEmpty(v))
            missing << QLatin1String(v);
    if (!missing.isEmpty()) {
        r.note = QStringLiteral("not run: no mail server (set %1, as eval \"$(packaging/mail-test-servers.sh start)\" does)")
                     .arg(missing.join(QStringLiteral(", ")));
        std::fprintf(stderr, "    %s\n", qPrintable(r.note));
        table->add(r);
        return;
    }
    QString error;
    const QString folder = QStringLiteral("bench-%1-%2").arg(scale).arg(QCoreApplication::applicationPid());
    const QString folderDir = makeFolder(folder, &error);
    if (error.isEmpty())
        error = fillFolder(folderDir, data, workbooks);
    const QString baseDb = QDir(workDir).filePath(QStringLiteral("mail-base.sqlite"));
    MailAccount account;
    if (error.isEmpty())
        error = copyDatabase(dbPath, baseDb);
    if (error.isEmpty()) {
        Database db;
        const QString where = qEnvironmentVariable("QINGFENG_TEST_IMAP");
        account.name = QStringLiteral(u"医政股邮箱");
        account.office = QStringLiteral(u"医政体改和中医股");
        account.address = QStringLiteral("yz@example.cn");
        account.imapHost = QStringLiteral("localhost");
        account.imapPort = where.section(QLatin1Char(':'), 1).toInt();
        account.userName = kUser;
        account.caFile = qEnvironmentVariable("QINGFENG_TEST_MAIL_ROOT_CERT");
        account.mailbox = folder;
        Status s = db.open(baseDb);
        if (s)
            s = MailRepository(db).save(account);
        error = s ? QString() : s.message();
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "    MAIL ROW FAILED: %s\n", qPrintable(error));
        r.label = QStringLiteral("mail fetch and import: FAILED");
        r.note = QStringLiteral("setup failed; see stderr");
        r.product.error = r.baseline.error = error;
        table->add(r);
        QDir(folderDir).removeRecursively();
        return;
    }
    // Each run on a fresh copy: the fetch records what it fetched and would find nothing
    // new the second time; the mailbox itself is left as it was (nothing marked seen). A
    // run takes half a minute of processor time: one is steady enough, and three would
    // triple CI's benchmark. Each run leaves the month's stored reports in a file, and the
    // two ways must have stored the same (compared below, the row failing otherwise).
    const int mailRuns = std::min(runs, 1);
    std::unique_ptr<Database> db;
    const QString mailDump = QDir(workDir).filePath(QStringLiteral("mail-reports.txt"));
    const QString folderDump = QDir(workDir).filePath(QStringLiteral("folder-reports.txt"));
    const auto freshCopy = [&](const QString &what) {
        return [&, what] {
            const QString path = QDir(workDir).filePath(what + QStringLiteral("-run.sqlite"));
            if (const QString e = copyDatabase(baseDb, path); !e.isEmpty())
                return e;
            db = std::make_unique<Database>();
            const Status s = db->open(path);
            return s ? QString() : s.message();
        };
    };
    r.product = measure(freshCopy(QStringLiteral("mail")), [&] {
        const QString e = fetchAndImport(*db, account, data.campaign, int(workbooks.size()));
        return e.isEmpty() ? dumpReports(*db, data.campaign, mailDump) : e;
    }, mailRuns);
    r.baseline = measure(freshCopy(QStringLiteral("folder")), [&] {
        const QString e = importFolder(*db, data.campaign, workbooks);
        return e.isEmpty() ? dumpReports(*db, data.campaign, folderDump) : e;
    }, mailRuns);
    const QStringList byMail = dumped(mailDump), byFolder = dumped(folderDump);
    if (r.product.ok && r.baseline.ok && (byMail != byFolder || byMail.size() < workbooks.size())) {
        QString first;
        for (int i = 0; i < qMax(byMail.size(), byFolder.size()) && first.isEmpty(); ++i)
            if (byMail.value(i) != byFolder.value(i))
                first = QStringLiteral("by mail: %1\nfrom a folder: %2").arg(byMail.value(i), byFolder.value(i));
        std::fprintf(stderr, "    MAIL ROW FAILED: the two ways stored different reports (%lld and %lld)\n%s\n",
                     qlonglong(byMail.size()), qlonglong(byFolder.size()), qPrintable(first));
        r.label = QStringLiteral("mail fetch and import: FAILED");
        r.note = QStringLiteral("by mail and from a folder different reports were stored; see stderr");
        r.product.ok = r.baseline.ok = false;
        table->add(r);
        QDir(folderDir).removeRecursively();
        return;
    }
    std::fprintf(stderr, "    by mail and from a folder the same %lld reports were stored\n", qlonglong(byMail.size()));
    r.note = QStringLiteral("MailCollector::fetch (IMAP over TLS, local Dovecot) + ImportMailAttachments::run vs "
                            "WorkbookImport analyse + store of the %1 files from a folder (stored reports compared; one run)")
                 .arg(workbooks.size());
    table->add(r);
    QDir(folderDir).removeRecursively();
    QFile::remove(baseDb);
}

} // namespace qf::bench
