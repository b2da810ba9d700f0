// SPDX-License-Identifier: GPL-3.0-or-later
// The papers of a 抽查 draw (抽查名单 and 检查通知, PDF and Word) read back as their readers
// see them, and a drawn institution's result recorded as an inspection that 附件2 counts.
#include "DocxProbe.h"
#include "LedgerFixture.h"
#include "PdfProbe.h"
#include "TestSupport.h"

#include "actions/ExportSpotCheckPapers.h"
#include "actions/SpotCheckActions.h"
#include "ledgers/LedgerFigures.h"
#include "storage/CampaignRepository.h"
#include "storage/InspectionRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/PeriodLockRepository.h"
#include "storage/SpotCheckRepository.h"

#include <QFile>
#include <QRegularExpression>

using namespace qf;
using namespace qf::test;

namespace {

using Paper = ExportSpotCheckPapers::Paper;

void addPool(Database &db, int staff)
{
    for (int k = 0; k < staff; ++k) {
        Inspector i;
        i.name = QStringLiteral(u"检查员%1").arg(QChar(u'甲' + k));
        i.office = QStringLiteral(u"医政股");
        REQUIRE(SpotCheckActions::addInspector(db, i).isOk());
    }
}

SpotCheckRecord drawn(Database &db, qint64 campaignId, int count, quint64 seed, const QDate &day)
{
    SpotCheckRequest r;
    r.campaignId = campaignId;
    r.count = count;
    r.seed = seed;
    r.day = day;
    SpotCheckRecord record;
    REQUIRE(SpotCheckActions::draw(db, r, QStringLiteral(u"医政股"), &record).isOk());
    return record;
}

QList<SpotCheckPick> picksOf(const SpotCheckRecord &record)
{
    QList<SpotCheckPick> picks;
    REQUIRE(SpotCheckDraw::picksOf(record.inputs, record.result, &picks).isOk());
    REQUIRE(picks.size() == record.picks.size());
    return picks;
}

QString pdfText(const QString &pdf)
{
    QString all;
    for (int p = 1, n = pdfPageCount(pdf); p <= n; ++p)
        all += pdfPageText(pdf, p);
    return all;
}

QString squeezed(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

TEST_CASE("the 抽查名单 lists every drawn institution with its inspectors, the seed and the re-run command, in PDF and Word", "[spotcheck]")
{
    DemoDatabase demo;
    addPool(demo.db(), 8);
    const SpotCheckRecord record = drawn(demo.db(), demo.campaignId(), 12, 20211215, QDate(2021, 12, 15));
    const QList<SpotCheckPick> picks = picksOf(record);
    SpotCheckPaperOptions options;
    options.date = QDate(2021, 12, 16);

    const QString docx = demo.file(QStringLiteral("list.docx"));
    REQUIRE(ExportSpotCheckPapers::write(demo.db(), record.id, Paper::List, options, docx).isOk());
    const DocxReadBack doc = readDocx(docx);
    REQUIRE(doc.tables.size() == 1);
    const QList<QStringList> &rows = doc.tables.first();
    REQUIRE(rows.size() == picks.size() + 1);
    CHECK(rows.first() == QStringList{QStringLiteral(u"序号"), QStringLiteral(u"机构"), QStringLiteral(u"所有制"), QStringLiteral(u"等级"),
                                      QStringLiteral(u"乡镇"), QStringLiteral(u"检查人员")});
    for (int k = 0; k < picks.size(); ++k) {
        const SpotCheckPick &p = picks.at(k);
        CHECK(rows.at(k + 1) == QStringList{QString::number(p.position), p.institution.name, ownershipLabel(p.institution.ownership),
                                            levelLabel(p.institution.level), p.institution.township, p.inspectorNames()});
        REQUIRE(p.inspectors.size() == 2);
    }
    const QString words = doc.paragraphs.join(QLatin1Char('\n'));
    CHECK(words.contains(QString::number(record.seed)));
    CHECK(words.contains(QStringLiteral("qingfeng-cli analysis verify --draw %1").arg(record.id)));
    CHECK(words.contains(QStringLiteral(u"2021年12月16日")));
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    CHECK(doc.paragraphs.contains(campaign->issuingBody));

    const QString pdf = demo.file(QStringLiteral("list.pdf"));
    int pages = 0;
    REQUIRE(ExportSpotCheckPapers::write(demo.db(), record.id, Paper::List, options, pdf, &pages).isOk());
    CHECK(pages == pdfPageCount(pdf));
    CHECK(pdfFontsEmbedded(pdf));
    const QString text = pdfText(pdf);
    for (const SpotCheckPick &p : picks) {
        CHECK(text.contains(squeezed(p.institution.name)));
        for (const Inspector &i : p.inspectors)
            CHECK(text.contains(i.name));
    }
    CHECK(text.contains(QString::number(record.seed)));
    CHECK(text.contains(squeezed(campaign->issuingBody)));
}

TEST_CASE("one 检查通知 per drawn institution, addressed to it, naming its inspectors and the date — the wording is data", "[spotcheck]")
{
    DemoDatabase demo;
    addPool(demo.db(), 6);
    const SpotCheckRecord record = drawn(demo.db(), demo.campaignId(), 4, 7, QDate(2021, 12, 15));
    const QList<SpotCheckPick> picks = picksOf(record);
    SpotCheckPaperOptions options;
    options.date = QDate(2021, 12, 16);
    options.inspectOn = QDate(2021, 12, 22);

    const QString pdf = demo.file(QStringLiteral("notices.pdf"));
    int pages = 0;
    OfficePaper made;
    REQUIRE(ExportSpotCheckPapers::write(demo.db(), record.id, Paper::Notices, options, pdf, &pages, &made).isOk());
    REQUIRE(made.parts.size() == picks.size());
    // Each notice starts on a page of its own: the first page of each names its institution.
    QStringList firstPages;
    for (int p = 1; p <= pages; ++p)
        if (pdfPageText(pdf, p).contains(QStringLiteral(u"关于开展")))
            firstPages << pdfPageText(pdf, p);
    REQUIRE(firstPages.size() == picks.size());
    for (int k = 0; k < picks.size(); ++k) {
        CHECK(firstPages.at(k).contains(squeezed(picks.at(k).institution.name) + QStringLiteral(u"：")));
        for (const Inspector &i : picks.at(k).inspectors)
            CHECK(pdfText(pdf).contains(i.name));
    }

    const QString docx = demo.file(QStringLiteral("notices.docx"));
    REQUIRE(ExportSpotCheckPapers::write(demo.db(), record.id, Paper::Notices, options, docx).isOk());
    const DocxReadBack doc = readDocx(docx);
    for (const SpotCheckPick &p : picks) {
        CHECK(doc.paragraphs.contains(p.institution.name + QStringLiteral(u"：")));
        CHECK(doc.paragraphs.contains(QStringLiteral(u"二、检查人员：%1。").arg(p.inspectorNames())));
    }
    CHECK(doc.paragraphs.count(QStringLiteral(u"一、检查时间：2021年12月22日。")) == picks.size());

    // Without a date the notice leaves it blank for the pen, and other wording is taken as given.
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    QJsonObject wording = SpotCheckPapers::wordingFor(*campaign);
    QJsonObject notice = wording.value(QLatin1String("notice")).toObject();
    notice.insert(QStringLiteral("body"), QJsonArray{QStringLiteral(u"请{institution}于{inspectOn}接受{inspectors}检查。")});
    wording.insert(QStringLiteral("notice"), notice);
    const auto stored = SpotCheckRepository(demo.db()).find(record.id);
    REQUIRE(stored);
    OfficePaper own;
    REQUIRE(SpotCheckPapers::notices(*campaign, *stored, wording, {}, &own).isOk());
    CHECK(own.parts.first().paragraphs
          == QStringList{QStringLiteral(u"请%1于\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日接受%2检查。")
                             .arg(picks.first().institution.name, picks.first().inspectorNames())});
}

TEST_CASE("a paper's name other than .pdf or .docx is refused and nothing is written — an unknown draw is said so", "[spotcheck]")
{
    DemoDatabase demo;
    addPool(demo.db(), 4);
    const SpotCheckRecord record = drawn(demo.db(), demo.campaignId(), 2, 1, QDate(2021, 12, 15));
    const QString doc = demo.file(QStringLiteral("list.doc"));
    const Status s = ExportSpotCheckPapers::write(demo.db(), record.id, Paper::List, {}, doc);
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(".docx")));
    CHECK_FALSE(QFile::exists(doc));
    const Status unknown = ExportSpotCheckPapers::write(demo.db(), record.id + 100, Paper::List, {}, demo.file(QStringLiteral("x.pdf")));
    CHECK_FALSE(unknown.isOk());
    CHECK_FALSE(QFile::exists(demo.file(QStringLiteral("x.pdf"))));
}

