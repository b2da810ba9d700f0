// SPDX-License-Identifier: GPL-3.0-or-later
// The official Excel layouts of 附件1–3, read back with an independent reader (openpyxl).
#include "TestSupport.h"

#include "campaign/CampaignTemplate.h"
#include "forms/MonthlyForms.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"
#include "xlsx/XlsxFormWriter.h"
#include "xlsx/XlsxTextMetrics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

using namespace qf;
using namespace Qt::StringLiterals;

namespace {

using Figures = QMap<int, double>;

/// A 2022 county (象州县) with one institution of each kind the forms group by, and
/// figures for July and August 2022 whose totals the tests work out by hand.
class ExportFixture : public test::TempDatabase
{
public:
    ExportFixture()
    {
        struct Row { const char16_t *name; Ownership o; Level l; bool contracted; InstitutionKind k; };
        const Row rows[] = {
            {u"甲县人民医院", Ownership::Public, Level::Tertiary, true, InstitutionKind::Medical},
            {u"甲县中医医院", Ownership::Public, Level::Secondary, true, InstitutionKind::Medical},
            {u"甲镇卫生院", Ownership::Public, Level::PrimaryOrBelow, true, InstitutionKind::Medical},
            {u"乙镇卫生院", Ownership::Public, Level::PrimaryOrBelow, false, InstitutionKind::Medical},
            {u"康华医院", Ownership::Private, Level::Secondary, true, InstitutionKind::Medical},
            {u"仁和诊所", Ownership::Private, Level::PrimaryOrBelow, true, InstitutionKind::Medical},
            {u"康民大药房", Ownership::Private, Level::PrimaryOrBelow, true, InstitutionKind::Pharmacy},
        };
        for (const Row &r : rows) {
            Institution i;
            i.name = QString::fromUtf16(r.name);
            i.ownership = r.o;
            i.level = r.l;
            i.contracted = r.contracted;
            i.kind = r.k;
            REQUIRE(InstitutionRepository(db()).save(i).isOk());
            ids << i.id;
        }
        const auto tmpl = CampaignTemplate::find(QStringLiteral("luzhai-2021"));
        REQUIRE(tmpl);
        CampaignParameters p;
        p.county = QStringLiteral(u"象州县");
        p.city = QStringLiteral(u"来宾市");
        p.year = 2022;
        const Status made = tmpl->instantiate(p, &campaign);
        INFO(made.message());
        REQUIRE(made.isOk());
        REQUIRE(CampaignRepository(db()).save(campaign).isOk());

        // 附件1: the 中医医院 reported only in July (carried into August), 乙镇卫生院 never.
        f1 = {{ids[0], {{1, 8}, {2, 6}, {3, 1}, {4, 0}, {5, 2}, {6, 1}, {7, 1}, {8, 2}, {9, 3}, {10, 1}, {11, 4}}},
              {ids[1], {{1, 2}, {2, 2}, {3, 0}, {4, 1}, {5, 0}, {6, 0}, {7, 0}, {8, 1}, {9, 1}, {10, 0}, {11, 1}}},
              {ids[2], {{1, 3}, {2, 1}, {3, 0}, {4, 0}, {5, 1}, {6, 2}, {7, 2}, {8, 0}, {9, 1}, {10, 2}, {11, 0}}},
              {ids[4], {{1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 1}, {7, 1}, {8, 1}, {9, 1}, {10, 1}, {11, 1}}},
              {ids[5], {{1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}, {6, 0}, {7, 0}, {8, 0}, {9, 0}, {10, 0}, {11, 2}}}};
        f3 = {{ids[0], {{1, 2}, {2, 1}, {3, 40}, {4, 1}, {5, 3}, {6, 1}, {7, 5}, {8, 1}, {9, 2}, {10, 1.25}, {11, 1}, {12, 1}, {13, 0.2}}},
              {ids[2], {{1, 1}, {2, 1}, {3, 12}, {4, 0}, {5, 1}, {6, 0}, {7, 2}, {8, 0}, {9, 0}, {10, 0}, {11, 1}, {12, 1}, {13, 0.05}}},
              {ids[3], {{1, 1}, {2, 0}, {3, 0}, {4, 0}, {5, 0}, {6, 0}, {7, 1}, {8, 0}, {9, 0}, {10, 0}, {11, 0}, {12, 0}, {13, 0}}},
              {ids[4], {{1, 3}, {2, 2}, {3, 30}, {4, 2}, {5, 2}, {6, 1}, {7, 4}, {8, 2}, {9, 3}, {10, 3.5}, {11, 0}, {12, 0}, {13, 0}}}};
        f2 = {{QStringLiteral("public-3"), {{2, 1}, {3, 1}, {4, 1}, {5, 0}, {6, 1}, {7, 0}, {8, 0}, {9, 0}, {10, 0}, {11, 2.5}, {12, 2}, {13, 0.5}, {14, 0}, {15, 1}, {16, 0}, {17, 0}}},
              {QStringLiteral("public-1"), {{2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 0}, {7, 0}, {8, 0}, {9, 0}, {10, 0}, {11, 0.3}, {12, 0.1}, {13, 0.2}, {14, 0}, {15, 0}, {16, 0}, {17, 0}}},
              {QStringLiteral("private-2"), {{2, 1}, {3, 1}, {4, 0}, {5, 0}, {6, 0}, {7, 0}, {8, 1}, {9, 1}, {10, 0}, {11, 1}, {12, 0}, {13, 0}, {14, 1}, {15, 0}, {16, 1}, {17, 0}}},
              {QStringLiteral("pharmacy"), {{2, 1}, {3, 1}, {4, 0}, {5, 1}, {6, 0}, {7, 0}, {8, 0}, {9, 0}, {10, 0}, {11, 0.75}, {12, 0.75}, {13, 0}, {14, 0}, {15, 0}, {16, 0}, {17, 1}}}};

        QList<Report> reports;
        for (auto it = f1.cbegin(); it != f1.cend(); ++it) {
            const YearMonth month = it.key() == ids[1] ? YearMonth(2022, 7) : YearMonth(2022, 8);
            reports << report(1, UnitKey::institution(it.key()), month, it.value());
        }
        // A July report below the August one: only the latest may show.
        reports << report(1, UnitKey::institution(ids[0]), YearMonth(2022, 7), {{1, 5}, {2, 3}});
        for (auto it = f3.cbegin(); it != f3.cend(); ++it)
            reports << report(3, UnitKey::institution(it.key()), YearMonth(2022, 8), it.value());
        for (auto it = f2.cbegin(); it != f2.cend(); ++it)
            reports << report(2, UnitKey::category(it.key()), YearMonth(2022, 8), it.value());
        reports.last().texts.insert(18, QStringLiteral(u"含1家药店"));
        const Status saved = ReportRepository(db()).saveAll(reports);
        INFO(saved.message());
        REQUIRE(saved.isOk());
    }

