// SPDX-License-Identifier: GPL-3.0-or-later
// analysis series: problems and filings planted in a county of our own land in the month
// they happened in, a gap stays a gap, the three outputs hold the same rows, and on the
// demo county the last month agrees with the exported forms and the summary's tracking.
#include "LedgerFixture.h"
#include "TrackingFixture.h"

#include "actions/ExportForms.h"
#include "actions/ExportSeries.h"
#include "actions/SubmissionActions.h"
#include "analysis/AnalysisSeries.h"
#include "io/CsvReader.h"
#include "storage/CampaignRepository.h"
#include "summary/SummaryFigures.h"
#include "xlsx/SeriesXlsxWriter.h"
#include "xlsx/XlsxReader.h"
#include "xlsx/XlsxWorkbook.h"

#include <QFile>

using namespace qf;

namespace {

const YearMonth kJul(2021, 7), kAug(2021, 8), kSep(2021, 9), kOct(2021, 10), kNov(2021, 11);

AnalysisSeries seriesOf(Database &db, qint64 campaignId, const YearMonth &upTo, const QDate &asOf)
{
    AnalysisSeries s;
    const Status status = AnalysisSeries::load(db, campaignId, upTo, asOf, &s);
    INFO(status.message());
    REQUIRE(status.isOk());
    return s;
}

std::optional<double> at(const AnalysisSeries &s, const QString &id, const QString &group, const YearMonth &m)
{
    INFO(id << " " << group << " " << m.toString());
    REQUIRE(s.find(id));
    return s.value(id, group, m);
}

std::optional<double> at(const AnalysisSeries &s, const char *id, const QString &group, const YearMonth &m)
{
    return at(s, QString::fromLatin1(id), group, m);
}

const QString kCounty = QStringLiteral(u"全县");

QStringList cliArgs(const QString &db, const QStringList &words)
{
    return QStringList{QStringLiteral("--db"), db} + words;
}

// The tab-separated standard output, without its header, one list of cells a line.
QList<QStringList> tabRows(const QString &out)
{
    QList<QStringList> rows;
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(!lines.isEmpty());
    CHECK(lines.first().split(QLatin1Char('\t')) == AnalysisSeries::header());
    for (int i = 1; i < lines.size(); ++i)
        rows << lines.at(i).split(QLatin1Char('\t'));
    return rows;
}

} // namespace

