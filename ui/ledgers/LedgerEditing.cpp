// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerEditing.h"

#include "CaseRecordDialog.h"
#include "InspectionDialog.h"
#include "ProblemDialog.h"
#include "SupplierDialogs.h"
#include "TipoffDialog.h"
#include "TransitionDialog.h"
#include "actions/LedgerRecordActions.h"
#include "actions/LedgerStateActions.h"

#include <QMessageBox>

namespace qf::ui {

namespace {

// Runs a record dialog until the record saves or the dialog is cancelled.
template<typename Dialog, typename Save>
bool runDialog(Dialog &dialog, Save save)
{
    while (dialog.exec() == QDialog::Accepted) {
        const Status s = save();
        if (s)
            return true;
        dialog.showError(s.message());
    }
    return false;
}

} // namespace

qint64 LedgerEditing::add(QWidget *parent, Database &db, LedgerKind kind, qint64 campaignId, const QList<Institution> &registry)
{
    switch (kind) {
    case LedgerKind::Problems: {
        Problem p;
        p.campaignId = campaignId;
        p.foundOn = QDate::currentDate();
        ProblemDialog dialog(db, p, registry, parent);
        return runDialog(dialog, [&] { p = dialog.problem(); return LedgerRecordActions::save(db, p); }) ? p.id : 0;
    }
    case LedgerKind::Tipoffs: {
        Tipoff t;
        t.campaignId = campaignId;
        t.receivedOn = QDate::currentDate();
        TipoffDialog dialog(t, TipoffReporter(), registry, parent);
        return runDialog(dialog, [&] { t = dialog.tipoff(); return LedgerRecordActions::save(db, t, dialog.reporter()); }) ? t.id : 0;
    }
    case LedgerKind::Inspections: {
        Inspection i;
        i.campaignId = campaignId;
        i.inspectedOn = QDate::currentDate();
        InspectionDialog dialog(i, registry, parent);
        return runDialog(dialog, [&] { i = dialog.inspection(); return LedgerRecordActions::save(db, i); }) ? i.id : 0;
    }
    case LedgerKind::Cases: {
        CaseRecord r;
        r.campaignId = campaignId;
        r.heldOn = QDate::currentDate();
        CaseRecordDialog dialog(r, registry, parent);
        return runDialog(dialog, [&] { r = dialog.record(); return LedgerRecordActions::save(db, r); }) ? r.id : 0;
    }
    case LedgerKind::Suppliers: {
        SupplierInterview i;
        i.campaignId = campaignId;
        i.heldOn = QDate::currentDate();
        SupplierInterviewDialog dialog(i, registry, parent);
        return runDialog(dialog, [&] { i = dialog.interview(); return LedgerRecordActions::save(db, i); }) ? i.id : 0;
    }
    case LedgerKind::NegativeList: {
        NegativeListEntry e;
        e.campaignId = campaignId;
        e.listedOn = QDate::currentDate();
        NegativeListDialog dialog(e, registry, parent);
        return runDialog(dialog, [&] { e = dialog.entry(); return LedgerRecordActions::save(db, e); }) ? e.id : 0;
    }
    }
    return 0;
}

bool LedgerEditing::edit(QWidget *parent, Database &db, LedgerKind kind, qint64 id, const QList<Institution> &registry)
{
    switch (kind) {
    case LedgerKind::Problems: {
        auto p = LedgerRecordActions::problem(db, id);
        if (!p)
            return false;
        ProblemDialog dialog(db, *p, registry, parent);
        if (p->state == ProblemState::Closed) {
            dialog.exec();   // evidence can still be opened
            return false;
        }
        return runDialog(dialog, [&] { Problem x = dialog.problem(); return LedgerRecordActions::save(db, x); });
    }
    case LedgerKind::Tipoffs: {
        auto t = LedgerRecordActions::tipoff(db, id);
        if (!t)
            return false;
        TipoffDialog dialog(*t, LedgerRecordActions::reporter(db, id), registry, parent);
        if (t->state == TipoffState::Closed)
            return runDialog(dialog, [&] { return LedgerRecordActions::saveReporter(db, id, dialog.reporter()); });
        return runDialog(dialog, [&] { Tipoff x = dialog.tipoff(); return LedgerRecordActions::save(db, x, dialog.reporter()); });
    }
    case LedgerKind::Inspections: {
        auto i = LedgerRecordActions::inspection(db, id);
        if (!i)
            return false;
        InspectionDialog dialog(*i, registry, parent);
        return runDialog(dialog, [&] { Inspection x = dialog.inspection(); return LedgerRecordActions::save(db, x); });
    }
    case LedgerKind::Cases: {
        auto r = LedgerRecordActions::caseRecord(db, id);
        if (!r)
            return false;
        CaseRecordDialog dialog(*r, registry, parent);
        return runDialog(dialog, [&] { CaseRecord x = dialog.record(); return LedgerRecordActions::save(db, x); });
    }
    case LedgerKind::Suppliers: {
        auto i = LedgerRecordActions::interview(db, id);
        if (!i)
            return false;
        SupplierInterviewDialog dialog(*i, registry, parent);
        return runDialog(dialog, [&] { SupplierInterview x = dialog.interview(); return LedgerRecordActions::save(db, x); });
    }
    case LedgerKind::NegativeList: {
        auto e = LedgerRecordActions::listed(db, id);
        if (!e)
            return false;
        NegativeListDialog dialog(*e, registry, parent);
        return runDialog(dialog, [&] { NegativeListEntry x = dialog.entry(); return LedgerRecordActions::save(db, x); });
    }
    }
    return false;
}

bool LedgerEditing::remove(QWidget *parent, Database &db, LedgerKind kind, qint64 id)
{
    if (QMessageBox::question(parent, tr("删除记录"), tr("从%1中删除这条记录？删除后报表中由台账计算的数字会随之改变。")
                                                        .arg(ledgerKinds().name(kind)))
        != QMessageBox::Yes)
        return false;
    const Status s = LedgerRecordActions::remove(db, kind, id);
    if (!s)
        QMessageBox::warning(parent, tr("删除记录"), s.message());
    return s.isOk();
}

bool LedgerEditing::hasStates(LedgerKind kind)
{
    return LedgerStateActions::hasStates(kind);
}

QList<LedgerEditing::Transition> LedgerEditing::transitions(Database &db, LedgerKind kind, qint64 id)
{
    QList<Transition> list;
    for (const LedgerStep &step : LedgerStateActions::steps(db, kind, id))
        list << Transition{step.action, step.target};
    return list;
}

bool LedgerEditing::transition(QWidget *parent, Database &db, LedgerKind kind, qint64 id, int target)
{
    const auto step = LedgerStateActions::step(db, kind, id, target);
    if (!step)
        return false;
    TransitionDialog::Options o;
    o.action = step->action;
    o.subject = step->subject;
    o.reviewer = step->reviewer;
    o.reasonRequired = step->reasonRequired;
    o.askConclusion = step->askConclusion;
    o.conclusion = step->conclusion;
    o.result = step->result;
    TransitionDialog dialog(o, parent);
    return runDialog(dialog, [&] {
        LedgerStepInput input;
        input.on = dialog.date();
        input.by = dialog.by();
        input.note = dialog.note();
        input.conclusion = dialog.conclusion();
        input.result = dialog.result();
        const Status s = LedgerStateActions::apply(db, kind, id, target, input);
        if (s && !o.reviewer)
            LedgerWidgets::rememberUserName(dialog.by());
        return s;
    });
}

} // namespace qf::ui