    Report report(int form, const QString &unit, const YearMonth &month, const Figures &numbers) const
    {
        Report r;
        r.campaignId = campaign.id;
        r.form = form;
        r.unitKey = unit;
        r.period = month;
        r.submittedOn = month.lastDay().addDays(10);
        r.numbers = numbers;
        return r;
    }

    FormTable table(int form) { return MonthlyForms::build(db(), campaign, form, YearMonth(2022, 8), QDate(2022, 9, 12)); }

    Campaign campaign;
    QList<qint64> ids;
    QMap<qint64, Figures> f1;
    QMap<qint64, Figures> f3;
    QMap<QString, Figures> f2;
};

QString cellName(int row1, int col0)
{
    QString letters;
    for (int c = col0 + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row1);
}

QString rangeName(int row1, int col0, int rowSpan, int colSpan)
{
    return cellName(row1, col0) + QLatin1Char(':') + cellName(row1 + rowSpan - 1, col0 + colSpan - 1);
}

/// One worksheet as openpyxl reads it.
struct Sheet
{
    QJsonObject o;
    QString name() const { return o.value(QLatin1String("name")).toString(); }
    QJsonObject cell(const QString &ref) const { return o.value(QLatin1String("cells")).toObject().value(ref).toObject(); }
    QJsonValue value(const QString &ref) const { return cell(ref).value(QLatin1String("v")); }
    QString text(const QString &ref) const { return value(ref).toString().remove(QLatin1Char('\n')); }
    double number(const QString &ref) const { return value(ref).toDouble(); }
    bool isNumber(const QString &ref) const { return cell(ref).value(QLatin1String("t")).toString() == QLatin1String("n"); }
    QString format(const QString &ref) const { return cell(ref).value(QLatin1String("fmt")).toString(); }
    QSet<QString> merged() const
    {
        QSet<QString> set;
        for (const QJsonValue &v : o.value(QLatin1String("merged")).toArray())
            set << v.toString();
        return set;
    }
    QJsonObject page() const { return o.value(QLatin1String("page")).toObject(); }
    int maxRow() const { return o.value(QLatin1String("maxRow")).toInt(); }
    /// Texts of every cell in a row, left to right.
    QStringList rowTexts(int row1, int columns) const
    {
        QStringList texts;
        for (int c = 0; c < columns; ++c)
            if (value(cellName(row1, c)).isString())
                texts << text(cellName(row1, c));
        return texts;
    }
};

QList<Sheet> readBack(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QDir(QStringLiteral(QINGFENG_TEST_TOOLS_DIR)).filePath(QStringLiteral("xlsx_dump.py")), path});
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput());
    REQUIRE(doc.isObject());
    QList<Sheet> sheets;
    for (const QJsonValue &v : doc.object().value(QLatin1String("sheets")).toArray())
        sheets << Sheet{v.toObject()};
    return sheets;
}

Sheet exportOne(ExportFixture &f, int form)
{
    const QString path = f.file(QStringLiteral("form%1.xlsx").arg(form));
    const Status s = XlsxFormWriter().writeForm(path, f.table(form));
    INFO(s.message());
    REQUIRE(s.isOk());
    const QList<Sheet> sheets = readBack(path);
    REQUIRE(sheets.size() == 1);
    return sheets.first();
}

