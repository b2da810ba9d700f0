// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WorkerHold.h"
#include "XlsxFixtures.h"

#include "actions/ExportForms.h"
#include "export/FormExporter.h"
#include "shell/Session.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QWidget>

using namespace qf;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A demo database, an exporter over a window, and what it said.
struct Fixture
{
    QTemporaryDir dir;
    ui::Session session;
    QWidget window;
    std::unique_ptr<ui::FormExporter> exporter;
    QString path;
    QList<FormExportResult> notified;
    int ended = 0;

    Fixture()
    {
        REQUIRE(session.open(dir.filePath(QStringLiteral("export.sqlite")), true).isOk());
        exporter = std::make_unique<ui::FormExporter>(&session, &window);
        path = dir.filePath(QStringLiteral("october.xlsx"));
        exporter->setChooser([this](const Campaign &, const ui::FormExporter::Choice &proposed) {
            ui::FormExporter::Choice c = proposed;
            c.path = path;
            return std::optional<ui::FormExporter::Choice>(c);
        });
        exporter->setForceAsker([](const FormExportResult &) { return false; });
        exporter->setNotifier([this](const FormExportResult &r) { notified << r; });
        QObject::connect(exporter.get(), &ui::FormExporter::finished, [this] { ++ended; });
    }
    ui::FormExporter::Choice october() const
    {
        ui::FormExporter::Choice c;
        c.month = YearMonth(2021, 10);
        c.fillDate = QDate(2021, 11, 5);
        return c;
    }
};

} // namespace

TEST_CASE("the form export runs on a worker and writes the workbook the direct export writes")
{
    Fixture fx;
    fx.exporter->run(fx.october());
    // Handed to the worker: the flow is back before the workbook is.
    CHECK(fx.exporter->isRunning());
    CHECK(fx.ended == 0);
    CHECK(fx.notified.isEmpty());
    REQUIRE(test::waitUntil([&] { return fx.ended > 0; }));
    CHECK_FALSE(fx.exporter->isRunning());
    REQUIRE(fx.notified.size() == 1);
    INFO(fx.notified.first().status.message().toStdString());
    REQUIRE(fx.notified.first().isWritten());
    CHECK(fx.notified.first().path == fx.path);
    CHECK_FALSE(fx.window.findChild<QDialog *>(QStringLiteral("jobProgress")));

    FormExportRequest request;
    request.campaign = *fx.session.campaign();
    request.month = YearMonth(2021, 10);
    request.fillDate = QDate(2021, 11, 5);
    request.path = fx.dir.filePath(QStringLiteral("direct.xlsx"));
    const FormExportResult direct = ExportForms::run(fx.session.database(), request);
    REQUIRE(direct.isWritten());
    CHECK(fx.notified.first().sheetNames() == direct.sheetNames());
    CHECK(fx.notified.first().findings.size() == direct.findings.size());
    CHECK(test::workbookDifference(bytesOf(fx.path), bytesOf(request.path)).toStdString() == "");
}

TEST_CASE("cancelling the form export before its workbook is begun writes nothing and says nothing")
{
    Fixture fx;
    {
        // The worker has not begun when 取消 is pressed.
        test::WorkerHold hold;
        fx.exporter->run(fx.october());
        auto *progress = fx.window.findChild<QDialog *>(QStringLiteral("jobProgress"));
        REQUIRE(progress);
        progress->findChild<QPushButton *>(QStringLiteral("jobCancel"))->click();
    }
    REQUIRE(test::waitUntil([&] { return fx.ended > 0; }));
    CHECK(fx.notified.isEmpty());
    CHECK_FALSE(QFile::exists(fx.path));
    CHECK(QDir(fx.dir.path()).entryList({QStringLiteral("*.xlsx*"), QStringLiteral(".*xlsx*")}, QDir::Files | QDir::Hidden).isEmpty());
    // And the next export runs as usual.
    fx.exporter->run(fx.october());
    REQUIRE(test::waitUntil([&] { return fx.ended > 1; }));
    REQUIRE(fx.notified.size() == 1);
    CHECK(fx.notified.first().isWritten());
}
