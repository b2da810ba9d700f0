// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrackingFixture.h"

#include "campaign/CampaignEditorDialog.h"
#include "campaign/CampaignPage.h"
#include "campaign/DeadlineListEditor.h"
#include "campaign/OfficeListEditor.h"
#include "campaign/PhaseListEditor.h"
#include "shell/MainWindow.h"
#include "print/PosterBatch.h"
#include "shell/Session.h"
#include "storage/SubmissionRepository.h"
#include "tracking/StateStyle.h"
#include "tracking/SubmissionDialog.h"
#include "tracking/TrackingMatrixTable.h"
#include "tracking/TrackingPage.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace qf;
using test::d;

namespace {

int rowOf(QTableWidget *table, const QString &header)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->verticalHeaderItem(r) && table->verticalHeaderItem(r)->text() == header)
            return r;
    return -1;
}

} // namespace

TEST_CASE("the tracking page shows a month's states, the matrix and the reminder list")
{
    test::TrackingFixture f;
    f.report(f.hospital, 1, YearMonth(2021, 8), d(2021, 9, 12));
    f.report(f.hospital, 3, YearMonth(2021, 8), d(2021, 9, 13));
    ui::Session session;
    REQUIRE(session.open(f.db(), false).isOk());
    ui::MainWindow window(&session);
    auto *page = qobject_cast<ui::TrackingPage *>(window.page(QStringLiteral("tracking")));
    REQUIRE(page);
    REQUIRE(window.showPage(QStringLiteral("tracking")));
    page->setToday(d(2021, 9, 13));
    page->setPeriod(YearMonth(2021, 8));
    CHECK(page->period() == YearMonth(2021, 8));

    const TrackingCounts c = page->counts();
    CHECK(c.expected == 8);
    CHECK(c.onTime == 1);
    CHECK(c.late == 1);
    CHECK(c.overdue == 4);
    CHECK(c.pending == 2);

    QTableWidget *detail = page->detailTable();
    REQUIRE(detail->rowCount() == 8);
    // Overdue first, on time last; the state cell carries its colour.
    CHECK(detail->item(0, 0)->text() == QStringLiteral(u"逾期未报"));
    CHECK(detail->item(0, 0)->background().color() == ui::StateStyle::of(SubmissionState::Overdue).background);
    CHECK(detail->item(7, 0)->text() == QStringLiteral(u"按时报送"));
    CHECK(detail->item(7, 1)->text() == f.hospital.name);
    bool sawPhone = false;
    for (int r = 0; r < detail->rowCount(); ++r)
        if (detail->item(r, 1)->text() == f.closedClinic.name)
            sawPhone = detail->item(r, 8)->text() == QStringLiteral("13877201111");
    CHECK(sawPhone);

    ui::TrackingMatrixTable *matrix = page->matrixTable();
    const int closed = rowOf(matrix, f.closedClinic.name);
    REQUIRE(closed >= 0);
    CHECK(matrix->item(closed, 3)->text() == QStringLiteral(u"—"));   // October: closed
    const int hospital = rowOf(matrix, f.hospital.name);
    REQUIRE(hospital >= 0);
    CHECK(matrix->item(hospital, 1)->text() == QStringLiteral(u"补报 2/2"));
    CHECK(matrix->item(hospital, 1)->background().color() == ui::StateStyle::of(SubmissionState::Late).background);
    CHECK(rowOf(matrix, QStringLiteral(u"党建办（股室）")) >= 0);

    const QString reminders = page->reminderText();
    CHECK(reminders.contains(QStringLiteral(u"甲县长盛村卫生室　联系人：黎玉珍　联系电话：13877201111")));
    CHECK_FALSE(reminders.contains(f.hospital.name));

    // A filing recorded elsewhere shows up when the session says data changed.
    Submission s;
    s.campaignId = f.campaign.id;
    s.deliverable = Deliverable::Form1;
    s.unitKey = UnitKey::office(QStringLiteral(u"党建办"));
    s.period = YearMonth(2021, 8);
    s.submittedOn = d(2021, 9, 13);
    REQUIRE(SubmissionRepository(session.database()).record(s).isOk());
    session.notifyChanged(ui::Session::Change::Submissions);
    CHECK(page->counts().onTime == 2);
    CHECK(page->period() == YearMonth(2021, 8));
}