// The sheet layout: 附件 label, title, 填报单位/时间, three header rows, then the body.
constexpr int kTitleRow = 2;
constexpr int kLineRow = 3;
constexpr int kHeaderRow = 4;
constexpr int kBodyRow = 7;

/// Merged ranges inside the table (header and body rows) must be exactly these.
void checkTableMerges(const Sheet &sheet, int bodyRows, const QSet<QString> &expected)
{
    QSet<QString> inTable;
    for (const QString &range : sheet.merged()) {
        const int row = range.mid(range.indexOf(QRegularExpression(QStringLiteral("[0-9]")))).section(QLatin1Char(':'), 0, 0).toInt();
        if (row >= kHeaderRow && row < kBodyRow + bodyRows)
            inTable << range;
    }
    CHECK(inTable == expected);
}

/// Everything below the body: the signature line, then the notes, each merged across.
QStringList checkFooter(const Sheet &sheet, int bodyRows, int columns)
{
    const int signatureRow = kBodyRow + bodyRows;
    CHECK(sheet.rowTexts(signatureRow, columns)
          == QStringList({QStringLiteral(u"单位负责人："), QStringLiteral(u"填表人："), QStringLiteral(u"联系方式：")}));
    CHECK(sheet.text(cellName(signatureRow, 0)) == QStringLiteral(u"单位负责人："));
    QStringList notes;
    for (int r = signatureRow + 1; r <= sheet.maxRow(); ++r) {
        CHECK(sheet.merged().contains(rangeName(r, 0, 1, columns)));
        notes << sheet.text(cellName(r, 0));
    }
    return notes;
}

void checkPageSetup(const Sheet &sheet)
{
    const QJsonObject page = sheet.page();
    CHECK(page.value(QLatin1String("orientation")).toString() == QLatin1String("landscape"));
    CHECK(page.value(QLatin1String("paperSize")).toInt() == 9);
    CHECK(page.value(QLatin1String("fitToPage")).toBool());
    // One page wide (1 is the default when absent), as many pages tall as it takes.
    CHECK(page.value(QLatin1String("fitToWidth")).toInt(1) == 1);
    CHECK(page.value(QLatin1String("fitToHeight")).toInt(-1) == 0);
    CHECK(page.value(QLatin1String("printTitleRows")).toString().remove(QLatin1Char('$')) == QLatin1String("4:6"));
    CHECK(page.value(QLatin1String("horizontalCentered")).toBool());
}

double sumOf(const QList<Figures> &units, int column)
{
    double sum = 0;
    for (const Figures &f : units)
        sum += f.value(column);
    return sum;
}

} // namespace

TEST_CASE("a label breaks at the soft breaks its description marks, never inside a word")
{
    namespace M = XlsxTextMetrics;
    // Before, 收到检查监/察建议书 and 吊销执/业证书 broke inside a word.
    CHECK(M::wrapLabel(u"收到|检查|监察|建议书"_s, 10, M::columnPixels(10)) == u"收到检查\n监察建议书"_s);
    CHECK(M::wrapLabel(u"吊销|执业|证书（人）"_s, 10, M::columnPixels(7)) == u"吊销\n执业\n证书\n（人）"_s);
    CHECK(M::wrapLabel(u"查处|收受|患者|家属|红包|礼金|或其他|不正当|利益|等案件"_s, 10, M::columnPixels(20))
          == u"查处收受患者家属\n红包礼金或其他\n不正当利益等案件"_s);
    // The fewest lines, then the fuller first line.
    CHECK(M::wrapLabel(u"完成|整改|问题"_s, 10, M::columnPixels(8)) == u"完成整改\n问题"_s);
    // A label that fits keeps one line, and the marks never show.
    CHECK(M::wrapLabel(u"发现|问题"_s, 10, M::columnPixels(8)) == u"发现问题"_s);
    CHECK(M::plainLabel(u"检查|定点医疗|机构|数（家）"_s) == u"检查定点医疗机构数（家）"_s);
    // A word wider than the cell falls back to even lines rather than overflow.
    CHECK(QString(M::wrapLabel(u"统筹区内定点医疗机构|数"_s, 10, M::columnPixels(6))).remove(u'\n')
          == u"统筹区内定点医疗机构数"_s);
}