TEST_CASE("a drawn institution's result counts in 附件2 for its month — twice or into a signed month is refused", "[spotcheck][engines]")
{
    LedgerFixture f;
    Database &db = f.db();
    addPool(db, 6);
    const YearMonth oct(2021, 10), nov(2021, 11);
    // Every institution drawn, so that 甲县人民医院 (public 三级, contracted) is on the list.
    const SpotCheckRecord record = drawn(db, f.campaign.id, int(f.registry.size()), 3, QDate(2021, 11, 1));
    SpotCheckPickRecord pickA;
    for (const SpotCheckPickRecord &p : record.picks)
        if (p.institutionId == f.a)
            pickA = p;
    REQUIRE(pickA.id);
    const QString p3 = UnitKey::category(QStringLiteral("public-3"));
    auto form2 = [&](const YearMonth &m, int column) {
        const LedgerFigures figures(LedgerRepository::snapshot(db, f.campaign.id), f.registry, f.campaign.id);
        for (const Report &r : figures.derive(2, {m}))
            if (r.unitKey == p3 && r.period == m)
                return r.hasNumber(column) ? r.number(column) : -1.0;
        return -1.0;
    };
    // No inspection yet: the ledger makes no 附件2 figure, or a zero.
    REQUIRE(form2(nov, 2) <= 0);

    // October is signed: a result dated in it is refused and nothing is stored or linked.
    REQUIRE(PeriodLockRepository(db).lock(f.campaign.id, 2, PeriodLockRepository::wholeMonth(), oct).isOk());
    Inspection early;
    early.inspectedOn = QDate(2021, 10, 28);
    early.interview = true;
    const Status locked = SpotCheckActions::recordResult(db, pickA.id, early);
    CHECK(LedgerFixture::refusedAsLocked(locked));
    CHECK(InspectionRepository(db).list(f.campaign.id).isEmpty());
    const auto unlinked = SpotCheckRepository(db).find(record.id);
    REQUIRE(unlinked);
    for (const SpotCheckPickRecord &p : unlinked->picks)
        CHECK(p.inspectionId == 0);

    Inspection result;
    result.inspectedOn = QDate(2021, 11, 10);
    result.findings = QStringLiteral(u"抽查住院病历20份，2份收费与医嘱不符");
    result.interview = true;
    result.rectifyOrder = true;
    REQUIRE(SpotCheckActions::recordResult(db, pickA.id, result).isOk());
    CHECK(form2(nov, 2) == 1);    // 检查机构
    CHECK(form2(nov, 3) == 1);    // 处理机构 (a measure was taken)
    CHECK(form2(nov, 4) == 1);    // 约谈
    CHECK(form2(nov, 6) == 1);    // 限期整改
    const auto stored = InspectionRepository(db).find(result.id);
    REQUIRE(stored);
    CHECK(stored->method == QStringLiteral(u"双随机抽查"));
    CHECK(stored->inspectors == pickA.inspectors);

    Inspection again = result;
    CHECK_FALSE(SpotCheckActions::recordResult(db, pickA.id, again).isOk());
    CHECK(InspectionRepository(db).list(f.campaign.id).size() == 1);
}