TEST_CASE("A problem found in August, rectified in September and closed in October lands in those months", "[analysis]")
{
    test::LedgerFixture f;
    ProblemRepository problems(f.db());
    // 甲县人民医院 (公立·三级): found, rectified and closed a month apart.
    Problem p1 = f.problem(f.a, f.day(8, 10), QStringLiteral(u"串换收费"));
    REQUIRE(ProblemWorkflow::apply(p1, ProblemState::Rectified, f.day(9, 15), QStringLiteral(u"科长"), {}, f.today).isOk());
    REQUIRE(ProblemWorkflow::apply(p1, ProblemState::Closed, f.day(10, 5), QStringLiteral(u"审核人"), {}, f.today).isOk());
    // 丙诊所 (民营·一级及以下): found in August, still open.
    Problem p2 = f.problem(f.c, f.day(8, 20), QStringLiteral(u"病历不规范"));
    // 乙镇卫生院: rectified in July, sent back in August, rectified again in September.
    Problem p3 = f.problem(f.b, f.day(7, 20), QStringLiteral(u"药品未入账"));
    REQUIRE(ProblemWorkflow::apply(p3, ProblemState::Rectified, f.day(7, 25), QStringLiteral(u"院长"), {}, f.today).isOk());
    REQUIRE(ProblemWorkflow::apply(p3, ProblemState::Rectifying, f.day(8, 3), QStringLiteral(u"审核人"),
                                   QStringLiteral(u"账实不符"), f.today).isOk());
    REQUIRE(ProblemWorkflow::apply(p3, ProblemState::Rectified, f.day(9, 10), QStringLiteral(u"院长"), {}, f.today).isOk());
    QList<Problem> list{p1, p2, p3};
    REQUIRE(problems.saveAll(list).isOk());

    const AnalysisSeries s = seriesOf(f.db(), f.campaign.id, kNov, f.today);
    REQUIRE(s.months == QList<YearMonth>{kJul, kAug, kSep, kOct, kNov});
    const QString tertiary = QStringLiteral(u"公立·三级"), privatePrimary = QStringLiteral(u"民营·一级及以下"),
                  publicPrimary = QStringLiteral(u"公立·一级及以下");

    // 附件1's figures (the ledger's, since these institutions keep one) and the 问题清单's
    // own series count the same problems in the same months.
    for (const char *prefix : {"problems", "ledger"}) {
        auto id = [prefix](const char *what) { return QString::fromLatin1(prefix) + QLatin1Char('.') + QString::fromLatin1(what); };
        INFO(prefix);
        CHECK(at(s, id("found"), kCounty, kJul) == 1);
        CHECK(at(s, id("found"), kCounty, kAug) == 2);
        CHECK(at(s, id("found"), kCounty, kSep) == 0);
        CHECK(at(s, id("found"), tertiary, kAug) == 1);
        CHECK(at(s, id("found"), tertiary, kJul) == 0);
        CHECK(at(s, id("found"), privatePrimary, kAug) == 1);
        CHECK(at(s, id("found"), publicPrimary, kJul) == 1);
        CHECK(at(s, id("rectified"), tertiary, kAug) == 0);
        CHECK(at(s, id("rectified"), tertiary, kSep) == 1);
        // Sent back in August, the July rectification no longer counts: the month's change
        // is -1 and the totals stay what the ledger says at each month's end.
        CHECK(at(s, id("rectified"), publicPrimary, kJul) == 1);
        CHECK(at(s, id("rectified"), publicPrimary, kAug) == -1);
        CHECK(at(s, id("rectified"), publicPrimary, kSep) == 1);
        CHECK(at(s, id("rectified-total"), kCounty, kAug) == 0);
        CHECK(at(s, id("rectified-total"), kCounty, kSep) == 2);
        CHECK(at(s, id("found-total"), kCounty, kNov) == 3);
    }
    // 销号 is known to the 问题清单 only.
    CHECK(at(s, "ledger.closed", tertiary, kSep) == 0);
    CHECK(at(s, "ledger.closed", tertiary, kOct) == 1);
    CHECK(at(s, "ledger.closed", kCounty, kOct) == 1);
    CHECK(at(s, "ledger.closed", kCounty, kNov) == 0);
    CHECK(at(s, "ledger.closed-total", kCounty, kNov) == 1);

    // 整改率 is rectified over found at the month's end; none found is a gap, not 0.
    CHECK(at(s, "problems.rate", kCounty, kJul) == 100.0);
    CHECK(at(s, "problems.rate", kCounty, kAug) == 0.0);
    CHECK(at(s, "problems.rate", kCounty, kSep) == Approx(66.7));
    CHECK(at(s, "problems.rate", privatePrimary, kSep) == 0.0);
    CHECK_FALSE(at(s, "problems.rate", tertiary, kJul).has_value());
    for (const AnalysisSeries::Point &p : s.find(QStringLiteral("problems.rate"))->points) {
        const auto found = s.value(QStringLiteral("problems.found-total"), p.group, p.month);
        const auto done = s.value(QStringLiteral("problems.rectified-total"), p.group, p.month);
        REQUIRE(found);
        REQUIRE(done);
        INFO(p.group << " " << p.month.toString());
        if (*found == 0)
            CHECK_FALSE(p.value.has_value());
        else
            CHECK(p.value == Approx(100.0 * *done / *found).margin(0.05));
    }

    // Furthest behind: only 丙诊所 still has a problem open.
    const AnalysisSeries::Series *behind = s.find(QStringLiteral("problems.laggards-rate"));
    REQUIRE(behind);
    REQUIRE(behind->points.size() == 1);
    CHECK(behind->points.first().group == QStringLiteral(u"丙诊所"));
    CHECK(behind->points.first().month == kNov);
    CHECK(behind->points.first().value == 0.0);
    CHECK(at(s, "problems.laggards-open", QStringLiteral(u"丙诊所"), kNov) == 1);

    // Up to August, September's rectification is not there yet.
    const AnalysisSeries upToAug = seriesOf(f.db(), f.campaign.id, kAug, f.today);
    CHECK(upToAug.months == QList<YearMonth>{kJul, kAug});
    CHECK(at(upToAug, "problems.laggards-open", QStringLiteral(u"甲县人民医院"), kAug) == 1);
    CHECK(at(upToAug, "problems.laggards-rate", QStringLiteral(u"乙镇卫生院"), kAug) == 0.0);
}