TEST_CASE("long header labels break before their unit and never before a closing bracket")
{
    namespace M = XlsxTextMetrics;
    // As the seed's own header cells break.
    CHECK(M::wrapLabel(u"约谈供应商(家、次）"_s, 10, M::columnPixels(9)) == u"约谈供\n应商\n(家、次）"_s);
    CHECK(M::wrapLabel(u"开展警示教育活动（次）"_s, 10, M::columnPixels(10)) == u"开展警示\n教育活动\n（次）"_s);
    CHECK(M::wrapLabel(u"完成整改问题"_s, 10, M::columnPixels(8)) == u"完成整改\n问题"_s);
    CHECK(M::wrapLabel(u"发现问题"_s, 10, M::columnPixels(8)) == u"发现问题"_s);
    CHECK(M::wrapLabel(u"召开民主（组织）生活会（次）"_s, 10, M::columnPixels(11)) == u"召开民主（组\n织）生活会\n（次）"_s);
    for (int form : FormCatalog::numbers()) {
        const FormDescription &d = FormCatalog::form(form);
        for (const SpanCell &c : d.headerCells()) {
            if (c.text.isEmpty())
                continue;
            double pixels = 0;
            for (int k = c.col; k < c.col + c.colSpan; ++k)
                pixels += M::columnPixels(k < d.labelColumnCount() ? d.labelColumns.at(k).width
                                                                   : d.columns.at(k - d.labelColumnCount()).width);
            const QString wrapped = M::wrapLabel(c.text, 10, pixels);
            INFO(wrapped.toStdString());
            CHECK(QString(wrapped).remove(u'\n') == M::plainLabel(c.text));
            // Where the description marks word boundaries, lines break only there (or
            // before the unit in brackets).
            if (c.text.contains(M::kSoftBreak)) {
                QSet<int> allowed;
                int at = 0;
                for (const QString &part : c.text.split(M::kSoftBreak))
                    allowed << (at += int(part.size()));
                const QString plain = M::plainLabel(c.text);
                const qsizetype unit = qMax(plain.lastIndexOf(u'（'), plain.lastIndexOf(u'('));
                if (unit > 0 && (plain.endsWith(u'）') || plain.endsWith(u')')))
                    allowed << int(unit);
                int end = 0;
                for (const QString &line : wrapped.split(u'\n')) {
                    end += int(line.size());
                    CHECK(allowed.contains(end));
                }
            }
            for (const QString &line : wrapped.split(u'\n')) {
                REQUIRE_FALSE(line.isEmpty());
                CHECK_FALSE(QStringLiteral(u"）)、，。").contains(line.front()));
                CHECK_FALSE(QStringLiteral(u"（(").contains(line.back()));
            }
        }
    }
}

TEST_CASE("附件1 exports with the seed's header merges and numbering and its unit rows and notes")
{
    ExportFixture f;
    const Sheet s = exportOne(f, 1);
    CHECK(s.name() == QStringLiteral(u"附件1"));
    CHECK(s.text(QStringLiteral("A1")) == QStringLiteral(u"附件1"));
    CHECK(s.text(QStringLiteral("A2")) == QStringLiteral(u"卫生健康系统开展群众身边腐败和作风问题治理情况统计表（一）"));
    CHECK(s.merged().contains(QStringLiteral("A2:M2")));
    CHECK(s.cell(QStringLiteral("A2")).value(QLatin1String("font")).toString() == QStringLiteral(u"宋体"));
    CHECK(s.cell(QStringLiteral("A2")).value(QLatin1String("bold")).toBool());
    CHECK(s.cell(QStringLiteral("A2")).value(QLatin1String("size")).toDouble()
          > s.cell(QStringLiteral("C7")).value(QLatin1String("size")).toDouble());
    CHECK(s.rowTexts(kLineRow, 13) == QStringList({QStringLiteral(u"填报单位：象州县卫生健康局"), QStringLiteral(u"填报时间：2022年9月12日")}));
    CHECK(s.text(cellName(kLineRow, 0)) == QStringLiteral(u"填报单位：象州县卫生健康局"));

    CHECK(s.rowTexts(kHeaderRow, 13) == QStringList({u"序号"_s, u"单位"_s, u"自查自纠（个）"_s, u"第一种形态运用（人）"_s,
                                                      u"检查、监察建议（份）"_s, u"以案促改"_s, u"解决群众实际问题（个）"_s}));
    CHECK(s.rowTexts(kHeaderRow + 1, 13)
          == QStringList({u"发现问题"_s, u"完成整改问题"_s, u"诫勉谈话"_s, u"通报批评"_s, u"其他"_s, u"收到检查监察建议书"_s,
                          u"执行完成回复数"_s, u"召开民主（组织）生活会（次）"_s, u"开展警示教育活动（次）"_s,
                          u"建立完善制度（个）"_s}));
    QStringList numbering;
    for (int n = 1; n <= 11; ++n)
        numbering << QStringLiteral(u"（%1）").arg(n);
    CHECK(s.rowTexts(kHeaderRow + 2, 13) == numbering);
    CHECK(s.text(QStringLiteral("C6")) == QStringLiteral(u"（1）"));
    CHECK(s.cell(QStringLiteral("A6")).value(QLatin1String("border")).toString() == QLatin1String("thin"));

    // 合计 first, then one numbered row per institution that files 附件1 (not the pharmacy).
    const int bodyRows = 7;
    checkTableMerges(s, bodyRows, {u"A4:A5"_s, u"B4:B5"_s, u"C4:D4"_s, u"E4:G4"_s, u"H4:I4"_s, u"J4:L4"_s, u"M4:M5"_s});
    const QStringList names{u"合计"_s, u"甲县人民医院"_s, u"甲县中医医院"_s, u"甲镇卫生院"_s, u"乙镇卫生院"_s, u"康华医院"_s, u"仁和诊所"_s};
    for (int i = 0; i < bodyRows; ++i) {
        CHECK(s.text(cellName(kBodyRow + i, 0)) == QString::number(i + 1));
        CHECK(s.text(cellName(kBodyRow + i, 1)) == names.at(i));
    }
    const QList<Figures> units = f.f1.values();
    for (int c = 1; c <= 11; ++c) {
        const QString total = cellName(kBodyRow, 1 + c);
        INFO(total.toStdString());
        CHECK(s.isNumber(total));
        CHECK(s.number(total) == sumOf(units, c));
        CHECK(s.format(total) == QLatin1String("0"));
        // The carried July figures of the 中医医院; nothing at all for 乙镇卫生院.
        CHECK(s.number(cellName(kBodyRow + 2, 1 + c)) == f.f1.value(f.ids[1]).value(c));
        CHECK(s.value(cellName(kBodyRow + 4, 1 + c)).isNull());
    }
    CHECK(s.number(QStringLiteral("C8")) == 8);            // August, not July's 5
    CHECK(s.isNumber(QStringLiteral("F8")));               // a reported 0 shows as 0
    CHECK(s.number(QStringLiteral("F8")) == 0);

    const QStringList notes = checkFooter(s, bodyRows, 13);
    REQUIRE(notes.size() == 2);
    CHECK(notes.at(0) == QStringLiteral(u"填报说明："));
    const QString paragraph = notes.at(1).trimmed();
    CHECK(paragraph.startsWith(QStringLiteral(u"1.“自查自纠”包括本单位自己发现的问题和上级部门检查发现的问题。2.“第一种形态运用”")));
    CHECK(paragraph.endsWith(QStringLiteral(u"5.本表由相关职能部门填写，逐月累计，数据统计至县级，上级统计数应包含下级统计数据。")));
    CHECK(paragraph == FormCatalog::form(1).notes(2022).join(QString()));
    checkPageSetup(s);
}

