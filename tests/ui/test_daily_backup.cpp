// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "shell/Session.h"

#include <QDir>
#include <QFileInfo>

using namespace qf;

TEST_CASE("the daily backup is written from a worker thread while the window goes on, once a day")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    QObject context;
    std::optional<Status> result;
    QString written;
    session.startDailyBackup(&context, [&](const Status &s, const QString &file) {
        result = s;
        written = file;
    });
    REQUIRE(test::waitUntil([&] { return result.has_value(); }));
    INFO(result->message().toStdString());
    REQUIRE(result->isOk());
    const QString expected = QDir(dir.filePath(QStringLiteral("backups")))
                                 .filePath(QStringLiteral("qingfeng-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    CHECK(written == expected);
    REQUIRE(QFileInfo::exists(expected));
    // The copy holds the tip-off reporters too: owner-only, like the database.
    CHECK((QFileInfo(expected).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    // A consistent copy: it opens as a Qingfeng database with the demo's registry.
    Database copy;
    REQUIRE(copy.open(expected).isOk());

    // Today's copy exists: a second start writes none.
    result.reset();
    session.startDailyBackup(&context, [&](const Status &s, const QString &file) {
        result = s;
        written = file;
    });
    REQUIRE(test::waitUntil([&] { return result.has_value(); }));
    CHECK(result->isOk());
    CHECK(written.isEmpty());
}
