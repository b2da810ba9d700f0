// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "forms/FormDescription.h"
#include "ledgers/LedgerColumnRule.h"
#include "ledgers/LedgerEntry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <functional>

using namespace qf;

namespace {

QJsonObject descriptionJson(int form)
{
    QFile f(QStringLiteral(":/qingfeng/forms/descriptions/form%1.json").arg(form));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// A copy of a built-in description with some of its columns changed.
FormDescription edited(int form, const std::function<void(QJsonObject &column)> &edit)
{
    QJsonObject o = descriptionJson(form);
    QJsonArray columns = o.value(QLatin1String("columns")).toArray();
    for (int i = 0; i < columns.size(); ++i) {
        QJsonObject c = columns.at(i).toObject();
        edit(c);
        columns[i] = c;
    }
    o.insert(QLatin1String("columns"), columns);
    FormDescription d;
    const Status s = FormDescription::fromJson(QJsonDocument(o).toJson(), &d);
    INFO(s.message().toStdString());
    REQUIRE(s);
    return d;
}

int columnOf(const QList<LedgerEntry> &entries, qint64 recordId, LedgerKind ledger)
{
    for (const LedgerEntry &e : entries)
        if (e.recordId == recordId && e.ledger == ledger)
            return e.column;
    return 0;
}

LedgerSnapshot tipoffAndInterview()
{
    LedgerSnapshot l;
    Tipoff t;
    t.id = 11;
    t.institutionId = 5;
    t.receivedOn = QDate(2021, 6, 3);
    t.steps << Tipoff::Step{TipoffState::Registered, TipoffState::Concluded, QDate(2021, 6, 20), {}, {}, {}};
    l.tipoffs << t;
    SupplierInterview i;
    i.id = 12;
    i.institutionId = 5;
    i.supplier = QStringLiteral("某医药公司");
    i.heldOn = QDate(2021, 7, 1);
    l.interviews << i;
    return l;
}

} // namespace

TEST_CASE("every ledger-made column of the forms has one rule, and every rule names a numeric column of its form")
{
    QSet<QString> used;
    for (int n : FormCatalog::numbers()) {
        const FormDescription &form = FormCatalog::form(n);
        QList<LedgerColumnRule> rules;
        const Status s = LedgerColumnRules::fromForm(form, &rules);
        INFO(form.attachment.toStdString() << ": " << s.message().toStdString());
        REQUIRE(s);
        QSet<int> columns;
        for (const LedgerColumnRule &r : rules) {
            INFO("column " << r.column);
            const FormColumn *c = form.column(r.column);
            REQUIRE(c);
            CHECK(c->isNumeric());
            CHECK(c->derived.isEmpty());
            CHECK(!r.group.isEmpty());
            CHECK(!r.description().isEmpty());
            CHECK(!columns.contains(r.column));
            columns.insert(r.column);
            CHECK(LedgerColumnRules::find(n, r.column) != nullptr);
            used.insert(r.measure->keyString());
        }
        for (const FormColumn &c : form.columns)
            CHECK(columns.contains(c.number) == !c.ledger.measure.isEmpty());
        CHECK(LedgerColumnRules::forForm(n).size() == rules.size());
    }
    // No measure is counted without a column to show it.
    for (const LedgerMeasure &m : LedgerMeasures::all()) {
        INFO(m.key);
        CHECK(used.contains(m.keyString()));
    }
}

TEST_CASE("renumbering a column in its description is all it takes for the ledger figures to follow")
{
    const LedgerSnapshot ledgers = tipoffAndInterview();
    // As built in: tip-offs make 附件3 (5), supplier interviews (7).
    const QList<LedgerEntry> builtIn = LedgerEntries::collect(ledgers, 3);
    CHECK(columnOf(builtIn, 11, LedgerKind::Tipoffs) == 5);
    CHECK(columnOf(builtIn, 12, LedgerKind::Suppliers) == 7);

    // A copy of 附件3 with the two columns' numbers swapped.
    const FormDescription swapped = edited(3, [](QJsonObject &c) {
        const int n = c.value(QLatin1String("number")).toInt();
        if (n == 5 || n == 7)
            c.insert(QLatin1String("number"), n == 5 ? 7 : 5);
    });
    QList<LedgerColumnRule> rules;
    REQUIRE(LedgerColumnRules::fromForm(swapped, &rules));
    const QList<LedgerEntry> entries = LedgerEntries::collect(ledgers, rules);
    CHECK(columnOf(entries, 11, LedgerKind::Tipoffs) == 7);
    CHECK(columnOf(entries, 12, LedgerKind::Suppliers) == 5);
    for (const LedgerEntry &e : entries)
        CHECK(e.form == 3);

    // The group a column names is what makes a unit keep it.
    const FormDescription regrouped = edited(3, [](QJsonObject &c) {
        if (c.value(QLatin1String("number")).toInt() != 7)
            return;
        QJsonObject ledger = c.value(QLatin1String("ledger")).toObject();
        ledger.insert(QLatin1String("group"), QStringLiteral("vendors"));
        c.insert(QLatin1String("ledger"), ledger);
    });
    REQUIRE(LedgerColumnRules::fromForm(regrouped, &rules));
    const auto keepers = LedgerEntries::keepers(ledgers, rules);
    CHECK(keepers.value(QStringLiteral("vendors")) == QSet<qint64>{5});
    CHECK(!keepers.contains(QStringLiteral("supplier-interviews")));
    CHECK(LedgerEntries::keepers(ledgers).value(QStringLiteral("supplier-interviews")) == QSet<qint64>{5});
}

TEST_CASE("a description whose ledger entry names an unknown measure, or one measure twice, is refused naming the column")
{
    const FormDescription unknown = edited(1, [](QJsonObject &c) {
        if (c.value(QLatin1String("number")).toInt() == 4)
            c.insert(QLatin1String("ledger"), QJsonObject{{QStringLiteral("measure"), QStringLiteral("cases.criticsm")},
                                                          {QStringLiteral("group"), QStringLiteral("first-form")}});
    });
    QList<LedgerColumnRule> rules;
    Status s = LedgerColumnRules::fromForm(unknown, &rules);
    CHECK(!s);
    CHECK(s.message().contains(QStringLiteral("附件1第4栏")));
    CHECK(s.message().contains(QStringLiteral("cases.criticsm")));

    const FormDescription twice = edited(1, [](QJsonObject &c) {
        if (c.value(QLatin1String("number")).toInt() == 4)
            c.insert(QLatin1String("ledger"), QJsonObject{{QStringLiteral("measure"), QStringLiteral("cases.admonition")},
                                                          {QStringLiteral("group"), QStringLiteral("first-form")}});
    });
    s = LedgerColumnRules::fromForm(twice, &rules);
    CHECK(!s);
    CHECK(s.message().contains(QStringLiteral("附件1第4栏")));

    // A ledger entry on the text column, or without a group, is refused by the description itself.
    QJsonObject o = descriptionJson(1);
    QJsonArray columns = o.value(QLatin1String("columns")).toArray();
    QJsonObject first = columns.at(0).toObject();
    first.insert(QLatin1String("ledger"), QJsonObject{{QStringLiteral("measure"), QStringLiteral("problems.found")}});
    columns[0] = first;
    o.insert(QLatin1String("columns"), columns);
    FormDescription d;
    s = FormDescription::fromJson(QJsonDocument(o).toJson(), &d);
    CHECK(!s);
    CHECK(s.message().contains(QStringLiteral("第1栏")));
}