TEST_CASE("analysis spotcheck writes its papers, analysis print writes them for a stored draw, analysis result records one", "[spotcheck][cli]")
{
    DemoDatabase demo;
    addPool(demo.db(), 6);
    const QStringList db{QStringLiteral("--db"), demo.path(), QStringLiteral("analysis")};
    QString out, err;
    const QString list = demo.file(QStringLiteral("名单.docx")), notices = demo.file(QStringLiteral("通知.pdf"));
    // A wrong name is refused before anything is drawn.
    CHECK(runCli(db + QStringList{QStringLiteral("spotcheck"), QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--seed"),
                                  QStringLiteral("5"), QStringLiteral("--out"), demo.file(QStringLiteral("x.txt"))},
                 &out, &err) == 2);
    CHECK(SpotCheckRepository(demo.db()).list(demo.campaignId()).isEmpty());
    REQUIRE(runCli(db + QStringList{QStringLiteral("spotcheck"), QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--seed"),
                                    QStringLiteral("5"), QStringLiteral("--date"), QStringLiteral("2021-12-15"), QStringLiteral("--out"), list,
                                    QStringLiteral("--notices"), notices, QStringLiteral("--inspect-on"), QStringLiteral("2021-12-20")},
                   &out, &err) == 0);
    INFO(err.toStdString());
    const auto draws = SpotCheckRepository(demo.db()).list(demo.campaignId());
    REQUIRE(draws.size() == 1);
    const QList<SpotCheckPick> picks = picksOf(draws.first());
    const DocxReadBack doc = readDocx(list);
    REQUIRE(doc.tables.size() == 1);
    CHECK(doc.tables.first().size() == picks.size() + 1);
    CHECK(pdfText(notices).count(QStringLiteral(u"关于开展")) == picks.size());
    CHECK(err.contains(QStringLiteral(u"检查通知（3份）")));

    const QString again = demo.file(QStringLiteral("again.pdf"));
    const QString id = QString::number(draws.first().id);
    REQUIRE(runCli(db + QStringList{QStringLiteral("print"), QStringLiteral("--draw"), id, QStringLiteral("--out"), again}, &out, &err) == 0);
    CHECK(pdfText(again).contains(squeezed(picks.last().institution.name)));
    CHECK(runCli(db + QStringList{QStringLiteral("print"), QStringLiteral("--draw"), id}, &out, &err) == 2);

    const QStringList result = db + QStringList{QStringLiteral("result"), QStringLiteral("--draw"), id, QStringLiteral("--position"),
                                                QStringLiteral("2"), QStringLiteral("--date"), QStringLiteral("2021-12-20"),
                                                QStringLiteral("--findings"), QStringLiteral(u"未发现问题")};
    REQUIRE(runCli(result, &out, &err) == 0);
    const qint64 inspection = SpotCheckRepository(demo.db()).find(draws.first().id)->picks.at(1).inspectionId;
    REQUIRE(inspection);
    const auto stored = InspectionRepository(demo.db()).find(inspection);
    REQUIRE(stored);
    CHECK(stored->institutionId == picks.at(1).institution.institutionId);
    CHECK(stored->findings == QStringLiteral(u"未发现问题"));
    CHECK(runCli(result, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"已记录过")));
    CHECK(runCli(db + QStringList{QStringLiteral("result"), QStringLiteral("--draw"), id, QStringLiteral("--position"), QStringLiteral("9"),
                                  QStringLiteral("--date"), QStringLiteral("2021-12-20")},
                 &out, &err) == 1);
}
