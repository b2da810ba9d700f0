// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign, tracking and poster pages' writes as core actions: each refuses what its
// rules forbid, with a message that says so, before anything is stored.
#include "TrackingFixture.h"

#include "actions/CampaignActions.h"
#include "actions/PosterChannelActions.h"
#include "actions/SubmissionActions.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"

#include <QFile>

using namespace qf;
using namespace qf::test;

TEST_CASE("a filing is recorded with its file or not at all, and withdrawn with it")
{
    TrackingFixture f;
    Database &db = f.t.db();
    Submission s;
    s.campaignId = f.campaign.id;
    s.deliverable = Deliverable::Summary;
    s.unitKey = UnitKey::institution(f.hospital.id);
    s.period = YearMonth(2021, 12);
    s.submittedOn = QDate(2021, 12, 3);

    // A file that cannot be read records nothing, not even the date.
    const Status missing = SubmissionActions::record(db, s, f.t.file(QStringLiteral(u"没有这个文件.pdf")));
    CHECK_FALSE(missing.isOk());
    CHECK(missing.message().contains(QStringLiteral(u"没有这个文件.pdf")));
    CHECK_FALSE(SubmissionActions::find(db, f.campaign.id, s.deliverable, s.unitKey, s.period));

    const QString path = f.t.file(QStringLiteral(u"工作总结.pdf"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("%PDF-1.4 summary");
    out.close();
    REQUIRE(SubmissionActions::record(db, s, path).isOk());
    const auto stored = SubmissionActions::find(db, f.campaign.id, s.deliverable, s.unitKey, s.period);
    REQUIRE(stored);
    CHECK(stored->fileName == QStringLiteral(u"工作总结.pdf"));
    CHECK(SubmissionActions::attachment(db, stored->id) == QByteArray("%PDF-1.4 summary"));

    // Recorded again without a file, the stored one is kept.
    Submission again = *stored;
    again.submittedOn = QDate(2021, 12, 2);
    REQUIRE(SubmissionActions::record(db, again).isOk());
    CHECK(SubmissionActions::attachment(db, stored->id) == QByteArray("%PDF-1.4 summary"));

    REQUIRE(SubmissionActions::withdraw(db, stored->id).isOk());
    CHECK_FALSE(SubmissionActions::find(db, f.campaign.id, s.deliverable, s.unitKey, s.period));
    CHECK(SubmissionActions::attachment(db, stored->id).isEmpty());
}

TEST_CASE("an institution's poster channels are stored only once both are filled in")
{
    TrackingFixture f;
    Database &db = f.t.db();
    Institution i = f.hospital;
    i.reportPhone = QStringLiteral("0772-6812345");
    i.reportEmail.clear();
    const Status s = PosterChannelActions::save(db, i);
    CHECK(s.message().contains(QStringLiteral(u"举报邮箱")));
    CHECK(s.message().contains(f.hospital.name));
    CHECK(InstitutionRepository(db).find(f.hospital.id)->reportPhone == f.hospital.reportPhone);

    i.reportEmail = QStringLiteral("jubao@example.cn");
    REQUIRE(PosterChannelActions::save(db, i).isOk());
    CHECK(InstitutionRepository(db).find(f.hospital.id)->reportEmail == i.reportEmail);
}

TEST_CASE("a campaign that does not validate is not stored and keeps no id")
{
    TrackingFixture f;
    Database &db = f.t.db();
    Campaign edited = f.campaign;
    edited.end = edited.start.addDays(-1);
    const Status s = CampaignActions::save(db, edited);
    CHECK(s.message().contains(QStringLiteral(u"早于开始日期")));
    CHECK(CampaignRepository(db).load(f.campaign.id)->end == f.campaign.end);

    Campaign fresh = f.campaign;
    fresh.id = 0;
    fresh.title.clear();
    CHECK_FALSE(CampaignActions::save(db, fresh).isOk());
    CHECK(fresh.id == 0);
    CHECK(CampaignRepository(db).list().size() == 1);
}
