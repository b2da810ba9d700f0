// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SummaryDocument.h"

#include <QCoreApplication>

namespace qf {

class Database;

/// What to draft: a campaign's 工作总结 up to a month, for the county or one institution.
struct SummaryRequest
{
    Campaign campaign;
    YearMonth month;        ///< invalid: the campaign's last month that has begun
    QString unit;           ///< an institution's name; empty: the county
    QDate asOf;             ///< the day tracking is seen on and the document is dated; invalid: today
    QString path;           ///< .docx or .pdf
    qint64 unitId = 0;      ///< the institution chosen from the window's list (then `unit` is not used)
    /// The charts drawn by the caller for charts() (their PNGs filled in); empty: a summary
    /// of text alone.
    QList<SummaryChart> charts = {};
};

/// 打印 → 工作总结 and `qingfeng-cli summary`: drafts the summary from the data and writes it
/// as an editable Word document or a PDF, chosen by the file's extension, in one step.
class SummaryExport
{
    Q_DECLARE_TR_FUNCTIONS(SummaryExport)
public:
    static Status run(Database &db, const SummaryRequest &request, SummaryDocument *drafted = nullptr, int *pages = nullptr);
    /// The draft alone (what the window shows before saving); the request's path is not used.
    static Status draft(Database &db, const SummaryRequest &request, SummaryDocument *out);
    /// The charts the request's summary shows, with their data, for the caller to draw into
    /// each one's `png` and hand back in SummaryRequest::charts. A chart without data to show
    /// (a single month, nothing reported yet, a month outside the campaign) is not planned.
    static Status charts(Database &db, const SummaryRequest &request, QList<SummaryChart> *out);
    /// The month a summary covers by default: the last month of the campaign that has begun on `day`.
    static YearMonth defaultMonth(const Campaign &campaign, const QDate &day);
};

} // namespace qf