TEST_CASE("附件2 exports its category rows with computed totals and the registry-derived column 1")
{
    ExportFixture f;
    const Sheet s = exportOne(f, 2);
    CHECK(s.name() == QStringLiteral(u"附件2"));
    CHECK(s.text(QStringLiteral("A2")) == QStringLiteral(u"卫生健康系统开展群众身边腐败和作风问题治理情况统计表（二）"));
    CHECK(s.merged().contains(QStringLiteral("A2:U2")));
    CHECK(s.rowTexts(kHeaderRow, 21)
          == QStringList({u"项目"_s, u"统筹区内定点医疗机构数（家）"_s, u"检查定点医疗机构数（家）"_s, u"处理违法违规机构数量（家）"_s,
                          u"清退违规医保基金"_s, u"处理人员情况"_s, u"备注"_s}));
    CHECK(s.rowTexts(kHeaderRow + 1, 21)
          == QStringList({u"小计"_s, u"约谈"_s, u"通报批评"_s, u"限期整改"_s, u"移交线索（条）"_s, u"追回资金"_s, u"行政罚款"_s,
                          u"其他"_s, u"小计"_s, u"主动清退基金（万元）"_s, u"追回基金（万元）"_s, u"行政罚款（万元）"_s,
                          u"暂停执业（人）"_s, u"吊销执业证书（人）"_s, u"移送司法机关（人）"_s}));
    QStringList numbering;
    for (int n = 1; n <= 18; ++n)
        numbering << QString::number(n);
    CHECK(s.rowTexts(kHeaderRow + 2, 21) == numbering);

    const int bodyRows = 10;
    checkTableMerges(s, bodyRows,
                     {u"A4:C5"_s, u"D4:D5"_s, u"E4:E5"_s, u"F4:M4"_s, u"N4:Q4"_s, u"R4:T4"_s, u"U4:U5"_s, u"A6:C6"_s,
                      u"A7:C7"_s, u"A8:A16"_s, u"B8:C8"_s, u"B9:C9"_s, u"B10:B12"_s, u"B13:C13"_s, u"B14:B16"_s});
    const QList<QStringList> labels{{u"总计"_s}, {u"医保定点医疗机构"_s, u"合计"_s}, {u"小计"_s}, {u"公立医院"_s, u"三级"_s},
                                    {u"二级"_s}, {u"一级及以下"_s}, {u"小计"_s}, {u"民营医院"_s, u"三级"_s}, {u"二级"_s},
                                    {u"一级及以下"_s}};
    for (int i = 0; i < bodyRows; ++i) {
        QStringList got;
        for (int c = 0; c < 3; ++c)
            if (!s.text(cellName(kBodyRow + i, c)).isEmpty())
                got << s.text(cellName(kBodyRow + i, c));
        CHECK(got == labels.at(i));
    }

    // Column 1 from the registry: contracted institutions by category (乙镇卫生院 is not
    // contracted); 总计 counts the pharmacy too, 合计 medical institutions only.
    const QList<int> contracted{6, 5, 3, 1, 1, 1, 2, 0, 1, 1};
    for (int i = 0; i < bodyRows; ++i) {
        INFO(i);
        CHECK(s.isNumber(cellName(kBodyRow + i, 3)));
        CHECK(s.number(cellName(kBodyRow + i, 3)) == contracted.at(i));
    }
    const Figures p3 = f.f2.value(u"public-3"_s), p1 = f.f2.value(u"public-1"_s);
    const Figures v2 = f.f2.value(u"private-2"_s), ph = f.f2.value(u"pharmacy"_s);
    for (int c = 2; c <= 17; ++c) {
        const int col = 2 + c;
        INFO(cellName(kBodyRow, col).toStdString());
        CHECK(s.number(cellName(kBodyRow, col)) == Approx(sumOf({p3, p1, v2, ph}, c)));      // 总计
        CHECK(s.number(cellName(kBodyRow + 1, col)) == Approx(sumOf({p3, p1, v2}, c)));      // 合计
        CHECK(s.number(cellName(kBodyRow + 2, col)) == Approx(sumOf({p3, p1}, c)));          // 公立 小计
        CHECK(s.number(cellName(kBodyRow + 6, col)) == Approx(sumOf({v2}, c)));              // 民营 小计
        CHECK(s.value(cellName(kBodyRow + 4, col)).isNull());                               // 公立 二级: none
        CHECK(s.format(cellName(kBodyRow, col)) == QLatin1String(c >= 11 && c <= 14 ? "0.00" : "0"));
    }
    CHECK(s.number(QStringLiteral("N7")) == Approx(4.55));
    CHECK(s.text(QStringLiteral("U7")).isEmpty());

    const QStringList notes = checkFooter(s, bodyRows, 21);
    CHECK(notes == QStringList({u"注：1.“填报单位”为县级卫生健康行政部门。"_s,
                                u"　　2.统筹区内定点医药机构家数指与医保经办机构签订医保服务协议的医药机构家数。"_s,
                                u"　　3.本表报2022年1月-12月专项整治工作期间的累计数据。"_s}));
    checkPageSetup(s);
}

