// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryExport.h"

#include "SummaryPainter.h"
#include "analysis/AnalysisSnapshot.h"
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

namespace {

QDate asOfOf(const SummaryRequest &request)
{
    return request.asOf.isValid() ? request.asOf : QDate::currentDate();
}

YearMonth monthOf(const SummaryRequest &request)
{
    return request.month.isValid() ? request.month : SummaryExport::defaultMonth(request.campaign, asOfOf(request));
}

// The draft with the charts its sections name still planned, none drawn yet.
Status compose(Database &db, const SummaryRequest &request, SummaryDocument *out)
{
    SummaryFigures figures;
    if (Status s = SummaryFigures::build(db, request.campaign, monthOf(request), request.unit, request.unitId,
                                         asOfOf(request), &figures);
        !s)
        return s;
    return SummaryDocument::compose(figures, out);
}

} // namespace

Status SummaryExport::draft(Database &db, const SummaryRequest &request, SummaryDocument *out)
{
    SummaryDocument document;
    if (Status s = compose(db, request, &document); !s)
        return s;
    document.placeCharts(request.charts);
    *out = document;
    return Status::success();
}

Status SummaryExport::charts(Database &db, const SummaryRequest &request, QList<SummaryChart> *out)
{
    out->clear();
    SummaryDocument document;
    if (Status s = compose(db, request, &document); !s)
        return s;
    if (document.charts.isEmpty())
        return Status::success();
    // The charts run to the last reporting month up to the summary's: a summary written after
    // the campaign's last report (in its closing month, as the 12-01 deadline makes usual)
    // shows every month reported, not none. Before the first report there is nothing to draw.
    YearMonth month;
    for (const YearMonth &m : request.campaign.reportingPeriods())
        if (m <= monthOf(request))
            month = m;
    if (!month.isValid())
        return Status::success();
    AnalysisSnapshot snapshot;
    if (Status s = AnalysisSnapshot::load(db, request.campaign.id, month, asOfOf(request), &snapshot); !s)
        return s;
    if (!snapshot.series.months.contains(month))
        return Status::success();
    for (SummaryChart chart : std::as_const(document.charts)) {
        ChartRequest chartRequest;
        chartRequest.kind = chart.kind;
        chartRequest.month = month;
        chartRequest.unit = chart.unit;
        chartRequest.institutionId = chart.institutionId;
        if (Status s = ChartData::build(snapshot, chartRequest, &chart.data); !s)
            return s;
        if (SummaryChart::hasData(chart.data))
            *out << chart;
    }
    return Status::success();
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
