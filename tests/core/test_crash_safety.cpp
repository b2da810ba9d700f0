// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <QSqlQuery>

#include <csignal>
#include <sys/types.h>

using namespace qf;

TEST_CASE("killing a writer in the middle of large writes leaves the last committed state")
{
    test::DemoDatabase demo;
    const qint64 campaign = demo.campaignId();
    demo.db().close();
    QRandomGenerator rng(20211209);
    for (int round = 0; round < 25; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(QINGFENG_CRASH_WRITER), {demo.path(), QString::number(campaign)});
        REQUIRE(writer.waitForStarted());
        // Let it commit a few batches, then kill it at a random moment inside one.
        QByteArray printed;
        while (printed.count('\n') < 2 && writer.waitForReadyRead(5000))
            printed += writer.readAllStandardOutput();
        QThread::msleep(rng.bounded(1, 60));
        ::kill(pid_t(writer.processId()), SIGKILL);
        REQUIRE(writer.waitForFinished());
        printed += writer.readAllStandardOutput();
        // It died of the kill, in the middle of its work: a writer that had stopped on an
        // error of its own would prove nothing about crash safety.
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);
        REQUIRE(writer.error() == QProcess::Crashed);
        const QList<QByteArray> lines = printed.trimmed().split('\n');
        const int lastCommittedPrinted = lines.isEmpty() ? 0 : lines.last().toInt();
        REQUIRE(lastCommittedPrinted >= 2);

        Database db;
        const Status s = db.open(demo.path());
        INFO(s.message());
        REQUIRE(s.isOk());
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("ok"));
        // Every figure of the batch carries the same number: no half-written batch.
        REQUIRE(q.exec(QStringLiteral("SELECT count(*), min(number), max(number) FROM figure f JOIN report r ON r.id = f.report_id "
                                      "WHERE r.unit_key LIKE 'X%'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 200 * 13);
        const int batch = q.value(1).toInt();
        CHECK(q.value(2).toInt() == batch);
        // The batch is the last one reported as committed, or the one committed just
        // before the kill landed and before it could be printed.
        CHECK((batch == lastCommittedPrinted || batch == lastCommittedPrinted + 1));
    }
}