TEST_CASE("recording a filing says plainly whether it is on time or accepted late, and keeps the file")
{
    test::TrackingFixture f;
    SubmissionTracker tracker = f.tracker();
    Obligation office;
    for (const Obligation &o : tracker.obligations())
        if (o.unitKey == UnitKey::office(QStringLiteral(u"医政体改和中医股")) && o.period == YearMonth(2021, 8))
            office = o;
    REQUIRE(office.due == d(2021, 9, 14));

    ui::SubmissionDialog dialog(f.t.db(), f.campaign.id, office);
    dialog.setFiledOn(d(2021, 9, 14));
    CHECK(dialog.verdict() == QStringLiteral(u"将记为：按时报送"));
    dialog.setFiledOn(d(2021, 9, 17));
    CHECK(dialog.verdict().startsWith(QStringLiteral(u"将记为：逾期补报（晚于截止日 3 天")));
    const QString file = f.t.file(QStringLiteral(u"附件2.xlsx"));
    test::writeFile(file, QByteArray("xlsx bytes"));
    dialog.setFile(file);
    REQUIRE(dialog.save().isOk());

    const auto stored = SubmissionRepository(f.t.db()).find(f.campaign.id, Deliverable::Form2, office.unitKey, office.period);
    REQUIRE(stored.has_value());
    CHECK(stored->submittedOn == d(2021, 9, 17));
    CHECK(stored->fileName == QStringLiteral(u"附件2.xlsx"));
    CHECK(SubmissionRepository(f.t.db()).fileContent(stored->id) == QByteArray("xlsx bytes"));
}

TEST_CASE("the campaign editor flags what the posters will need, as the poster printing checks it, without refusing to save")
{
    test::TrackingFixture f;
    Campaign c = f.campaign;
    c.cityPhone = QStringLiteral("0772-2825464");
    c.cityEmail = QStringLiteral("city@example.cn");
    c.bureauPhone = QStringLiteral("0772-6815093");
    c.bureauEmail = QStringLiteral("bureau@example.cn");
    {
        ui::CampaignEditorDialog editor(c);
        CHECK(editor.posterWarnings().isEmpty());
        CHECK_FALSE(editor.findChild<QLabel *>(QStringLiteral("validation"))->text().contains(QStringLiteral(u"打印公告前")));
    }
    c.cityEmail.clear();
    ui::CampaignEditorDialog editor(c);
    CHECK(editor.canSave());
    REQUIRE(editor.posterWarnings().size() == 1);
    CHECK(editor.posterWarnings().first() == PosterBatch::checkCampaign(c).message());
    CHECK(editor.posterWarnings().first().contains(QStringLiteral(u"市卫生健康委举报邮箱")));
    auto *check = editor.findChild<QLabel *>(QStringLiteral("validation"));
    REQUIRE(check);
    CHECK(check->text().contains(QStringLiteral(u"市卫生健康委举报邮箱")));

    // The units' own channels too, for the institutions that are open.
    Institution noPhone = f.hospital;
    noPhone.reportPhone.clear();
    Institution closed = f.pharmacy;
    closed.reportEmail.clear();
    closed.active = false;
    editor.setPosterRegistry({noPhone, closed});
    CHECK(editor.canSave());
    REQUIRE(editor.posterWarnings().size() == 2);
    CHECK(editor.posterWarnings().last() == PosterBatch::describeIncomplete({noPhone}).first());
    CHECK(check->text().contains(noPhone.name.toHtmlEscaped()));
    CHECK_FALSE(check->text().contains(closed.name.toHtmlEscaped()));
}

