// SPDX-License-Identifier: GPL-3.0-or-later
// 以填报数为准 and 恢复台账数 as one core action each: the reason is required, the typed
// figure and the reason are stored both or neither, and a locked month keeps both.
#include "LedgerFixture.h"

#include "actions/FigureOverrideActions.h"
#include "model/Report.h"
#include "storage/FigureOverrideRepository.h"
#include "storage/PeriodLockRepository.h"
#include "storage/ReportRepository.h"

using namespace qf;
using namespace qf::test;

namespace {

const YearMonth kSeptember(2021, 9);

// The unit's typed 附件1 of September as stored now (id 0 when there is none).
Report stored(Database &db, const Campaign &campaign, const QString &unitKey)
{
    for (const Report &r : ReportRepository(db).upTo(campaign.id, 1, kSeptember))
        if (r.unitKey == unitKey && r.period == kSeptember)
            return r;
    return Report();
}

Report typedReport(LedgerFixture &f, double column2)
{
    Report r;
    r.campaignId = f.campaign.id;
    r.form = 1;
    r.unitKey = UnitKey::institution(f.a);
    r.period = kSeptember;
    r.submittedOn = QDate(2021, 10, 3);
    r.numbers.insert(2, column2);
    REQUIRE(ReportRepository(f.db()).save(r).isOk());
    r.optimistic = true;   // as the entry grid saves
    return r;
}

} // namespace

TEST_CASE("a typed figure is kept against the ledger's only with a reason, and the reason and figure go together", "[engines]")
{
    LedgerFixture f;
    f.writeLedgers();
    Database &db = f.db();
    const QString unit = UnitKey::institution(f.a);
    Report typed = typedReport(f, 4);

    const Status blank = FigureOverrideActions::keepTyped(db, stored(db, f.campaign, unit), 2, 9, QStringLiteral("  \n"));
    CHECK_FALSE(blank.isOk());
    CHECK(blank.message().contains(QStringLiteral(u"必须写明理由")));
    CHECK(FigureOverrideRepository(db).list(f.campaign.id).isEmpty());
    CHECK(stored(db, f.campaign, unit).number(2) == 4);

    // Someone else saved the month meanwhile: the report is refused half-way, after the
    // reason was written, and the reason goes with it.
    Report theirs = stored(db, f.campaign, unit);
    theirs.numbers.insert(2, 5);
    theirs.optimistic = true;
    REQUIRE(ReportRepository(db).save(theirs).isOk());
    const Status stale = FigureOverrideActions::keepTyped(db, typed, 2, 9, QStringLiteral(u"台账不全"));
    INFO(stale.message());
    CHECK_FALSE(stale.isOk());
    CHECK(FigureOverrideRepository(db).list(f.campaign.id).isEmpty());
    CHECK(stored(db, f.campaign, unit).number(2) == 5);

    // From the month as stored now, both are kept; the comparison shows the reason.
    REQUIRE(FigureOverrideActions::keepTyped(db, stored(db, f.campaign, unit), 2, 9, QStringLiteral(u"台账不全")).isOk());
    CHECK(stored(db, f.campaign, unit).number(2) == 9);
    const LedgerFigureMonth month = FigureOverrideActions::month(db, f.campaign.id, 1, kSeptember);
    CHECK(month.reason(unit, 2) == QStringLiteral(u"台账不全"));
    CHECK(month.typed.value(unit).number(2) == 9);
    REQUIRE(FigureOverrideRepository(db).list(f.campaign.id).size() == 1);
    CHECK(FigureOverrideRepository(db).list(f.campaign.id).first().createdBy == db.actor());

    // Restoring the ledger's figure drops both again.
    REQUIRE(FigureOverrideActions::restoreLedger(db, stored(db, f.campaign, unit), 2).isOk());
    CHECK(FigureOverrideRepository(db).list(f.campaign.id).isEmpty());
    CHECK_FALSE(stored(db, f.campaign, unit).hasNumber(2));
}

TEST_CASE("a reason alone is kept or dropped for a stored typed figure, never blank and never in a locked month", "[engines]")
{
    LedgerFixture f;
    f.writeLedgers();
    Database &db = f.db();
    const QString unit = UnitKey::institution(f.a);
    typedReport(f, 4);
    FigureOverride o;
    o.campaignId = f.campaign.id;
    o.form = 1;
    o.unitKey = unit;
    o.period = kSeptember;
    o.column = 2;

    o.reason = QStringLiteral(" ");
    CHECK(FigureOverrideActions::keepStored(db, o).message().contains(QStringLiteral(u"必须写明理由")));
    CHECK(FigureOverrideRepository(db).list(f.campaign.id).isEmpty());

    o.reason = QStringLiteral(u"由医保股统计");
    REQUIRE(PeriodLockRepository(db).lock(f.campaign.id, 1, unit, kSeptember).isOk());
    const Status locked = FigureOverrideActions::keepStored(db, o);
    CHECK(LedgerFixture::refusedAsLocked(locked));
    CHECK(FigureOverrideRepository(db).list(f.campaign.id).isEmpty());
    // The same goes for the typed figure and its reason together.
    CHECK_FALSE(FigureOverrideActions::keepTyped(db, stored(db, f.campaign, unit), 2, 9, o.reason).isOk());
    CHECK(stored(db, f.campaign, unit).number(2) == 4);
    CHECK(FigureOverrideRepository(db).list(f.campaign.id).isEmpty());

    REQUIRE(PeriodLockRepository(db).unlock(f.campaign.id, 1, unit, kSeptember, QStringLiteral(u"补写理由")).isOk());
    REQUIRE(FigureOverrideActions::keepStored(db, o).isOk());
    CHECK(FigureOverrideActions::month(db, f.campaign.id, 1, kSeptember).reason(unit, 2) == o.reason);
    REQUIRE(FigureOverrideActions::dropReason(db, o).isOk());
    CHECK(FigureOverrideRepository(db).list(f.campaign.id).isEmpty());
    // Dropping the reason leaves the typed figure, which shows as a disagreement again.
    CHECK(stored(db, f.campaign, unit).number(2) == 4);
}