TEST_CASE("A late filing counts late, a missing one missing, and a month not yet due is a gap", "[analysis]")
{
    test::TrackingFixture f;
    const QDate today = test::d(2021, 10, 20);
    // August: every obligation filed on its due date but one filed late and one not at all.
    const QList<TrackedObligation> august = f.tracker().track(kAug, today);
    REQUIRE(august.size() >= 4);
    for (int i = 0; i < august.size(); ++i) {
        const Obligation &o = august.at(i).obligation;
        if (i == 1)
            continue;   // missing
        const QDate on = i == 0 ? o.due.addDays(3) : o.due;
        if (o.filedThroughReports()) {
            const Institution &inst = o.institutionId == f.hospital.id ? f.hospital
                                      : o.institutionId == f.newClinic.id ? f.newClinic : f.closedClinic;
            f.report(inst, int(o.deliverable), kAug, on);
        } else {
            Submission sub;
            sub.campaignId = f.campaign.id;
            sub.deliverable = o.deliverable;
            sub.unitKey = o.unitKey;
            sub.period = kAug;
            sub.submittedOn = on;
            REQUIRE(SubmissionActions::record(f.t.db(), sub).isOk());
        }
    }

    const AnalysisSeries s = seriesOf(f.t.db(), f.campaign.id, kOct, today);
    const double expected = double(august.size());
    CHECK(at(s, "tracking.late", kCounty, kAug) == 1);
    CHECK(at(s, "tracking.missing", kCounty, kAug) == 1);
    CHECK(at(s, "tracking.on-time", kCounty, kAug) == expected - 2);
    CHECK(at(s, "tracking.completeness", kCounty, kAug) == Approx(100.0 * (expected - 1) / expected).margin(0.05));
    CHECK(at(s, "tracking.timeliness", kCounty, kAug) == Approx(100.0 * (expected - 2) / expected).margin(0.05));
    // September fell due and nothing came: zeros, not gaps.
    const double september = double(f.tracker().track(kSep, today).size());
    CHECK(at(s, "tracking.on-time", kCounty, kSep) == 0);
    CHECK(at(s, "tracking.missing", kCounty, kSep) == september);
    CHECK(at(s, "tracking.completeness", kCounty, kSep) == 0.0);
    // October's reports are due in November: nothing to count yet.
    CHECK_FALSE(at(s, "tracking.on-time", kCounty, kOct).has_value());
    CHECK_FALSE(at(s, "tracking.missing", kCounty, kOct).has_value());
    CHECK_FALSE(at(s, "tracking.completeness", kCounty, kOct).has_value());
    // 附件1 was reported from August only: July's county figure is a gap, August's is there.
    CHECK_FALSE(at(s, "form1.1", kCounty, kJul).has_value());
    CHECK(at(s, "form1.1", kCounty, kAug).has_value());
}

