// SPDX-License-Identifier: GPL-3.0-or-later
// Writes batches of reports into a database for ever, printing each committed batch
// number; the crash-safety test kills it at random moments.
#include "demo/DemoData.h"
#include "model/Report.h"
#include "storage/Database.h"
#include "storage/ReportRepository.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace qf;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const qint64 campaign = QString::fromLocal8Bit(argv[2]).toLongLong();
    Database db;
    if (!db.open(path))
        return 1;
    ReportRepository repo(db);
    for (int batch = 1;; ++batch) {
        // One batch rewrites every institution's 附件3 for one month with the batch
        // number in every column: after a crash all must show the same number.
        QList<Report> reports;
        for (int unit = 1; unit <= 200; ++unit) {
            Report r;
            r.campaignId = campaign;
            r.form = 3;
            r.unitKey = QStringLiteral("X%1").arg(unit);
            r.period = YearMonth(2021, 8);
            for (int c = 1; c <= 13; ++c)
                r.numbers.insert(c, batch);
            reports << r;
        }
        if (!repo.saveAll(reports))
            return 1;
        std::printf("%d\n", batch);
        std::fflush(stdout);
    }
}
