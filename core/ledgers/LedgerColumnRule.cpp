// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerColumnRule.h"

#include "forms/FormDescription.h"

#include <QCoreApplication>
#include <QSet>

namespace qf {

QString LedgerColumnRule::description() const
{
    return measure ? QCoreApplication::translate("qf::Ledgers", measure->how) : QString();
}

namespace LedgerColumnRules {

Status fromForm(const FormDescription &form, QList<LedgerColumnRule> *out)
{
    QList<LedgerColumnRule> rules;
    QSet<QString> seen;
    for (const FormColumn &c : form.columns) {
        if (c.ledger.measure.isEmpty())
            continue;
        const LedgerMeasure *measure = LedgerMeasures::find(c.ledger.measure);
        if (!measure)
            return Status::failure(QCoreApplication::translate("qf::Ledgers", "%1第%2栏的台账计算方法“%3”不存在。")
                                       .arg(form.attachment).arg(c.number).arg(c.ledger.measure));
        if (seen.contains(c.ledger.measure))
            return Status::failure(QCoreApplication::translate("qf::Ledgers", "%1第%2栏的台账计算方法“%3”已用于另一栏。")
                                       .arg(form.attachment).arg(c.number).arg(c.ledger.measure));
        seen.insert(c.ledger.measure);
        LedgerColumnRule r;
        r.form = form.number;
        r.column = c.number;
        r.ledger = measure->ledger;
        r.group = c.ledger.group;
        r.campaignScope = c.ledger.campaignScope;
        r.measure = measure;
        rules << r;
    }
    *out = rules;
    return Status::success();
}

const QList<LedgerColumnRule> &all()
{
    // The descriptions are compiled in, so a failure is a build defect: the tests load
    // every form's rules and fail on it.
    static const QList<LedgerColumnRule> rules = [] {
        QList<LedgerColumnRule> list;
        for (int n : FormCatalog::numbers()) {
            QList<LedgerColumnRule> form;
            const Status s = fromForm(FormCatalog::form(n), &form);
            if (!s)
                qWarning("form %d: %s", n, qPrintable(s.message()));
            list << form;
        }
        return list;
    }();
    return rules;
}

const LedgerColumnRule *find(int form, int column)
{
    for (const LedgerColumnRule &r : all())
        if (r.form == form && r.column == column)
            return &r;
    return nullptr;
}

QList<LedgerColumnRule> forForm(int form)
{
    QList<LedgerColumnRule> rules;
    for (const LedgerColumnRule &r : all())
        if (r.form == form)
            rules << r;
    return rules;
}

} // namespace LedgerColumnRules

} // namespace qf