TEST_CASE("analysis series writes the same rows to the standard output, a CSV file and a workbook", "[analysis]")
{
    test::LedgerFixture f;
    f.writeLedgers();
    const QString db = f.path();
    const QStringList month{QStringLiteral("analysis"), QStringLiteral("series"), QStringLiteral("--month"),
                            QStringLiteral("2021-11"), QStringLiteral("--today"), QStringLiteral("2021-12-15")};
    QString out, err;
    REQUIRE(test::runCli(cliArgs(db, month), &out, &err) == 0);
    const QList<QStringList> rows = tabRows(out);
    REQUIRE(rows.size() > 100);
    // Some values are gaps (a category's 整改率 without problems): written as empty fields.
    CHECK(std::any_of(rows.cbegin(), rows.cend(), [](const QStringList &r) { return r.size() == 5 && r.at(3).isEmpty(); }));
    // The problems planted by the fixture are there: 甲县人民医院 found two in July and August.
    CHECK(rows.contains(QStringList{QStringLiteral(u"当月发现问题"), QStringLiteral(u"公立·三级"), QStringLiteral("2021-08"),
                                    QStringLiteral("1"), QStringLiteral(u"个")}));

    const QString csv = f.file(QStringLiteral(u"分析数据.csv"));
    REQUIRE(test::runCli(cliArgs(db, month + QStringList{QStringLiteral("--out"), csv}), &out, &err) == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(3) == QByteArray("\xEF\xBB\xBF"));
    QList<CsvRecord> records;
    REQUIRE(CsvReader::readFile(csv, &records).isOk());
    REQUIRE(records.size() == rows.size() + 1);
    CHECK(records.first().fields == AnalysisSeries::header());
    for (int i = 0; i < rows.size(); ++i) {
        INFO("row " << i);
        CHECK(records.at(i + 1).fields == rows.at(i));
    }

    const QString xlsx = f.file(QStringLiteral(u"分析数据.xlsx"));
    REQUIRE(test::runCli(cliArgs(db, month + QStringList{QStringLiteral("--out"), xlsx}), &out, &err) == 0);
    XlsxWorkbook workbook;
    REQUIRE(XlsxReader::readFile(xlsx, &workbook).isOk());
    CHECK(workbook.sheetNames().contains(QStringLiteral(u"报送情况")));
    CHECK(workbook.sheetNames().contains(QStringLiteral(u"附件3")));
    const XlsxSheet *sheet = workbook.sheet(SeriesXlsxWriter::longSheetName());
    REQUIRE(sheet);
    const int header = SeriesXlsxWriter::kLongHeaderRow;
    for (int c = 0; c < 5; ++c)
        CHECK(sheet->cell(header, c).text == AnalysisSeries::header().at(c));
    CHECK(sheet->rowCount() == header + 1 + rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        INFO("row " << i << " " << row.join(QLatin1Char('|')));
        for (int c : {0, 1, 2, 4})
            CHECK(sheet->cell(header + 1 + i, c).text == row.at(c));
        const XlsxCell value = sheet->cell(header + 1 + i, 3);
        if (row.at(3).isEmpty()) {
            CHECK(value.isEmpty());
        } else {
            REQUIRE(value.type == XlsxCell::Number);
            CHECK(value.number == Approx(row.at(3).toDouble()).margin(1e-9));
        }
    }
    // Those furthest behind, at the one month: a row per institution, a column per series.
    const XlsxSheet *behind = workbook.sheet(QStringLiteral(u"整改落后机构"));
    REQUIRE(behind);
    CHECK(behind->cell(header, 0).text == AnalysisSeries::header().at(1));
    CHECK(behind->cell(header, 2).text == QStringLiteral(u"整改率最低的机构：整改率（%）"));
    int laggards = 0;
    for (const QStringList &row : rows) {
        if (row.at(0) != QStringLiteral(u"整改率最低的机构：整改率"))
            continue;
        CHECK(behind->cell(header + 1 + laggards, 0).text == row.at(1));
        CHECK(behind->cell(header + 1 + laggards, 1).text == QStringLiteral("2021-11"));
        CHECK(behind->cell(header + 1 + laggards, 2).number == Approx(row.at(3).toDouble()));
        ++laggards;
    }
    CHECK(laggards >= 1);
    // The theme sheet holds the same values across months: the county's 附件1（1） by month.
    const XlsxSheet *form1 = workbook.sheet(QStringLiteral(u"附件1"));
    REQUIRE(form1);
    CHECK(form1->cell(header, 3).text == QStringLiteral(u"2021年7月"));
    CHECK(form1->cell(header + 1, 0).text.startsWith(QStringLiteral(u"附件1第1栏")));
    const int november = header + 1;
    for (const QStringList &row : rows)
        if (row.at(0) == form1->cell(november, 0).text && row.at(2) == QStringLiteral("2021-11"))
            CHECK(form1->cell(november, 3 + 4).number == Approx(row.at(3).toDouble()));
}

