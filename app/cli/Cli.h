// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"

#include <QTextStream>
#include <functional>

#include "model/Campaign.h"
#include "model/Status.h"
#include "model/DatabaseLocation.h"

#include <optional>

namespace qf {
class Database;
struct LedgerTable;
struct SummaryRequest;
}

namespace qf::cli {

/// Exit status of every command: 0 done, 1 the data has errors, 2 the call was wrong.
enum Exit { Ok = 0, DataError = 1, UsageError = 2 };

/// What a command gets: its arguments, the open database and the two output streams.
struct Context
{
    QString dbPath;
    QTextStream &out;
    QTextStream &err;
    std::function<Database *()> database;   ///< opens on first use; null on failure (message printed)
    DatabaseLocation location = {};          ///< the file (dbPath) or the --server database
};

/// One subcommand: "institutions import", with its options and help text.
struct Command
{
    QStringList words;            ///< {"institutions", "import"}
    QString synopsis;             ///< "FILE.csv"
    QString summary;              ///< one line
    QString help;                 ///< details shown by --help
    QStringList valueOptions;
    QStringList flags;
    std::function<int(Context &, const CliOptions &)> run;
};

/// Adds commands that live in a library of their own (the charts, which need Qt Widgets and
/// so stay out of the core's command library); a command already added is not added twice.
void addCommands(const QList<Command> &commands);

/// Draws the charts of a 工作总结 into its request: the chart library's, which needs Qt
/// Widgets and so stays out of the core's command library. main() installs it; without one,
/// `summary` writes the text alone.
using SummaryChartDrawer = Status (*)(Database &db, SummaryRequest *request);
void setSummaryChartDrawer(SummaryChartDrawer drawer);

/// Runs the command line (without the program name) and returns the exit status.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

/// The campaign a command works on: --campaign ID, or the most recent one. Prints why
/// when there is none and sets failureStatus to the exit status that fits (a malformed
/// ID is a usage error, a missing campaign a data error).
std::optional<Campaign> campaignFor(Context &ctx, const CliOptions &opts, int *failureStatus = nullptr);

/// The open database with the campaign a command works on (see campaignFor). False when
/// either cannot be had; the reason is then printed and failure is the exit status that fits.
struct CampaignScope
{
    Database *db = nullptr;
    Campaign campaign;
    int failure = DataError;
    explicit operator bool() const { return db != nullptr; }
};
CampaignScope openCampaign(Context &ctx, const CliOptions &opts);

/// A ledger or the registry as the list commands print it: the header, then one line a
/// row, tab-separated (tabs and line breaks inside a cell become spaces).
void printTable(QTextStream &out, const LedgerTable &table);

// Each file of commands registers its own.
QList<Command> registryCommands();
QList<Command> campaignCommands();
QList<Command> workPlanCommands();
QList<Command> figureCommands();
QList<Command> maintenanceCommands();
QList<Command> demoCommands();
QList<Command> printCommands();
QList<Command> trackingCommands();
QList<Command> formCommands();
QList<Command> monthCommands();
QList<Command> workbookCommands();
QList<Command> ledgerCommands();
QList<Command> serverCommands();
QList<Command> mailCommands();
QList<Command> mailSendCommands();
QList<Command> summaryCommands();
QList<Command> analysisCommands();
QList<Command> spotCheckCommands();
QList<Command> wordingCommands();

/// A draw's papers as --out (抽查名单) and --notices (检查通知) ask, reported on `report`;
/// --date is their 落款 date, --inspect-on the notices' inspection date.
int writeSpotCheckPapers(Context &ctx, const CliOptions &opts, Database &db, qint64 drawId, QTextStream &report);
/// Refuses an --out or --notices name that is neither .pdf nor .docx, before any work.
Status checkSpotCheckPaperPaths(const CliOptions &opts);

} // namespace qf::cli
