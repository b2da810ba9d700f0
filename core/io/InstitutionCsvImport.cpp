// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstitutionCsvImport.h"

#include "DateText.h"
#include "forms/TextLimits.h"
#include "model/NameKey.h"
#include "xlsx/CellAddress.h"

#include <QFileInfo>
#include <QSet>

namespace qf {

QString InstitutionCsvImport::fieldHeader(Field f)
{
    switch (f) {
    case Name: return QStringLiteral(u"名称");
    case ShortName: return QStringLiteral(u"简称");
    case Ownership_: return QStringLiteral(u"所有制");
    case Level_: return QStringLiteral(u"等级");
    case Contracted: return QStringLiteral(u"医保定点");
    case Kind: return QStringLiteral(u"类别");
    case Township: return QStringLiteral(u"乡镇");
    case Phone: return QStringLiteral(u"举报电话");
    case Email: return QStringLiteral(u"举报邮箱");
    case Contact: return QStringLiteral(u"联系人");
    case ContactPhone: return QStringLiteral(u"联系电话");
    case OpenedOn: return QStringLiteral(u"开业日期");
    case FieldCount: break;
    }
    return {};
}

bool InstitutionCsvImport::isRequired(Field f)
{
    return f == Name || f == Ownership_ || f == Level_ || f == Contracted;
}

bool InstitutionCsvImport::fieldOf(const QString &headerCell, Field *field)
{
    static const QHash<QString, Field> synonyms{
        {QStringLiteral(u"机构名称"), Name},       {QStringLiteral(u"单位名称"), Name},
        {QStringLiteral(u"医疗机构名称"), Name},   {QStringLiteral(u"单位"), Name},
        {QStringLiteral(u"所有制形式"), Ownership_}, {QStringLiteral(u"性质"), Ownership_},
        {QStringLiteral(u"级别"), Level_},         {QStringLiteral(u"医院等级"), Level_},
        {QStringLiteral(u"是否医保定点"), Contracted}, {QStringLiteral(u"定点"), Contracted},
        {QStringLiteral(u"机构类别"), Kind},       {QStringLiteral(u"乡镇（街道）"), Township},
        {QStringLiteral(u"所在乡镇"), Township},    {QStringLiteral(u"电话"), Phone},
        {QStringLiteral(u"邮箱"), Email},          {QStringLiteral(u"电子邮箱"), Email},
        {QStringLiteral(u"联系人姓名"), Contact},  {QStringLiteral(u"联系人电话"), ContactPhone},
        {QStringLiteral(u"办公电话"), ContactPhone},  {QStringLiteral(u"开业时间"), OpenedOn},
        {QStringLiteral(u"成立日期"), OpenedOn},    {QStringLiteral(u"执业日期"), OpenedOn},
    };
    const QString h = headerCell.trimmed();
    for (int f = 0; f < FieldCount; ++f) {
        if (h == fieldHeader(Field(f))) {
            *field = Field(f);
            return true;
        }
    }
    const auto it = synonyms.constFind(h);
    if (it == synonyms.constEnd())
        return false;
    *field = *it;
    return true;
}

bool InstitutionCsvImport::isIgnoredHeader(const QString &headerCell)
{
    // 序号 numbers the rows of hand-kept registers; 状态 is what the registry export adds
    // (in use or closed), which changes through 停用/启用 only, so that an exported
    // workbook imports back as it is.
    const QString h = headerCell.trimmed();
    return h == u"序号" || h == u"状态";
}

QHash<InstitutionCsvImport::Field, int> InstitutionCsvImport::mapHeader(const QStringList &header)
{
    QHash<Field, int> mapping;
    for (int col = 0; col < header.size(); ++col) {
        Field f;
        if (fieldOf(header.at(col), &f) && !mapping.contains(f))
            mapping.insert(f, col);
    }
    return mapping;
}

Status InstitutionCsvImport::parse(const QString &fileName, const QList<CsvRecord> &records,
                                   const QHash<Field, int> &mapping, const QList<Institution> &existing,
                                   QList<Institution> *out, const QString &sheetName)
{
    Status status;
    if (records.isEmpty())
        return Status::failure(tr("%1：文件是空的。").arg(fileName));
    const QStringList &header = records.first().fields;
    auto rowPlace = [&](int line) {
        return sheetName.isEmpty() ? tr("%1 第%2行").arg(fileName).arg(line)
                                   : tr("%1 工作表“%2” 第%3行").arg(fileName, sheetName).arg(line);
    };
    auto cellPlace = [&](int line, int col) {
        return sheetName.isEmpty()
            ? tr("%1 第%2行第%3列（%4）").arg(fileName).arg(line).arg(col + 1).arg(header.value(col))
            : tr("%1 工作表“%2” %3（%4）").arg(fileName, sheetName, CellAddress::toString(line - 1, col), header.value(col));
    };
    // Every header cell must say where its column goes: a second column for the same
    // field, or one we do not know, would otherwise be dropped without a word.
    QHash<Field, int> firstColumn;
    for (int col = 0; col < header.size(); ++col) {
        const QString h = header.at(col).trimmed();
        Field f;
        if (h.isEmpty() || isIgnoredHeader(h))
            continue;
        if (!fieldOf(h, &f)) {
            QStringList known;
            for (int k = 0; k < FieldCount; ++k)
                known << fieldHeader(Field(k));
            status.add(tr("%1：无法识别的表头“%2”，可用的列为：%3。").arg(cellPlace(records.first().line, col), h,
                                                                         known.join(QStringLiteral(u"、"))));
        } else if (firstColumn.contains(f)) {
            const int first = firstColumn.value(f);
            const QString firstPlace = sheetName.isEmpty() ? tr("第%1列").arg(first + 1)
                                                           : CellAddress::toString(records.first().line - 1, first);
            status.add(tr("%1：与%2（%3）都是“%4”列，只能出现一次。")
                           .arg(cellPlace(records.first().line, col), firstPlace, header.at(first).trimmed(), fieldHeader(f)));
        } else {
            firstColumn.insert(f, col);
        }
    }
    for (int f = 0; f < FieldCount; ++f)
        if (isRequired(Field(f)) && !mapping.contains(Field(f)))
            status.add(tr("%1：缺少必填列“%2”。").arg(rowPlace(records.first().line), fieldHeader(Field(f))));
    if (!status)
        return status;

    // Names are matched by their NameKey: a look-alike is the same name.
    QHash<QString, Institution> byName;
    for (const Institution &i : existing)
        byName.insert(NameKey::of(i.name), i);

    QList<Institution> result;
    QSet<QString> seen;
    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        auto cell = [&](Field f) -> QString {
            const int col = mapping.value(f, -1);
            return col >= 0 && col < rec.fields.size() ? rec.fields.at(col).trimmed() : QString();
        };
        auto where = [&](Field f) { return cellPlace(rec.line, mapping.value(f)); };
        bool tooLong = false;
        for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
            if (const QString problem = TextLimits::problem(cell(it.key())); !problem.isEmpty()) {
                status.add(tr("%1：%2。").arg(where(it.key()), problem));
                tooLong = true;
            }
        }
        if (tooLong)
            continue;
        const QString name = cell(Name);
        if (name.isEmpty()) {
            status.add(tr("%1：名称不能为空。").arg(where(Name)));
            continue;
        }
        const QString key = NameKey::of(name);
        if (seen.contains(key)) {
            status.add(tr("%1：机构“%2”在文件中重复出现。").arg(where(Name), name));
            continue;
        }
        seen.insert(key);
        if (const auto known = byName.constFind(key); known != byName.constEnd() && known->name != name) {
            status.add(tr("%1：机构“%2”与名册中已有的“%3”只差不可见字符、全角半角或空格，视为重名。").arg(where(Name), name, known->name));
            continue;
        }