TEST_CASE("附件3 exports ownership by level with the campaign's year in title and note")
{
    ExportFixture f;
    const Sheet s = exportOne(f, 3);
    CHECK(s.name() == QStringLiteral(u"附件3"));
    CHECK(s.text(QStringLiteral("A2")) == QStringLiteral(u"2022年深入整治医疗领域腐败和作风问题工作情况统计表（三）"));
    CHECK(s.merged().contains(QStringLiteral("A2:Q2")));
    CHECK(s.rowTexts(kHeaderRow, 17)
          == QStringList({u"项目"_s, u"警示教育活动（次）"_s, u"培训班"_s, u"编制警示教育案例（个）"_s, u"核查线索（条）"_s,
                          u"主动交待问题（人）"_s, u"约谈供应商(家、次）"_s, u"查处收受回扣案件"_s,
                          u"查处收受患者家属红包礼金或其他不正当利益等案件"_s, u"备注"_s}));
    CHECK(s.rowTexts(kHeaderRow + 1, 17)
          == QStringList({u"（次）"_s, u"（人）"_s, u"（起）"_s, u"（人）"_s, u"涉案金额（万元）"_s, u"（起）"_s, u"（人）"_s,
                          u"涉案金额（万元）"_s}));
    QStringList numbering;
    for (int n = 1; n <= 14; ++n)
        numbering << QString::number(n);
    CHECK(s.rowTexts(kHeaderRow + 2, 17) == numbering);

    const int bodyRows = 9;
    checkTableMerges(s, bodyRows,
                     {u"A4:C5"_s, u"D4:D5"_s, u"E4:F4"_s, u"G4:G5"_s, u"H4:H5"_s, u"I4:I5"_s, u"J4:J5"_s, u"K4:M4"_s,
                      u"N4:P4"_s, u"Q4:Q5"_s, u"A6:C6"_s, u"A7:A15"_s, u"B7:C7"_s, u"B8:C8"_s, u"B9:B11"_s, u"B12:C12"_s,
                      u"B13:B15"_s});
    CHECK(s.text(QStringLiteral("A7")) == QStringLiteral(u"医疗机构"));
    CHECK(s.text(QStringLiteral("B7")) == QStringLiteral(u"合计"));
    CHECK(s.text(QStringLiteral("B9")) == QStringLiteral(u"公立医院"));
    CHECK(s.text(QStringLiteral("B13")) == QStringLiteral(u"民营医院"));
    CHECK(s.text(QStringLiteral("C15")) == QStringLiteral(u"一级及以下"));

    const Figures a = f.f3.value(f.ids[0]), c3 = f.f3.value(f.ids[2]), d = f.f3.value(f.ids[3]), e = f.f3.value(f.ids[4]);
    for (int c = 1; c <= 13; ++c) {
        const int col = 2 + c;
        INFO(cellName(kBodyRow, col).toStdString());
        CHECK(s.number(cellName(kBodyRow, col)) == Approx(sumOf({a, c3, d, e}, c)));     // 合计
        CHECK(s.number(cellName(kBodyRow + 1, col)) == Approx(sumOf({a, c3, d}, c)));    // 公立 小计
        CHECK(s.number(cellName(kBodyRow + 4, col)) == Approx(sumOf({c3, d}, c)));       // 公立 一级及以下
        CHECK(s.number(cellName(kBodyRow + 5, col)) == Approx(sumOf({e}, c)));           // 民营 小计
        CHECK(s.isNumber(cellName(kBodyRow + 6, col)));                                 // 民营 三级: none, so 0
        CHECK(s.number(cellName(kBodyRow + 6, col)) == 0);
        CHECK(s.value(cellName(kBodyRow + 8, col)).isNull());                           // 仁和诊所 has not reported
        CHECK(s.format(cellName(kBodyRow, col)) == QLatin1String(c == 10 || c == 13 ? "0.00" : "0"));
    }
    CHECK(s.number(QStringLiteral("M7")) == Approx(4.75));

    const QStringList notes = checkFooter(s, bodyRows, 17);
    CHECK(notes == QStringList({u"注：本表报2022年1月-12月专项整治工作期间的累计数据。"_s}));
    checkPageSetup(s);
}

