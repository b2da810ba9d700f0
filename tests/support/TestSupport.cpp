// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>

#include "actions/CampaignActions.h"
#include "campaign/CampaignTemplate.h"
#include "demo/DemoData.h"
#include "storage/CampaignRepository.h"

#include <QDateTime>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace qf::cli {
int run(const QStringList &args, QTextStream &out, QTextStream &err);
}

namespace qf::test {

std::optional<DatabaseLocation> testServer()
{
    const QString uri = qEnvironmentVariable("QINGFENG_TEST_PG");
    if (uri.isEmpty())
        return std::nullopt;
    DatabaseLocation l;
    const Status s = DatabaseLocation::parseServer(uri, &l);
    INFO(s.message());
    REQUIRE(s.isOk());
    return l;
}

bool onServer()
{
    return qEnvironmentVariable("QINGFENG_TEST_ENGINE") == QLatin1String("postgres");
}

namespace {

// The maintenance database of the server, where databases are created and dropped.
QSqlDatabase maintenance(const DatabaseLocation &server, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(server.host());
    db.setPort(server.port());
    db.setUserName(server.user());
    db.setPassword(server.password());
    db.setDatabaseName(server.database());
    return db;
}

void onMaintenance(const DatabaseLocation &server, const QString &sql)
{
    const QString name = QStringLiteral("qingfeng-test-maintenance");
    {
        QSqlDatabase db = maintenance(server, name);
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        const bool ok = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        CHECK(ok);
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

ScratchServerDatabase::ScratchServerDatabase(const DatabaseLocation &server) : m_server(server), m_location(server)
{
    static int counter = 0;
    const QString name = QStringLiteral("qf_test_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
                             .arg(++counter);
    // Byte order collation, as SQLite compares text.
    onMaintenance(server, QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'").arg(name));
    m_location.setDatabase(name);
}

ScratchServerDatabase::~ScratchServerDatabase()
{
    m_admin.close();
    onMaintenance(m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.database()));
    for (const QString &role : std::as_const(m_roles))
        onMaintenance(m_server, QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
}

QString ScratchServerDatabase::role(const QString &suffix)
{
    const QString name = m_location.database() + QLatin1Char('_') + suffix;
    m_roles << name;
    return name;
}

void ScratchServerDatabase::admin(const QString &sql)
{
    if (!m_admin.isOpen()) {
        const Status s = m_admin.open(m_location, true);
        INFO(s.message());
        REQUIRE(s.isOk());
    }
    QSqlQuery q(m_admin.connection());
    INFO(sql.toStdString());
    const bool ok = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

TempDatabase::TempDatabase()
{
    REQUIRE(m_dir.isValid());
    Status s;
    if (onServer()) {
        const auto server = testServer();
        REQUIRE(server);
        m_scratch = std::make_unique<ScratchServerDatabase>(*server);
        s = m_db.open(m_scratch->location(), true);
    } else {
        s = m_db.open(path());
    }
    INFO(s.message());
    REQUIRE(s.isOk());
}

DatabaseLocation TempDatabase::location() const
{
    return m_scratch ? m_scratch->location() : DatabaseLocation::file(path());
}

DemoDatabase::DemoDatabase()
{
    const Status s = DemoData::seed(db());
    INFO(s.message());
    REQUIRE(s.isOk());
    m_campaignId = DemoData::campaignId(db());
    REQUIRE(m_campaignId != 0);
}

Campaign DemoDatabase::campaign()
{
    const auto c = CampaignRepository(db()).load(m_campaignId);
    REQUIRE(c);
    return *c;
}

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(QINGFENG_TEST_DATA_DIR)).filePath(relative);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray digestOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

void forgetMonth(Database &db, const YearMonth &month)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("DELETE FROM figure WHERE report_id IN (SELECT id FROM report WHERE period = ?)")));
    q.addBindValue(month.toString());
    REQUIRE(q.exec());
    REQUIRE(q.prepare(QStringLiteral("DELETE FROM report WHERE period = ?")));
    q.addBindValue(month.toString());
    REQUIRE(q.exec());
}

int runCli(const QStringList &args, QString *out, QString *err)
{
    QString o, e;
    QTextStream outStream(&o), errStream(&e);
    const int status = qf::cli::run(args, outStream, errStream);
    outStream.flush();
    errStream.flush();
    if (out)
        *out = o;
    if (err)
        *err = e;
    return status;
}

void prepareEnvironment()
{
    // Headless, and never the user's data directory.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::temp().filePath(QStringLiteral("qingfeng-test-runtime")).toUtf8();
        QDir().mkpath(QString::fromUtf8(runtime));
        QFile::setPermissions(QString::fromUtf8(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QStandardPaths::setTestModeEnabled(true);
    // The user's keyring is the user's data: outside the throwaway one that
    // tests/tools/with-test-keyring.sh starts, the tests reach no session bus at all.
    if (qEnvironmentVariableIsEmpty("QINGFENG_TEST_KEYRING_HOME"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QDir::temp().filePath(QStringLiteral("qingfeng-test-no-session-bus")).toUtf8());
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

Campaign savedTemplateCampaign(Database &db)
{
    const auto tmpl = CampaignTemplate::find(QStringLiteral("luzhai-2021"));
    REQUIRE(tmpl);
    CampaignParameters p;
    p.county = QStringLiteral(u"象州县");
    p.city = QStringLiteral(u"来宾市");
    p.year = 2021;
    Campaign c;
    REQUIRE(tmpl->instantiate(p, &c).isOk());
    REQUIRE(CampaignActions::save(db, c).isOk());
    return c;
}

} // namespace qf::test