TEST_CASE("analysis series refuses a bad month or file name and writes nothing", "[analysis]")
{
    test::LedgerFixture f;
    const QString db = f.path();
    const QString csv = f.file(QStringLiteral("old.csv"));
    test::writeFile(csv, "old");
    const QStringList base{QStringLiteral("analysis"), QStringLiteral("series")};
    QString out, err;
    CHECK(test::runCli(cliArgs(db, base + QStringList{QStringLiteral("--month"), QStringLiteral("2021-13"), QStringLiteral("--out"), csv}),
                       &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("2021-13")));
    CHECK(test::runCli(cliArgs(db, base + QStringList{QStringLiteral("--month"), QStringLiteral("2020-11"), QStringLiteral("--out"), csv}),
                       &out, &err) == 2);
    CHECK(err.contains(QStringLiteral(u"2020年11月")));
    const QString txt = f.file(QStringLiteral("series.txt"));
    CHECK(test::runCli(cliArgs(db, base + QStringList{QStringLiteral("--out"), txt}), &out, &err) == 2);
    CHECK(err.contains(QStringLiteral(".xlsx")));
    CHECK_FALSE(QFile::exists(txt));
    CHECK(test::runCli(cliArgs(db, base + QStringList{QStringLiteral("--campaign"), QStringLiteral("999"), QStringLiteral("--out"), csv}),
                       &out, &err) == 1);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("old"));
}

