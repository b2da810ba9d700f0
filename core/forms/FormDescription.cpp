// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormDescription.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qf {

namespace {

SpanCell spanFrom(const QJsonObject &o)
{
    SpanCell c;
    c.row = o.value(QLatin1String("row")).toInt();
    c.col = o.value(QLatin1String("col")).toInt();
    c.rowSpan = o.value(QLatin1String("rowSpan")).toInt(1);
    c.colSpan = o.value(QLatin1String("colSpan")).toInt(1);
    c.text = o.value(QLatin1String("text")).toString();
    return c;
}

UnitFilter filterFrom(const QJsonObject &o)
{
    UnitFilter f;
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("medical"))
        f.kind = InstitutionKind::Medical;
    else if (kind == QLatin1String("pharmacy"))
        f.kind = InstitutionKind::Pharmacy;
    const QString ownership = o.value(QLatin1String("ownership")).toString();
    if (ownership == QLatin1String("public"))
        f.ownership = Ownership::Public;
    else if (ownership == QLatin1String("private"))
        f.ownership = Ownership::Private;
    switch (o.value(QLatin1String("level")).toInt()) {
    case 3: f.level = Level::Tertiary; break;
    case 2: f.level = Level::Secondary; break;
    case 1: f.level = Level::PrimaryOrBelow; break;
    default: break;
    }
    return f;
}

CategoryRow rowFrom(const QJsonObject &o)
{
    CategoryRow r;
    const QString style = o.value(QLatin1String("style")).toString();
    if (style == QLatin1String("grandTotal"))
        r.style = RowStyle::GrandTotal;
    else if (style == QLatin1String("total"))
        r.style = RowStyle::Total;
    else if (style == QLatin1String("subtotal"))
        r.style = RowStyle::Subtotal;
    else
        r.style = RowStyle::Leaf;
    for (const QJsonValue &l : o.value(QLatin1String("labels")).toArray())
        r.labels << spanFrom(l.toObject());
    r.select = filterFrom(o.value(QLatin1String("select")).toObject());
    r.unit = o.value(QLatin1String("unit")).toString();
    r.unitName = o.value(QLatin1String("name")).toString();
    return r;
}

QList<int> intList(const QJsonValue &v)
{
    QList<int> list;
    for (const QJsonValue &x : v.toArray())
        list << x.toInt();
    return list;
}

} // namespace

int FormDescription::gridColumnOf(int columnNumber) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).number == columnNumber)
            return labelColumnCount() + i;
    return -1;
}

const FormColumn *FormDescription::column(int number) const
{
    for (const FormColumn &c : columns)
        if (c.number == number)
            return &c;
    return nullptr;
}

QString FormDescription::title(int year) const
{
    return QString(titleTemplate).replace(QLatin1String("{year}"), QString::number(year));
}

QStringList FormDescription::notes(int year) const
{
    QStringList result;
    for (const QString &n : notesTemplate)
        result << QString(n).replace(QLatin1String("{year}"), QString::number(year));
    return result;
}

QList<SpanCell> FormDescription::headerCells() const
{
    QList<SpanCell> cells = header;
    for (int i = 0; i < columns.size(); ++i)
        cells << SpanCell{headerRows() - 1, labelColumnCount() + i, 1, 1,
                          columnCaption.arg(columns.at(i).number)};
    return cells;
}

QList<CategoryRow> FormDescription::categoryUnits() const
{
    QList<CategoryRow> units;
    for (const CategoryRow &r : rows)
        if (!r.unit.isEmpty())
            units << r;
    return units << extraUnits;
}

