// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerEditing.h"

#include "CaseRecordDialog.h"
#include "InspectionDialog.h"
#include "ProblemDialog.h"
#include "SupplierDialogs.h"
#include "TipoffDialog.h"
#include "TransitionDialog.h"
#include "storage/CaseRecordRepository.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/SupplierRepository.h"
#include "storage/TipoffRepository.h"

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

Status saveTipoff(Database &db, Tipoff &t, const TipoffReporter &reporter)
{
    // The record and its reporter in one transaction.
    Transaction tx(db);
    TipoffRepository repo(db);
    Status s = repo.save(t);
    if (s)
        s = repo.setReporter(t.id, reporter);
    if (!s)
        return s;
    return tx.commit();
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
        return runDialog(dialog, [&] { p = dialog.problem(); return ProblemRepository(db).save(p); }) ? p.id : 0;
    }
    case LedgerKind::Tipoffs: {
        Tipoff t;
        t.campaignId = campaignId;
        t.receivedOn = QDate::currentDate();
        TipoffDialog dialog(t, TipoffReporter(), registry, parent);
        return runDialog(dialog, [&] { t = dialog.tipoff(); return saveTipoff(db, t, dialog.reporter()); }) ? t.id : 0;
    }
    case LedgerKind::Inspections: {
        Inspection i;
        i.campaignId = campaignId;
        i.inspectedOn = QDate::currentDate();
        InspectionDialog dialog(i, registry, parent);
        return runDialog(dialog, [&] { i = dialog.inspection(); return InspectionRepository(db).save(i); }) ? i.id : 0;
    }
    case LedgerKind::Cases: {
        CaseRecord r;
        r.campaignId = campaignId;
        r.heldOn = QDate::currentDate();
        CaseRecordDialog dialog(r, registry, parent);
        return runDialog(dialog, [&] { r = dialog.record(); return CaseRecordRepository(db).save(r); }) ? r.id : 0;
    }
    case LedgerKind::Suppliers: {
        SupplierInterview i;
        i.campaignId = campaignId;
        i.heldOn = QDate::currentDate();
        SupplierInterviewDialog dialog(i, registry, parent);
        return runDialog(dialog, [&] { i = dialog.interview(); return SupplierRepository(db).save(i); }) ? i.id : 0;
    }
    case LedgerKind::NegativeList: {
        NegativeListEntry e;
        e.campaignId = campaignId;
        e.listedOn = QDate::currentDate();
        NegativeListDialog dialog(e, registry, parent);
        return runDialog(dialog, [&] { e = dialog.entry(); return SupplierRepository(db).save(e); }) ? e.id : 0;
    }
    }
    return 0;
}

