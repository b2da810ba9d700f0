// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any workbook handed to the import of returned reports is recognised or
// refused with messages, against the demo county's registry and stored months.
#include "FuzzInput.h"

#include "demo/DemoData.h"
#include "io/WorkbookImport.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "xlsx/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace qf;

namespace {
std::unique_ptr<WorkbookImport::Context> context;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Kept until the process ends: destroyed among the other statics, the connection
    // would outlive the Qt SQL registry it closes itself through.
    static auto *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    static QTemporaryDir dir;
    static auto *database = new Database;
    Database &db = *database;
    Status s = dir.isValid() ? db.open(dir.filePath(QStringLiteral("demo.sqlite")))
                             : Status::failure(QStringLiteral("no temporary folder"));
    if (s)
        s = DemoData::seed(db);
    if (!s) {
        std::fprintf(stderr, "cannot create the demo database: %s\n", qPrintable(s.message()));
        std::abort();
    }
    const auto campaign = CampaignRepository(db).load(DemoData::campaignId(db));
    if (!campaign)
        std::abort();
    context = std::make_unique<WorkbookImport::Context>(WorkbookImport::contextFor(db, *campaign, QDate(2021, 12, 10)));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    XlsxWorkbook book;
    if (!XlsxWorkbook::openData(fuzz::workbookBytes(data, size), QStringLiteral("fuzz.xlsx"), &book))
        return 0;
    const WorkbookFile file = WorkbookImport::analyseWorkbook(book, QStringLiteral("/fuzz/fuzz.xlsx"), *context);
    // Clean files carry one report per form; files with errors carry none.
    if (file.isClean() ? file.reports.size() != file.forms.size() : !file.reports.isEmpty())
        std::abort();
    for (const QString &e : file.errors)
        if (!e.contains(QStringLiteral("fuzz.xlsx")))
            std::abort();   // every message names the file
    return 0;
}