TEST_CASE("the monthly report workbook holds 附件1 to 附件3 as three sheets")
{
    ExportFixture f;
    const QString path = f.file(QStringLiteral("month.xlsx"));
    REQUIRE(XlsxFormWriter().writeWorkbook(path, {f.table(1), f.table(2), f.table(3)}).isOk());
    const QList<Sheet> sheets = readBack(path);
    REQUIRE(sheets.size() == 3);
    CHECK(sheets.at(0).name() == QStringLiteral(u"附件1"));
    CHECK(sheets.at(1).name() == QStringLiteral(u"附件2"));
    CHECK(sheets.at(2).name() == QStringLiteral(u"附件3"));
    CHECK(sheets.at(2).text(QStringLiteral("A2")).startsWith(QStringLiteral(u"2022年")));
    // Each 附件 numbers its own pages from 1, and no footer counts the workbook's pages
    // (附件2 printed as "第 3 页，共 4 页" before).
    for (const Sheet &sheet : sheets) {
        INFO(sheet.name());
        const QJsonObject page = sheet.page();
        CHECK(page.value(QLatin1String("firstPageNumber")).toInt(1) == 1);   // 1 when absent
        CHECK(page.value(QLatin1String("useFirstPageNumber")).toBool());
        CHECK(page.value(QLatin1String("footer")).toString() == QStringLiteral(u"第 &P 页"));
    }
}

TEST_CASE("a failed export names the file and leaves an existing file untouched")
{
    ExportFixture f;
    const QString path = f.file(QStringLiteral("keep.xlsx"));
    test::writeFile(path, "previous contents");
    // Two sheets cannot both be called 附件1: the workbook fails half-way.
    const Status s = XlsxFormWriter().writeWorkbook(path, {f.table(1), f.table(1)});
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(path));
    CHECK(s.message().contains(QStringLiteral(u"附件1")));
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArray("previous contents"));
    kept.close();
    // Nothing half-written is left beside it either.
    CHECK(QDir(f.dir()).entryList({u"*.xlsx*"_s, u".qingfeng-*"_s}, QDir::Files | QDir::Hidden) == QStringList({u"keep.xlsx"_s}));

    // Once the workbook is complete it replaces the old file, readable like any new file.
    REQUIRE(XlsxFormWriter().writeForm(path, f.table(2)).isOk());
    CHECK(readBack(path).first().name() == QStringLiteral(u"附件2"));
    CHECK(QFile::permissions(path).testFlag(QFileDevice::ReadOther));

    const QString nowhere = f.file(QStringLiteral("missing/dir/out.xlsx"));
    const Status s2 = XlsxFormWriter().writeForm(nowhere, f.table(1));
    CHECK_FALSE(s2.isOk());
    CHECK(s2.message().contains(nowhere));
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("an input template leaves only the entered cells open with number validation")
{
    ExportFixture f;
    const QString path = f.file(QStringLiteral("template.xlsx"));
    XlsxFormWriter writer;
    writer.setInputTemplate(true);
    REQUIRE(writer.writeWorkbook(path, {f.table(1), f.table(3)}).isOk());
    const QList<Sheet> sheets = readBack(path);
    REQUIRE(sheets.size() == 2);
    const Sheet &s1 = sheets.at(0);
    CHECK(s1.o.value(QLatin1String("protected")).toBool());
    CHECK(s1.cell(QStringLiteral("C7")).value(QLatin1String("locked")).toBool());           // 合计 is computed
    CHECK_FALSE(s1.cell(QStringLiteral("C8")).value(QLatin1String("locked")).toBool(true)); // a unit's figure
    CHECK(s1.cell(QStringLiteral("A8")).value(QLatin1String("locked")).toBool());
    QSet<QString> rules;
    for (const QJsonValue &v : s1.o.value(QLatin1String("validations")).toArray())
        rules << v[QLatin1String("type")].toString() + QLatin1Char(' ') + v[QLatin1String("operator")].toString()
                     + QLatin1Char(' ') + v[QLatin1String("sqref")].toString();
    CHECK(rules.contains(QStringLiteral("whole greaterThanOrEqual C8:C13")));
    CHECK(rules.size() == 11);
    bool decimal = false;
    for (const QJsonValue &v : sheets.at(1).o.value(QLatin1String("validations")).toArray())
        decimal = decimal || (v[QLatin1String("type")].toString() == QLatin1String("decimal")
                              && v[QLatin1String("sqref")].toString().startsWith(QLatin1String("M")));
    CHECK(decimal);   // column 10 (万元) takes decimals
}