bool LedgerEditing::edit(QWidget *parent, Database &db, LedgerKind kind, qint64 id, const QList<Institution> &registry)
{
    switch (kind) {
    case LedgerKind::Problems: {
        auto p = ProblemRepository(db).find(id);
        if (!p)
            return false;
        ProblemDialog dialog(db, *p, registry, parent);
        if (p->state == ProblemState::Closed) {
            dialog.exec();   // evidence can still be opened
            return false;
        }
        return runDialog(dialog, [&] { Problem x = dialog.problem(); return ProblemRepository(db).save(x); });
    }
    case LedgerKind::Tipoffs: {
        TipoffRepository repo(db);
        auto t = repo.find(id);
        if (!t)
            return false;
        TipoffDialog dialog(*t, repo.reporter(id), registry, parent);
        if (t->state == TipoffState::Closed)
            return runDialog(dialog, [&] { return repo.setReporter(id, dialog.reporter()); });
        return runDialog(dialog, [&] { Tipoff x = dialog.tipoff(); return saveTipoff(db, x, dialog.reporter()); });
    }
    case LedgerKind::Inspections: {
        auto i = InspectionRepository(db).find(id);
        if (!i)
            return false;
        InspectionDialog dialog(*i, registry, parent);
        return runDialog(dialog, [&] { Inspection x = dialog.inspection(); return InspectionRepository(db).save(x); });
    }
    case LedgerKind::Cases: {
        auto r = CaseRecordRepository(db).find(id);
        if (!r)
            return false;
        CaseRecordDialog dialog(*r, registry, parent);
        return runDialog(dialog, [&] { CaseRecord x = dialog.record(); return CaseRecordRepository(db).save(x); });
    }
    case LedgerKind::Suppliers: {
        auto i = SupplierRepository(db).findInterview(id);
        if (!i)
            return false;
        SupplierInterviewDialog dialog(*i, registry, parent);
        return runDialog(dialog, [&] { SupplierInterview x = dialog.interview(); return SupplierRepository(db).save(x); });
    }
    case LedgerKind::NegativeList: {
        auto e = SupplierRepository(db).findListed(id);
        if (!e)
            return false;
        NegativeListDialog dialog(*e, registry, parent);
        return runDialog(dialog, [&] { NegativeListEntry x = dialog.entry(); return SupplierRepository(db).save(x); });
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
    Status s;
    switch (kind) {
    case LedgerKind::Problems: s = ProblemRepository(db).remove(id); break;
    case LedgerKind::Tipoffs: s = TipoffRepository(db).remove(id); break;
    case LedgerKind::Inspections: s = InspectionRepository(db).remove(id); break;
    case LedgerKind::Cases: s = CaseRecordRepository(db).remove(id); break;
    case LedgerKind::Suppliers: s = SupplierRepository(db).removeInterview(id); break;
    case LedgerKind::NegativeList: s = SupplierRepository(db).removeListed(id); break;
    }
    if (!s)
        QMessageBox::warning(parent, tr("删除记录"), s.message());
    return s.isOk();
}

QList<LedgerEditing::Transition> LedgerEditing::transitions(Database &db, LedgerKind kind, qint64 id)
{
    QList<Transition> list;
    if (kind == LedgerKind::Problems) {
        if (const auto p = ProblemRepository(db).find(id))
            for (ProblemState to : ProblemWorkflow::targets(p->state))
                list << Transition{ProblemWorkflow::actionName(p->state, to), int(to)};
    } else if (kind == LedgerKind::Tipoffs) {
        if (const auto t = TipoffRepository(db).find(id))
            for (TipoffState to : TipoffWorkflow::targets(t->state))
                list << Transition{TipoffWorkflow::actionName(t->state, to), int(to)};
    }
    return list;
}

bool LedgerEditing::transition(QWidget *parent, Database &db, LedgerKind kind, qint64 id, int target)
{
    TransitionDialog::Options o;
    if (kind == LedgerKind::Problems) {
        const auto p = ProblemRepository(db).find(id);
        if (!p)
            return false;
        const auto to = ProblemState(target);
        o.action = ProblemWorkflow::actionName(p->state, to);
        o.subject = p->description;
        o.reviewer = to == ProblemState::Closed;
        o.reasonRequired = p->state == ProblemState::Rectified && to == ProblemState::Rectifying;
        TransitionDialog dialog(o, parent);
        return runDialog(dialog, [&] {
            const Status s = ProblemRepository(db).transition(id, to, dialog.date(), dialog.by(), dialog.note());
            if (s && !o.reviewer)
                LedgerWidgets::rememberUserName(dialog.by());
            return s;
        });
    }
    if (kind == LedgerKind::Tipoffs) {
        TipoffRepository repo(db);
        const auto t = repo.find(id);
        if (!t)
            return false;
        const auto to = TipoffState(target);
        o.action = TipoffWorkflow::actionName(t->state, to);
        o.subject = t->summary;
        o.reviewer = to == TipoffState::Closed;
        o.reasonRequired = t->state == TipoffState::Concluded && to == TipoffState::Verifying;
        o.askConclusion = to == TipoffState::Concluded;
        o.conclusion = t->conclusion;
        o.result = t->result;
        TransitionDialog dialog(o, parent);
        return runDialog(dialog, [&] {
            Transaction tx(db);
            Tipoff updated = *t;
            updated.conclusion = dialog.conclusion();
            updated.result = dialog.result();
            Status s = o.askConclusion ? repo.save(updated) : Status();
            if (s)
                s = repo.transition(id, to, dialog.date(), dialog.by(), dialog.note());
            if (s)
                s = tx.commit();
            if (s && !o.reviewer)
                LedgerWidgets::rememberUserName(dialog.by());
            return s;
        });
    }
    return false;
}

} // namespace qf::ui
