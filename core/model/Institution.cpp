// SPDX-License-Identifier: GPL-3.0-or-later
#include "Institution.h"

#include "NameKey.h"

#include <QRegularExpression>
#include <utility>

namespace qf {

bool Institution::isActiveIn(const YearMonth &month) const
{
    if (!active && !activeUntil.isValid())
        return false;
    if (activeFrom.isValid() && activeFrom > month.lastDay())
        return false;
    if (activeUntil.isValid() && activeUntil < month.firstDay())
        return false;
    return true;
}

Status Institution::validate() const
{
    Status status;
    // A newline or NUL in a name breaks every list, file name and form it appears in, and
    // a line separator can make one name look like two: no registry field may hold one.
    const std::pair<QString, const QString *> fields[] = {
        {tr("名称"), &name},           {tr("简称"), &shortName},     {tr("乡镇"), &township},
        {tr("举报电话"), &reportPhone}, {tr("举报邮箱"), &reportEmail}, {tr("联系人"), &contactPerson},
        {tr("联系电话"), &contactPhone},
    };
    for (const auto &[label, text] : fields) {
        const QString value = text->trimmed();
        const qsizetype at = NameKey::controlCharacterAt(value);
        if (at >= 0)
            status.add(tr("%1含有控制字符（第%2个字符，U+%3），请删除。")
                           .arg(label)
                           .arg(at + 1)
                           .arg(QString::number(value.at(at).unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
    }
    if (name.trimmed().isEmpty())
        status.add(tr("名称不能为空。"));
    else if (NameKey::of(name).isEmpty())
        status.add(tr("名称只有空格或不可见的字符，请填写机构的名称。"));
    else if (name.trimmed().size() > 100)
        status.add(tr("名称过长（最多100个字）。"));
    static const QRegularExpression phone(QStringLiteral(u"^[0-9+()（）\\-－—\\s、,，/转]{5,40}$"));
    if (!reportPhone.trimmed().isEmpty() && !phone.match(reportPhone.trimmed()).hasMatch())
        status.add(tr("举报电话“%1”不是有效的电话号码。").arg(reportPhone));
    if (!contactPhone.trimmed().isEmpty() && !phone.match(contactPhone.trimmed()).hasMatch())
        status.add(tr("联系电话“%1”不是有效的电话号码。").arg(contactPhone));
    if (!reportEmail.trimmed().isEmpty()) {
        static const QRegularExpression email(QStringLiteral(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(reportEmail.trimmed()).hasMatch())
            status.add(tr("举报邮箱“%1”不是有效的电子邮箱地址。").arg(reportEmail));
    }
    if (activeFrom.isValid() && activeUntil.isValid() && activeUntil < activeFrom)
        status.add(tr("停业日期（%1）早于开业日期（%2）。")
                       .arg(activeUntil.toString(Qt::ISODate), activeFrom.toString(Qt::ISODate)));
    return status;
}

QString ownershipLabel(Ownership o)
{
    return o == Ownership::Public ? QStringLiteral(u"公立") : QStringLiteral(u"民营");
}

QString levelLabel(Level l)
{
    switch (l) {
    case Level::Tertiary: return QStringLiteral(u"三级");
    case Level::Secondary: return QStringLiteral(u"二级");
    case Level::PrimaryOrBelow: break;
    }
    return QStringLiteral(u"一级及以下");
}

QString kindLabel(InstitutionKind k)
{
    return k == InstitutionKind::Medical ? QStringLiteral(u"医疗机构") : QStringLiteral(u"定点零售药店");
}

QString yesNoLabel(bool b)
{
    return b ? QStringLiteral(u"是") : QStringLiteral(u"否");
}

bool parseOwnership(const QString &text, Ownership *out)
{
    const QString t = text.trimmed();
    if (t == u"公立" || t == u"公立医院" || t == u"公办") { *out = Ownership::Public; return true; }
    if (t == u"民营" || t == u"民营医院" || t == u"私立" || t == u"民办") { *out = Ownership::Private; return true; }
    return false;
}

bool parseLevel(const QString &text, Level *out)
{
    const QString t = text.trimmed();
    if (t == u"三级" || t.startsWith(u"三级")) { *out = Level::Tertiary; return true; }
    if (t == u"二级" || t.startsWith(u"二级")) { *out = Level::Secondary; return true; }
    if (t == u"一级及以下" || t.startsWith(u"一级") || t == u"未定级" || t == u"其他") { *out = Level::PrimaryOrBelow; return true; }
    return false;
}

bool parseKind(const QString &text, InstitutionKind *out)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == u"医疗机构") { *out = InstitutionKind::Medical; return true; }
    if (t == u"定点零售药店" || t == u"零售药店" || t == u"药店" || t == u"医药机构" || t == u"其他医药机构") {
        *out = InstitutionKind::Pharmacy;
        return true;
    }
    return false;
}

bool parseYesNo(const QString &text, bool *out)
{
    const QString t = text.trimmed();
    if (t == u"是" || t == u"定点" || t.compare(u"yes", Qt::CaseInsensitive) == 0 || t == u"1" || t == u"Y" || t == u"y") { *out = true; return true; }
    if (t == u"否" || t == u"非定点" || t.compare(u"no", Qt::CaseInsensitive) == 0 || t == u"0" || t == u"N" || t == u"n") { *out = false; return true; }
    return false;
}

QString ownershipName(Ownership o)
{
    return o == Ownership::Public ? Institution::tr("公立") : Institution::tr("民营");
}

QString levelName(Level l)
{
    switch (l) {
    case Level::Tertiary: return Institution::tr("三级");
    case Level::Secondary: return Institution::tr("二级");
    case Level::PrimaryOrBelow: break;
    }
    return Institution::tr("一级及以下");
}

QString kindName(InstitutionKind k)
{
    return k == InstitutionKind::Medical ? Institution::tr("医疗机构") : Institution::tr("定点零售药店");
}

} // namespace qf
