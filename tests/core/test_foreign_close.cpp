// SPDX-License-Identifier: GPL-3.0-or-later
// POSIX locks belong to the process: when other code in the window's process opens and
// closes the database's files (a file dialog browsing its folder), the kernel drops SQLite's
// locks, a second program then takes the live WAL for a stale one, and the window's next
// commits are lost. These tests replay that sequence with real processes.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/InstitutionRepository.h"
#include "storage/SqliteFileLocks.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>

using namespace qf;
using namespace qf::test;

namespace {

// Child programs get a home of their own: nothing they do may reach the user's settings.
QProcessEnvironment childEnvironment()
{
    static QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    return env;
}

// The stand-in for the window: one line in, one line out.
class Holder
{
public:
    explicit Holder(const QString &path)
    {
        m_process.setProcessEnvironment(childEnvironment());
        m_process.start(QStringLiteral(QINGFENG_LOCK_HOLDER), {path});
        REQUIRE(m_process.waitForStarted());
        REQUIRE(readLine() == QStringLiteral("ready"));
    }
    ~Holder()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    QString ask(const QString &command)
    {
        m_process.write((command + QLatin1Char('\n')).toUtf8());
        return readLine();
    }
    void killHard()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished();
    }

private:
    QString readLine()
    {
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(20000))
                return QStringLiteral("(no answer)");
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    QProcess m_process;
};

// A second program on the same file, as a clerk would run it meanwhile.
QString runCliProcess(const QStringList &args)
{
    QProcess cli;
    cli.setProcessEnvironment(childEnvironment());
    cli.start(QStringLiteral(QINGFENG_CLI_PROGRAM), args);
    REQUIRE(cli.waitForFinished(60000));
    return QString::fromUtf8(cli.readAllStandardOutput());
}

QStringList institutionNames(const QString &path)
{
    Database db;
    const Status s = db.open(path);
    INFO(s.message());
    REQUIRE(s.isOk());
    QStringList names;
    for (const Institution &i : InstitutionRepository(db).all())
        names << i.name;
    return names;
}

} // namespace

TEST_CASE("a foreign open and close of the database's files in the window's process keeps SQLite's locks")
{
    REQUIRE(SqliteFileLocks::install());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).isOk());
    }

    Holder window(path);
    REQUIRE(window.ask(QStringLiteral("add 甲镇卫生院")) == QStringLiteral("saved"));
    // The file dialog browses the folder: every file is sniffed, opened and closed, the
    // database, its -wal and its -shm among them.
    REQUIRE(window.ask(QStringLiteral("probe")).startsWith(QLatin1String("probed ")));
    // Meanwhile the command line opens the same file, reads and closes it.
    CHECK(runCliProcess({QStringLiteral("--db"), path, QStringLiteral("institutions"), QStringLiteral("list")})
              .contains(QStringLiteral("甲镇卫生院")));
    REQUIRE(window.ask(QStringLiteral("add 乙镇卫生院")) == QStringLiteral("saved"));
    // Other programs see the window's save while it is still running ...
    CHECK(runCliProcess({QStringLiteral("--db"), path, QStringLiteral("institutions"), QStringLiteral("list")})
              .contains(QStringLiteral("乙镇卫生院")));
    REQUIRE(window.ask(QStringLiteral("probe")).startsWith(QLatin1String("probed ")));
    REQUIRE(window.ask(QStringLiteral("add 丙镇卫生院")) == QStringLiteral("saved"));

    // ... and after it is killed, every change it reported as saved is in the file.
    window.killHard();
    const QStringList names = institutionNames(path);
    CHECK(names.contains(QStringLiteral("甲镇卫生院")));
    CHECK(names.contains(QStringLiteral("乙镇卫生院")));
    CHECK(names.contains(QStringLiteral("丙镇卫生院")));
}

TEST_CASE("two connections in one process share the file's locks and neither blocks the other")
{
    // Both connections route their locks to one descriptor per file: the second must be
    // able to write after the first has read and written, with nothing left locked.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.sqlite"));
    Database first;
    REQUIRE(first.open(path).isOk());
    Database second;
    REQUIRE(second.open(path).isOk());
    for (int round = 0; round < 5; ++round) {
        Institution a;
        a.name = QStringLiteral("第一连接医院%1").arg(round);
        REQUIRE(InstitutionRepository(first).save(a).isOk());
        Institution b;
        b.name = QStringLiteral("第二连接医院%1").arg(round);
        const Status s = InstitutionRepository(second).save(b);
        INFO(s.message());
        REQUIRE(s.isOk());
    }
    first.close();
    // After one connection closes, the other still writes and another program still reads.
    Institution c;
    c.name = QStringLiteral("关闭后医院");
    REQUIRE(InstitutionRepository(second).save(c).isOk());
    CHECK(runCliProcess({QStringLiteral("--db"), path, QStringLiteral("institutions"), QStringLiteral("list")})
              .contains(QStringLiteral("关闭后医院")));
    second.close();
    CHECK(institutionNames(path).size() == 11);
}

TEST_CASE("while the window writes, another program is kept out by the moved locks")
{
    // The locks must still conflict with other programs' ordinary POSIX locks: a second
    // process cannot write while this one holds a write transaction open.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.sqlite"));
    Database db;
    REQUIRE(db.open(path).isOk());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const QString csv = dir.filePath(QStringLiteral("registry.csv"));
    writeFile(csv, QStringLiteral("名称,所有制,等级,医保定点\n锁外医院,公立,二级,是\n").toUtf8());
    QProcess other;
    other.setProcessEnvironment(childEnvironment());
    other.start(QStringLiteral(QINGFENG_CLI_PROGRAM),
                {QStringLiteral("--db"), path, QStringLiteral("institutions"), QStringLiteral("import"), csv});
    REQUIRE(other.waitForFinished(60000));
    CHECK(other.exitCode() != 0);
    REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
    // Once the transaction is over the same import goes through.
    runCliProcess({QStringLiteral("--db"), path, QStringLiteral("institutions"), QStringLiteral("import"), csv});
    CHECK(institutionNames(path).contains(QStringLiteral("锁外医院")));
}