Status FormDescription::fromJson(const QByteArray &json, FormDescription *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return Status::failure(tr("表格描述无法解析：%1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    FormDescription d;
    d.number = o.value(QLatin1String("number")).toInt();
    d.attachment = o.value(QLatin1String("attachment")).toString();
    d.titleTemplate = o.value(QLatin1String("title")).toString();
    d.layout = o.value(QLatin1String("layout")).toString() == QLatin1String("categories") ? Layout::Categories : Layout::Units;
    d.unitSource = o.value(QLatin1String("units")).toString() == QLatin1String("categories") ? UnitSource::Categories
                                                                                             : UnitSource::Institutions;
    for (const QJsonValue &v : o.value(QLatin1String("labelColumns")).toArray()) {
        FormColumn c;
        c.label = v.toObject().value(QLatin1String("header")).toString();
        c.width = v.toObject().value(QLatin1String("width")).toDouble(8);
        c.kind = ColumnKind::Text;
        d.labelColumns << c;
    }
    d.columnCaption = o.value(QLatin1String("columnCaption")).toString(QStringLiteral("%1"));
    for (const QJsonValue &v : o.value(QLatin1String("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        FormColumn col;
        col.number = c.value(QLatin1String("number")).toInt();
        col.label = c.value(QLatin1String("label")).toString();
        col.group = c.value(QLatin1String("group")).toString();
        const QString kind = c.value(QLatin1String("kind")).toString();
        col.kind = kind == QLatin1String("amount") ? ColumnKind::Amount
                 : kind == QLatin1String("text")   ? ColumnKind::Text
                                                   : ColumnKind::Count;
        col.width = c.value(QLatin1String("width")).toDouble(8);
        col.derived = c.value(QLatin1String("derived")).toString();
        const QJsonObject ledger = c.value(QLatin1String("ledger")).toObject();
        col.ledger.measure = ledger.value(QLatin1String("measure")).toString();
        col.ledger.group = ledger.value(QLatin1String("group")).toString();
        col.ledger.campaignScope = ledger.value(QLatin1String("scope")).toString() == QLatin1String("campaign");
        d.columns << col;
    }
    for (const QJsonValue &v : o.value(QLatin1String("header")).toArray())
        d.header << spanFrom(v.toObject());
    for (const QJsonValue &v : o.value(QLatin1String("rows")).toArray())
        d.rows << rowFrom(v.toObject());
    for (const QJsonValue &v : o.value(QLatin1String("extraUnits")).toArray())
        d.extraUnits << rowFrom(v.toObject());
    d.totalLabel = o.value(QLatin1String("totalLabel")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("signature")).toArray())
        d.signature << v.toString();
    d.notesHeading = o.value(QLatin1String("notesHeading")).toString();
    d.notesInline = o.value(QLatin1String("notesInline")).toBool();
    d.notesParagraph = o.value(QLatin1String("notesParagraph")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("notes")).toArray())
        d.notesTemplate << v.toString();
    for (const QJsonValue &v : o.value(QLatin1String("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        FormRule rule;
        rule.id = r.value(QLatin1String("id")).toString();
        const QString type = r.value(QLatin1String("type")).toString();
        rule.type = type == QLatin1String("eq")        ? FormRule::Type::Equal
                  : type == QLatin1String("implies")   ? FormRule::Type::Implies
                                                       : FormRule::Type::LessOrEqual;
        rule.left = intList(r.value(QLatin1String("left")));
        rule.right = intList(r.value(QLatin1String("right")));
        rule.severity = r.value(QLatin1String("severity")).toString() == QLatin1String("warning")
                            ? FormRule::Severity::Warning : FormRule::Severity::Error;
        rule.message = r.value(QLatin1String("message")).toString();
        d.rules << rule;
    }
    if (d.number < 1 || d.columns.isEmpty() || d.labelColumns.isEmpty())
        return Status::failure(tr("表格描述不完整（缺少编号、栏目或项目列）。"));
    for (const FormColumn &c : d.columns)
        if (!c.ledger.measure.isEmpty() && (!c.isNumeric() || c.ledger.group.isEmpty()))
            return Status::failure(tr("%1第%2栏由台账计算，但不是数字栏或缺少台账分组。").arg(d.attachment).arg(c.number));
    for (const FormRule &rule : d.rules)
        for (int c : rule.left + rule.right)
            if (!d.column(c))
                return Status::failure(tr("%1 的校验规则 %2 引用了不存在的第%3栏。").arg(d.attachment, rule.id).arg(c));
    *out = d;
    return Status::success();
}

namespace FormCatalog {

const FormDescription &form(int number)
{
    // Loaded once; the descriptions are compiled into the program, so a failure is a
    // build defect and is caught by the tests that load every form.
    static const QList<FormDescription> forms = [] {
        QList<FormDescription> list;
        for (int n : {1, 2, 3}) {
            QFile f(QStringLiteral(":/qingfeng/forms/descriptions/form%1.json").arg(n));
            FormDescription d;
            if (f.open(QIODevice::ReadOnly)) {
                const Status s = FormDescription::fromJson(f.readAll(), &d);
                if (!s)
                    qWarning("form %d: %s", n, qPrintable(s.message()));
            }
            list << d;
        }
        return list;
    }();
    Q_ASSERT(number >= 1 && number <= forms.size());
    return forms.at(qBound(1, number, int(forms.size())) - 1);
}

QList<int> numbers()
{
    return {1, 2, 3};
}

} // namespace FormCatalog

} // namespace qf
