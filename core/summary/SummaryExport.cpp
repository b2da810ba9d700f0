// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryExport.h"

#include "SummaryPainter.h"
#include "docx/DocxWriter.h"
#include "print/DocumentFormat.h"

namespace qf {

YearMonth SummaryExport::defaultMonth(const Campaign &campaign, const QDate &day)
{
    const QDate last = campaign.end.isValid() && day > campaign.end ? campaign.end : day;
    YearMonth month = YearMonth::fromDate(last);
    if (campaign.start.isValid() && YearMonth::fromDate(campaign.start).monthsUntil(month) < 0)
        month = YearMonth::fromDate(campaign.start);
    return month;
}

Status SummaryExport::draft(Database &db, const SummaryRequest &request, SummaryDocument *out)
{
    const QDate asOf = request.asOf.isValid() ? request.asOf : QDate::currentDate();
    const YearMonth month = request.month.isValid() ? request.month : defaultMonth(request.campaign, asOf);
    SummaryFigures figures;
    if (Status s = SummaryFigures::build(db, request.campaign, month, request.unit, request.unitId, asOf, &figures); !s)
        return s;
    return SummaryDocument::compose(figures, out);
}

Status SummaryExport::run(Database &db, const SummaryRequest &request, SummaryDocument *drafted, int *pages)
{
    const QString path = request.path;
    DocumentFormat::Kind kind;
    if (const Status s = DocumentFormat::of(path, &kind); !s)
        return s;
    SummaryDocument document;
    if (Status s = draft(db, request, &document); !s)
        return s;
    if (drafted)
        *drafted = document;
    if (kind == DocumentFormat::Pdf)
        return SummaryPainter(document).writePdf(path, pages);
    return DocxWriter::write(document.toDocx(), path);
}

} // namespace qf