TEST_CASE("the campaign editor lists what validation finds and refuses to save until it is fixed")
{
    test::TrackingFixture f;
    ui::CampaignEditorDialog editor(f.campaign);
    CHECK(editor.canSave());
    CHECK(editor.problems().isEmpty());
    QPushButton *save = nullptr;
    for (QPushButton *b : editor.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral(u"保存"))
            save = b;
    REQUIRE(save);
    CHECK(save->isEnabled());

    // The seed's typo: the second phase typed as 2020.
    QTableWidget *phases = editor.phaseEditor()->table();
    auto *start = qobject_cast<QDateEdit *>(phases->cellWidget(1, 1));
    auto *end = qobject_cast<QDateEdit *>(phases->cellWidget(1, 2));
    REQUIRE(start);
    REQUIRE(end);
    start->setDate(d(2020, 8, 1));
    end->setDate(d(2020, 11, 30));
    CHECK_FALSE(editor.canSave());
    CHECK_FALSE(save->isEnabled());
    REQUIRE_FALSE(editor.problems().isEmpty());
    CHECK(editor.problems().first().contains(QStringLiteral(u"超出专项整治期间")));
    auto *check = editor.findChild<QLabel *>(QStringLiteral("validation"));
    REQUIRE(check);
    CHECK(check->text().contains(QStringLiteral(u"集中整治")));

    start->setDate(d(2021, 8, 1));
    end->setDate(d(2021, 11, 30));
    CHECK(editor.canSave());
    CHECK(save->isEnabled());

    // Renaming an office carries its deadlines along.
    auto *office = qobject_cast<QLineEdit *>(editor.officeEditor()->table()->cellWidget(0, 0));
    REQUIRE(office);
    office->setText(QStringLiteral(u"党建工作办"));
    CHECK(editor.canSave());
    CHECK(editor.campaign().deadlines.at(0).recipientOffice == QStringLiteral(u"党建工作办"));
    CHECK(editor.campaign().deadlines.at(2).reporterOffice == QStringLiteral(u"党建工作办"));
    // A deadline naming an office that is not in the list is caught.
    office->setText(QString());
    CHECK_FALSE(editor.canSave());
    office->setText(QStringLiteral(u"党建办"));
    CHECK(editor.canSave());

    // Every field edits: the edited campaign validates and saves.
    QTableWidget *deadlines = editor.deadlineEditor()->table();
    auto *title = qobject_cast<QLineEdit *>(deadlines->cellWidget(0, 0));
    REQUIRE(title);
    title->setText(QStringLiteral(u"各医疗机构报附件1"));
    Campaign edited = editor.campaign();
    CHECK(edited.deadlines.first().title == QStringLiteral(u"各医疗机构报附件1"));
    CHECK(edited.phases.at(1).start == d(2021, 8, 1));
    REQUIRE(CampaignRepository(f.t.db()).save(edited).isOk());
    CHECK(CampaignRepository(f.t.db()).load(f.campaign.id)->deadlines.first().title == QStringLiteral(u"各医疗机构报附件1"));
}

TEST_CASE("the overview states today's phase, the next due date and the overdue count")
{
    test::TrackingFixture f;
    f.report(f.hospital, 1, YearMonth(2021, 7), d(2021, 8, 12));
    ui::Session session;
    REQUIRE(session.open(f.db(), false).isOk());
    ui::MainWindow window(&session);
    window.campaignPage()->setToday(d(2021, 8, 13));
    // The counts come from a worker thread: the dates are there at once, the counts a moment later.
    CHECK(window.campaignPage()->isTrackingPending());
    REQUIRE(test::waitUntil([&] { return !window.campaignPage()->isTrackingPending(); }));
    auto *banner = window.campaignPage()->findChild<QLabel *>(QStringLiteral("positionBanner"));
    REQUIRE(banner);
    CHECK(banner->text().contains(QStringLiteral(u"处于“集中整治”阶段")));
    CHECK(banner->text().contains(QStringLiteral(u"下一个截止日：2021-08-14（周六）")));
    CHECK(banner->text().contains(QStringLiteral(u"逾期未报 3 项（涉及 2 个单位）")));
    QTableWidget *table = window.campaignPage()->deadlineTable();
    REQUIRE(table->rowCount() > 0);
    CHECK(table->item(0, 5)->text() == QStringLiteral(u"已过 · 已报 1/2，逾期未报 1"));
}