        Institution inst = byName.value(key);
        inst.name = name;
        if (!byName.contains(key))
            inst.kind = InstitutionKind::Medical;
        if (mapping.contains(ShortName))
            inst.shortName = cell(ShortName);
        if (!parseOwnership(cell(Ownership_), &inst.ownership))
            status.add(tr("%1：“%2”不是有效的所有制，应为“公立”或“民营”。").arg(where(Ownership_), cell(Ownership_)));
        if (!parseLevel(cell(Level_), &inst.level))
            status.add(tr("%1：“%2”不是有效的等级，应为“三级”“二级”或“一级及以下”。").arg(where(Level_), cell(Level_)));
        if (!parseYesNo(cell(Contracted), &inst.contracted))
            status.add(tr("%1：“%2”不是有效的医保定点标记，应为“是”或“否”。").arg(where(Contracted), cell(Contracted)));
        if (mapping.contains(Kind) && !parseKind(cell(Kind), &inst.kind))
            status.add(tr("%1：“%2”不是有效的类别，应为“医疗机构”或“定点零售药店”。").arg(where(Kind), cell(Kind)));
        if (mapping.contains(Township))
            inst.township = cell(Township);
        if (mapping.contains(Phone))
            inst.reportPhone = cell(Phone);
        if (mapping.contains(Email))
            inst.reportEmail = cell(Email);
        if (mapping.contains(Contact))
            inst.contactPerson = cell(Contact);
        if (mapping.contains(ContactPhone))
            inst.contactPhone = cell(ContactPhone);
        // The day it opened decides from which month it owes reports. Blank says nothing: an
        // institution already in the registry keeps its date, a new one has been open since
        // before any campaign (a county's first registry lists those that exist).
        if (mapping.contains(OpenedOn) && !cell(OpenedOn).isEmpty()) {
            const QDate opened = DateText::parseCell(cell(OpenedOn), !sheetName.isEmpty());
            if (opened.isValid())
                inst.activeFrom = opened;
            else
                status.add(tr("%1：“%2”不是有效的开业日期，应写成 YYYY-MM-DD（如 2021-07-01）。").arg(where(OpenedOn), cell(OpenedOn)));
        }
        const Status valid = inst.validate();
        for (const QString &m : valid.messages())
            status.add(tr("%1：%2").arg(rowPlace(rec.line), m));
        result << inst;
    }
    if (!status)
        return status;
    *out = result;
    return Status::success();
}

Status InstitutionCsvImport::parseFile(const QString &path, const QList<Institution> &existing, QList<Institution> *out)
{
    QList<CsvRecord> records;
    Status s = CsvReader::readFile(path, &records);
    if (!s)
        return s;
    const QString name = QFileInfo(path).fileName();
    if (records.isEmpty())
        return Status::failure(tr("%1：文件是空的。").arg(name));
    return parse(name, records, mapHeader(records.first().fields), existing, out);
}

} // namespace qf
