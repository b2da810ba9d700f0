// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include "campaign/CampaignTemplate.h"
#include "ledgers/Problem.h"
#include "ledgers/Tipoff.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/ServerAdmin.h"
#include "storage/TipoffRepository.h"

namespace qf::test {

/// A county on a scratch server database, set up by its administrator: two institutions
/// (甲 "mine", 乙 "theirs"), each with an August report of form 1 and a problem, and a
/// tip-off about 乙 with its reporter. The access tests connect to it as other accounts.
struct SharedCounty
{
    test::ScratchServerDatabase scratch;
    Database admin;
    Campaign campaign;
    Institution mine;
    Institution theirs;
    Report myReport;
    Report theirReport;
    qint64 myProblemId = 0;
    qint64 theirProblemId = 0;
    qint64 tipoffId = 0;

    explicit SharedCounty(const DatabaseLocation &server) : scratch(server)
    {
        const Status opened = admin.open(scratch.location(), true);
        INFO(opened.message());
        REQUIRE(opened.isOk());
        const auto tmpl = CampaignTemplate::find(QStringLiteral("luzhai-2021"));
        REQUIRE(tmpl);
        CampaignParameters p;
        p.county = QStringLiteral(u"测试县");
        p.year = 2021;
        REQUIRE(tmpl->instantiate(p, &campaign).isOk());
        REQUIRE(CampaignRepository(admin).save(campaign).isOk());
        for (auto [inst, name] : {std::pair{&mine, u"甲镇卫生院"}, std::pair{&theirs, u"乙镇卫生院"}}) {
            inst->name = QString::fromUtf16(name);
            inst->ownership = Ownership::Public;
            inst->level = Level::PrimaryOrBelow;
            REQUIRE(InstitutionRepository(admin).save(*inst).isOk());
            Report r = report(*inst, 10);
            REQUIRE(ReportRepository(admin).save(r).isOk());
            (inst == &theirs ? theirReport : myReport) = r;
            Problem problem;
            problem.campaignId = campaign.id;
            problem.institutionId = inst->id;
            problem.foundOn = QDate(2021, 8, 3);
            problem.description = QStringLiteral(u"收受回扣");
            REQUIRE(ProblemRepository(admin).save(problem).isOk());
            (inst == &theirs ? theirProblemId : myProblemId) = problem.id;
        }
        Tipoff tip;
        tip.campaignId = campaign.id;
        tip.receivedOn = QDate(2021, 8, 5);
        tip.institutionId = theirs.id;
        tip.summary = QStringLiteral(u"反映乙镇卫生院收受红包");
        TipoffReporter reporter;
        reporter.name = QStringLiteral(u"林秀珍");
        reporter.contact = QStringLiteral("13900001111");
        QList<Tipoff> tips{tip};
        REQUIRE(TipoffRepository(admin).saveAll(tips, {reporter}).isOk());
        tipoffId = tips.first().id;
    }

    Report report(const Institution &i, double value) const
    {
        Report r;
        r.campaignId = campaign.id;
        r.form = 1;
        r.unitKey = UnitKey::institution(i.id);
        r.period = YearMonth(2021, 8);
        r.numbers.insert(1, value);
        return r;
    }

    /// Connects as a new account of the given kind.
    void connectAs(Database &db, const QString &suffix, ServerAdmin::AccountKind kind, qint64 institution = 0)
    {
        const QString role = scratch.role(suffix);
        REQUIRE(ServerAdmin::addAccount(admin, role, kind, institution, QString()).isOk());
        DatabaseLocation l = scratch.location();
        l.setUser(role);
        const Status s = db.open(l);
        INFO(s.message());
        REQUIRE(s.isOk());
    }
};

} // namespace qf::test
