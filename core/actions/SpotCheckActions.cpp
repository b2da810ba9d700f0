// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpotCheckActions.h"

#include "analysis/SignalEngine.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/InspectorRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/SpotCheckRepository.h"

namespace qf {

QList<Inspector> SpotCheckActions::pool(Database &db, Status *status)
{
    return InspectorRepository(db).all(status);
}

QList<SpotCheckRecord> SpotCheckActions::draws(Database &db, qint64 campaignId, Status *status)
{
    return SpotCheckRepository(db).list(campaignId, status);
}

Status SpotCheckActions::addInspector(Database &db, Inspector &inspector)
{
    if (inspector.institutionId) {
        bool known = false;
        for (const Institution &i : InstitutionRepository(db).all())
            known = known || i.id == inspector.institutionId;
        if (!known)
            return Status::failure(tr("检查人员“%1”所属的机构（编号%2）不在机构名录中。").arg(inspector.name).arg(inspector.institutionId));
    }
    return InspectorRepository(db).save(inspector);
}

Status SpotCheckActions::removeInspector(Database &db, qint64 inspectorId)
{
    return InspectorRepository(db).remove(inspectorId);
}

Status SpotCheckActions::prepare(Database &db, const SpotCheckRequest &request, SpotCheckInputs *inputs)
{
    SpotCheckInputs in;
    in.seed = request.seed;
    in.count = request.count;
    in.weighted = request.weighted;
    in.byTownship = request.byTownship;
    const QDate day = request.day.isValid() ? request.day : QDate::currentDate();
    QHash<qint64, int> scores;
    if (request.weighted) {
        QList<SignalFinding> findings;
        const Status s = SignalEngine::run(db, request.campaignId, {}, &findings);
        if (!s)
            return s;
        scores = SignalEngine::scores(findings);
    }
    for (const Institution &i : InstitutionRepository(db).all())
        if (i.reportsIn(YearMonth::fromDate(day)))
            in.candidates << SpotCheckCandidate{i.id, i.displayName(), i.ownership, i.level, i.township,
                                                1 + scores.value(i.id)};
    in.pool = InspectorRepository(db).all();
    in.barred = SpotCheckRepository(db).lastInspectors();
    // Whoever the latest inspection-ledger entry of an institution names inspected it last.
    QHash<qint64, Inspection> latest;
    for (const Inspection &i : InspectionRepository(db).list(request.campaignId))
        if (!latest.contains(i.institutionId) || latest.value(i.institutionId).inspectedOn <= i.inspectedOn)
            latest.insert(i.institutionId, i);
    for (auto it = latest.begin(); it != latest.end(); ++it)
        for (const Inspector &p : in.pool)
            if (it.value().inspectors.contains(p.name) && !in.barred[it.key()].contains(p.id))
                in.barred[it.key()] << p.id;
    *inputs = in;
    return Status::success();
}

Status SpotCheckActions::draw(Database &db, const SpotCheckRequest &request, const QString &by, SpotCheckRecord *record,
                              QList<SpotCheckPick> *picksOut)
{
    SpotCheckInputs inputs;
    Status s = prepare(db, request, &inputs);
    if (!s)
        return s;
    QList<SpotCheckPick> picks;
    s = SpotCheckDraw::run(inputs, &picks);
    if (!s)
        return s;
    SpotCheckRecord r;
    r.campaignId = request.campaignId;
    r.drawnBy = by;
    r.seed = request.seed;
    r.inputs = inputs.toJson();
    r.result = SpotCheckDraw::resultJson(picks);
    for (const SpotCheckPick &p : picks) {
        SpotCheckPickRecord stored;
        stored.position = p.position;
        stored.institutionId = p.institution.institutionId;
        for (const Inspector &i : p.inspectors)
            stored.inspectorIds << i.id;
        stored.inspectors = p.inspectorNames();
        r.picks << stored;
    }
    s = SpotCheckRepository(db).save(r);
    if (!s)
        return s;
    if (record)
        *record = r;
    if (picksOut)
        *picksOut = picks;
    return s;
}

Status SpotCheckActions::recordResult(Database &db, qint64 pickId, Inspection &inspection)
{
    SpotCheckRepository draws(db);
    qint64 drawId = 0;
    const auto pick = draws.findPick(pickId, &drawId);
    if (!pick)
        return Status::failure(tr("抽查名单中没有编号为%1的一项。").arg(pickId));
    if (pick->inspectionId)
        return Status::failure(tr("抽查名单第%1号已记录过检查结果（检查记录%2）。").arg(pick->position).arg(pick->inspectionId));
    const auto draw = draws.find(drawId);
    Inspection i = inspection;
    i.id = 0;
    i.campaignId = draw ? draw->campaignId : i.campaignId;
    i.institutionId = pick->institutionId;
    if (i.inspectors.trimmed().isEmpty())
        i.inspectors = pick->inspectors;
    if (i.method.trimmed().isEmpty())
        i.method = tr("双随机抽查");
    Transaction tx(db);
    Status s = InspectionRepository(db).save(i);
    if (!s)
        return s;
    s = draws.linkInspection(pickId, i.id);
    if (!s)
        return s;
    s = tx.commit();
    if (s)
        inspection = i;
    return s;
}

} // namespace qf