TEST_CASE("On the demo county the last month's series agree with the exported forms and the summary's filing figures", "[analysis]")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    const QDate asOf(2021, 12, 20);
    const AnalysisSeries s = seriesOf(demo.db(), demo.campaignId(), YearMonth(), asOf);
    REQUIRE(!s.months.isEmpty());
    const YearMonth last = s.months.last();

    FormExportRequest request;
    request.campaign = *campaign;
    request.month = last;
    request.force = true;
    request.path = demo.file(QStringLiteral("month.xlsx"));
    const FormExportResult exported = ExportForms::run(demo.db(), request);
    REQUIRE(exported.isWritten());
    XlsxWorkbook workbook;
    REQUIRE(XlsxReader::readFile(exported.path, &workbook).isOk());
    int compared = 0;
    for (int form : FormCatalog::numbers()) {
        const FormDescription &description = FormCatalog::form(form);
        const XlsxSheet *sheet = workbook.sheet(description.attachment);
        REQUIRE(sheet);
        const QString total = form == 2 ? QStringLiteral(u"总计") : QStringLiteral(u"合计");
        const int labels = description.labelColumnCount();
        int totalRow = -1;
        for (int row : sheet->rows())
            for (int c = 0; c < labels && totalRow < 0; ++c)
                if (sheet->shownCell(row, c).displayText().trimmed() == total)
                    totalRow = row;
        REQUIRE(totalRow >= 0);
        for (int i = 0; i < description.columns.size(); ++i) {
            const FormColumn &column = description.columns.at(i);
            if (!column.isNumeric())
                continue;
            const QString id = QStringLiteral("form%1.%2").arg(form).arg(column.number);
            INFO(id.toStdString());
            double cell = 0;
            REQUIRE(sheet->cell(totalRow, labels + i).toNumber(&cell));
            const auto v = s.value(id, kCounty, last);
            REQUIRE(v.has_value());
            CHECK(*v == Approx(cell).margin(0.005));
            ++compared;
        }
    }
    CHECK(compared >= 30);
    // The problems theme's county figures are 附件1's 合计 too.
    CHECK(s.value(QStringLiteral("problems.found-total"), kCounty, last) == s.value(QStringLiteral("form1.1"), kCounty, last));
    CHECK(s.value(QStringLiteral("problems.rectified-total"), kCounty, last)
          == s.value(QStringLiteral("form1.2"), kCounty, last));

    SummaryFigures summary;
    REQUIRE(SummaryFigures::build(demo.db(), *campaign, last, QString(), 0, asOf, &summary).isOk());
    // Those furthest behind below the summary's threshold are the ones its 存在问题 names.
    const AnalysisSeries::Series *behind = s.find(QStringLiteral("problems.laggards-rate"));
    REQUIRE(behind);
    QStringList named;
    for (const AnalysisSeries::Point &p : behind->points)
        if (*p.value < SummaryFigures::kLowRate)
            named << QStringLiteral(u"%1（%2%）").arg(p.group, AnalysisSeries::valueText(*behind, p));
    REQUIRE(!summary.lowRateUnits.isEmpty());
    CHECK(named.size() == std::min<qsizetype>(AnalysisSeries::kLaggards, summary.lowRateUnits.size()));
    for (const QString &n : named)
        CHECK(summary.lowRateUnits.contains(n));

    // Filing: the months' counts add up to what the 工作总结 states for the campaign so far.
    double onTime = 0, late = 0, missing = 0;
    for (const YearMonth &m : s.months) {
        onTime += s.value(QStringLiteral("tracking.on-time"), kCounty, m).value_or(0);
        late += s.value(QStringLiteral("tracking.late"), kCounty, m).value_or(0);
        missing += s.value(QStringLiteral("tracking.missing"), kCounty, m).value_or(0);
    }
    CHECK(onTime == summary.value(QStringLiteral("reportsOnTime")));
    CHECK(late == summary.value(QStringLiteral("reportsLate")));
    CHECK(missing == summary.value(QStringLiteral("reportsMissing")));
    CHECK(onTime + late + missing == summary.value(QStringLiteral("reportsDue")));
}

TEST_CASE("analysis series CSV: a name a spreadsheet would run as a formula is written as text", "[analysis]")
{
    AnalysisSeries data;
    data.months = {YearMonth(2021, 8)};
    AnalysisSeries::Series s;
    s.id = QStringLiteral("laggards.found");
    s.title = QStringLiteral(u"发现问题");
    s.theme = QStringLiteral(u"问题整改");
    s.unit = QStringLiteral(u"个");
    const QStringList names{QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")"), QStringLiteral("+1+1"),
                            QStringLiteral("-2+3"), QStringLiteral("@SUM(A1:A2)"), QStringLiteral(u"中渡镇卫生院"),
                            QStringLiteral("-5")};
    for (const QString &n : names)
        s.points << AnalysisSeries::Point{n, YearMonth(2021, 8), 3.0};
    data.series << s;
    QList<CsvRecord> records;
    REQUIRE(CsvReader::parse(QString::fromUtf8(ExportSeries::toCsv(data).mid(3)), QStringLiteral("a.csv"), &records).isOk());
    QStringList groups;
    for (const CsvRecord &r : records.mid(1))
        groups << r.fields.value(1);
    CHECK(groups == QStringList{QStringLiteral("'=HYPERLINK(\"http://example.invalid\",\"x\")"), QStringLiteral("'+1+1"),
                                QStringLiteral("'-2+3"), QStringLiteral("'@SUM(A1:A2)"), QStringLiteral(u"中渡镇卫生院"),
                                QStringLiteral("-5")});
}