TEST_CASE("cli: export refuses a month with errors unless forced and check lists the findings")
{
    ExportFixture f;
    // 完成整改问题 (2) above 发现问题 (1) in September: an error.
    Report bad = f.report(1, UnitKey::institution(f.ids[0]), YearMonth(2022, 9), f.f1.value(f.ids[0]));
    bad.numbers[2] = 99;
    REQUIRE(ReportRepository(f.db()).save(bad).isOk());

    QString out, err;
    const QString xlsx = f.file(QStringLiteral("sept.xlsx"));
    const QStringList exportArgs{u"--db"_s, f.path(), u"export"_s, u"--form"_s, u"all"_s, u"--month"_s, u"2022-09"_s,
                                 u"--out"_s, xlsx, u"--date"_s, u"2022-10-12"_s};
    CHECK(test::runCli(exportArgs, &out, &err) == 1);
    // The rule in words; its id is the program's, not the clerk's.
    CHECK(err.contains(QStringLiteral(u"完成整改问题（2）不能多于发现问题（1）")));
    CHECK_FALSE(err.contains(QStringLiteral("f1-rectified-le-found")));
    CHECK(err.contains(QStringLiteral(u"甲县人民医院")));
    CHECK(err.contains(QStringLiteral("--force")));
    CHECK_FALSE(QFile::exists(xlsx));

    CHECK(test::runCli(exportArgs + QStringList{u"--force"_s}, &out, &err) == 0);
    REQUIRE(QFile::exists(xlsx));
    const QList<Sheet> sheets = readBack(xlsx);
    REQUIRE(sheets.size() == 3);
    CHECK(sheets.at(0).text(cellName(kLineRow, 10)) == QStringLiteral(u"填报时间：2022年10月12日"));
    CHECK(sheets.at(0).number(QStringLiteral("D8")) == 99);

    CHECK(test::runCli({u"--db"_s, f.path(), u"check"_s, u"--month"_s, u"2022-09"_s}, &out, &err) == 1);
    CHECK(out.contains(QStringLiteral(u"错误")));
    CHECK(out.contains(QStringLiteral(u"完成整改问题（2）不能多于发现问题（1）")));
    CHECK_FALSE(out.contains(QStringLiteral("f1-rectified-le-found")));
    CHECK(test::runCli({u"--db"_s, f.path(), u"check"_s, u"--month"_s, u"2022-08"_s,
                        u"--campaign"_s, QString::number(f.campaign.id)}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"0 个错误")));

    const QString one = f.file(QStringLiteral("aug3.xlsx"));
    CHECK(test::runCli({u"--db"_s, f.path(), u"export"_s, u"--form"_s, u"3"_s, u"--month"_s, u"2022-08"_s,
                        u"--out"_s, one}, &out, &err) == 0);
    const QList<Sheet> single = readBack(one);
    REQUIRE(single.size() == 1);
    CHECK(single.at(0).name() == QStringLiteral(u"附件3"));

    CHECK(test::runCli({u"--db"_s, f.path(), u"export"_s, u"--form"_s, u"4"_s, u"--month"_s, u"2022-08"_s,
                        u"--out"_s, one}, &out, &err) == 2);
    CHECK(test::runCli({u"--db"_s, f.path(), u"check"_s, u"--month"_s, u"August"_s}, &out, &err) == 2);
    CHECK(test::runCli({u"--db"_s, f.path(), u"check"_s, u"--month"_s, u"2022-08"_s, u"--campaign"_s, u"999"_s},
                       &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("999")));
}

TEST_CASE("a figure that is no number (NaN, an infinity) is never written into a workbook")
{
    ExportFixture f;
    for (double bad : {qQNaN(), qInf(), -qInf()}) {
        FormTable t = f.table(1);
        REQUIRE_FALSE(t.rows.isEmpty());
        REQUIRE_FALSE(t.rows.first().values.isEmpty());
        FormValue &v = t.rows.first().values.first();
        v.present = true;
        v.number = bad;
        const QString path = f.file(QStringLiteral("nan.xlsx"));
        const Status s = XlsxFormWriter().writeForm(path, t);
        CHECK_FALSE(s.isOk());
        INFO(s.message().toStdString());
        CHECK(s.message().contains(QStringLiteral(u"不是有效数字")));
        CHECK(s.message().contains(QStringLiteral(u"附件1")));
        CHECK_FALSE(QFile::exists(path));
    }
}
