// SPDX-License-Identifier: GPL-3.0-or-later
#include "Campaign.h"

#include "NameKey.h"

namespace qf {

QString deliverableName(Deliverable d)
{
    switch (d) {
    case Deliverable::Form1: return Deadline::tr("附件1 统计表（一）");
    case Deliverable::Form2: return Deadline::tr("附件2 统计表（二）");
    case Deliverable::Form3: return Deadline::tr("附件3 统计表（三）");
    case Deliverable::Summary: return Deadline::tr("工作总结");
    case Deliverable::Report: break;
    }
    return Deadline::tr("专题报告");
}

QDate Deadline::dueFor(const YearMonth &period) const
{
    if (recurrence == Recurrence::Once)
        return dueDate;
    const QDate firstOfNext = period.next().firstDay();
    return QDate(firstOfNext.year(), firstOfNext.month(), qMin(dayOfMonth, firstOfNext.daysInMonth()));
}

QList<YearMonth> Deadline::periods() const
{
    QList<YearMonth> result;
    if (recurrence == Recurrence::Once) {
        result << YearMonth::fromDate(dueDate);
        return result;
    }
    if (!firstPeriod.isValid() || !lastPeriod.isValid())
        return result;
    for (YearMonth m = firstPeriod; m <= lastPeriod; m = m.next())
        result << m;
    return result;
}

QString Deadline::describe() const
{
    const QString who = reporter == Reporter::Institutions ? tr("各医疗机构") : reporterOffice;
    const QString to = recipientOffice.isEmpty() ? QString() : tr("报至%1").arg(recipientOffice);
    if (recurrence == Recurrence::Monthly)
        return tr("%1每月%2日前%3%4（%5—%6）")
            .arg(who).arg(dayOfMonth).arg(to, deliverableName(deliverable),
                                           firstPeriod.toChinese(), lastPeriod.toChinese());
    return tr("%1于%2前%3%4").arg(who, dueDate.toString(QStringLiteral("yyyy-MM-dd")), to, deliverableName(deliverable));
}

YearMonth Campaign::firstPeriod() const
{
    YearMonth first;
    for (const Deadline &d : deadlines) {
        if (d.recurrence == Deadline::Recurrence::Monthly && d.firstPeriod.isValid()
            && (!first.isValid() || d.firstPeriod < first))
            first = d.firstPeriod;
    }
    return first.isValid() ? first : YearMonth::fromDate(start);
}

YearMonth Campaign::lastPeriod() const
{
    YearMonth last;
    for (const Deadline &d : deadlines) {
        if (d.recurrence == Deadline::Recurrence::Monthly && d.lastPeriod.isValid()
            && (!last.isValid() || d.lastPeriod > last))
            last = d.lastPeriod;
    }
    return last.isValid() ? last : YearMonth::fromDate(end);
}

QList<YearMonth> Campaign::reportingPeriods() const
{
    QList<YearMonth> result;
    const YearMonth first = firstPeriod();
    const YearMonth last = lastPeriod();
    if (!first.isValid() || !last.isValid())
        return result;
    for (YearMonth m = first; m <= last; m = m.next())
        result << m;
    return result;
}

const Phase *Campaign::phaseOn(const QDate &day) const
{
    // When phases overlap (a month of hand-over), the later phase is the current one.
    const Phase *found = nullptr;
    for (const Phase &p : phases)
        if (p.contains(day))
            found = &p;
    return found;
}

namespace {

// A field with a character that breaks a line, a list or a file name where one line is
// meant, or that turns the printed text around (a bidi override in the title of the notice):
// what the bureau prints must be what it typed. `lines`: a text of several lines (主送, the
// notice's body, a phase's description), where only the directional controls are refused.
void checkCharacters(Status &status, const QString &label, const QString &value, bool lines = false)
{
    const qsizetype at = lines ? NameKey::directionControlAt(value) : NameKey::controlCharacterAt(value);
    if (at >= 0)
        status.add(Campaign::tr("%1“%2”含有控制字符（第%3个字符，U+%4），请删除。")
                       .arg(label, QString(value).remove(at, 1).left(40))
                       .arg(at + 1)
                       .arg(QString::number(value.at(at).unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
}

} // namespace

Status Campaign::validate() const
{
    Status status;
    const std::pair<QString, const QString *> fields[] = {
        {tr("专项整治名称"), &title}, {tr("文号"), &docNumber},      {tr("发文机关"), &issuingBody},
        {tr("县（区）名称"), &county}, {tr("市名称"), &city},        {tr("卫健局电话"), &bureauPhone},
        {tr("卫健局邮箱"), &bureauEmail}, {tr("市卫健委电话"), &cityPhone}, {tr("市卫健委邮箱"), &cityEmail},
    };
    for (const auto &[label, text] : fields)
        checkCharacters(status, label, *text);
    checkCharacters(status, tr("主送"), addressees, true);
    checkCharacters(status, tr("通知正文"), noticeBody, true);
    for (const Office &o : offices) {
        checkCharacters(status, tr("股室名称"), o.name);
        checkCharacters(status, tr("股室邮箱"), o.email);
        checkCharacters(status, tr("股室电话"), o.phone);
    }
    for (const Phase &p : phases) {
        checkCharacters(status, tr("阶段名称"), p.name);
        checkCharacters(status, tr("阶段说明"), p.description, true);
    }
    for (const Deadline &d : deadlines)
        checkCharacters(status, tr("截止事项名称"), d.title);
    if (title.trimmed().isEmpty())
        status.add(tr("专项整治名称不能为空。"));
    if (county.trimmed().isEmpty())
        status.add(tr("县（区）名称不能为空。"));
    if (year < 2000 || year > 2100)
        status.add(tr("年度“%1”无效。").arg(year));
    if (!start.isValid() || !end.isValid()) {
        status.add(tr("开始日期和结束日期都必须填写。"));
        return status;
    }
    if (end < start)
        status.add(tr("结束日期（%1）早于开始日期（%2）。")
                       .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    if (start.year() != year && end.year() != year)
        status.add(tr("开始日期（%1）和结束日期（%2）都不在%3年内，请核对年度。")
                       .arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate)).arg(year));
    if (noticeDate.isValid() && noticeDate > end)
        status.add(tr("发文日期（%1）晚于结束日期（%2）。")
                       .arg(noticeDate.toString(Qt::ISODate), end.toString(Qt::ISODate)));

    QStringList officeNames;
    for (const Office &o : offices) {
        const QString name = o.name.trimmed();
        if (name.isEmpty())
            status.add(tr("股室名称不能为空。"));
        else if (officeNames.contains(name))
            status.add(tr("股室“%1”重复。").arg(name));
        officeNames << name;
    }

    const Phase *previous = nullptr;
    for (const Phase &p : phases) {
        if (p.name.trimmed().isEmpty())
            status.add(tr("阶段名称不能为空。"));
        if (!p.start.isValid() || !p.end.isValid()) {
            status.add(tr("阶段“%1”缺少起止日期。").arg(p.name));
            continue;
        }
        if (p.end < p.start)
            status.add(tr("阶段“%1”的结束日期（%2）早于开始日期（%3）。")
                           .arg(p.name, p.end.toString(Qt::ISODate), p.start.toString(Qt::ISODate)));
        if (p.start < start || p.end > end)
            status.add(tr("阶段“%1”（%2至%3）超出专项整治期间（%4至%5）。")
                           .arg(p.name, p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate),
                                start.toString(Qt::ISODate), end.toString(Qt::ISODate)));
        if (previous && previous->start.isValid() && previous->end.isValid()) {
            // Plans let one stage hand over to the next within a month or so; a stage that
            // starts before the previous one starts, or ends before it ends, is out of order.
            if (p.start < previous->start || p.end < previous->end)
                status.add(tr("阶段“%1”（%2至%3）与前一阶段“%4”（%5至%6）顺序颠倒或被其包含。")
                               .arg(p.name, p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate),
                                    previous->name, previous->start.toString(Qt::ISODate),
                                    previous->end.toString(Qt::ISODate)));
            else if (previous->end.daysTo(p.start) <= -62)
                status.add(tr("阶段“%1”与前一阶段“%2”重叠超过两个月，请核对日期。").arg(p.name, previous->name));
        }
        previous = &p;
    }

    for (const Deadline &d : deadlines) {
        if (d.title.trimmed().isEmpty())
            status.add(tr("截止事项名称不能为空。"));
        if (d.reporter == Reporter::Office) {
            if (d.reporterOffice.trimmed().isEmpty())
                status.add(tr("截止事项“%1”由股室报送，请填写报送股室。").arg(d.title));
            else if (!officeNames.isEmpty() && !officeNames.contains(d.reporterOffice.trimmed()))
                status.add(tr("截止事项“%1”的报送股室“%2”不在责任股室名单中。").arg(d.title, d.reporterOffice));
        }
        if (d.recurrence == Deadline::Recurrence::Once) {
            if (!d.dueDate.isValid())
                status.add(tr("截止事项“%1”缺少日期。").arg(d.title));
            else if (d.dueDate < start || d.dueDate > end)
                status.add(tr("截止事项“%1”的日期%2不在专项整治期间（%3至%4）内。")
                               .arg(d.title, d.dueDate.toString(Qt::ISODate), start.toString(Qt::ISODate),
                                    end.toString(Qt::ISODate)));
            continue;
        }
        if (d.dayOfMonth < 1 || d.dayOfMonth > 31)
            status.add(tr("截止事项“%1”的每月截止日“%2”无效。").arg(d.title).arg(d.dayOfMonth));
        if (!d.firstPeriod.isValid() || !d.lastPeriod.isValid() || d.lastPeriod < d.firstPeriod) {
            status.add(tr("截止事项“%1”的报送月份范围无效。").arg(d.title));
            continue;
        }
        if (d.firstPeriod.lastDay() < start)
            status.add(tr("截止事项“%1”从%2起报送，早于专项整治开始日期%3。")
                           .arg(d.title, d.firstPeriod.toChinese(), start.toString(Qt::ISODate)));
        const QDate lastDue = d.dueFor(d.lastPeriod);
        if (lastDue > end)
            status.add(tr("截止事项“%1”的最后一次报送（%2的报表，%3截止）晚于专项整治结束日期%4。")
                           .arg(d.title, d.lastPeriod.toChinese(), lastDue.toString(Qt::ISODate),
                                end.toString(Qt::ISODate)));
    }
    status.add(checkTrackable());
    return status;
}

Status Campaign::checkTrackable() const
{
    // A filing is known by deliverable, unit and month: two deadlines asking the same
    // reporter for the same deliverable of the same month could not be told apart.
    Status status;
    for (int a = 0; a < deadlines.size(); ++a) {
        const Deadline &x = deadlines.at(a);
        for (int b = a + 1; b < deadlines.size(); ++b) {
            const Deadline &y = deadlines.at(b);
            if (x.deliverable != y.deliverable || x.reporter != y.reporter
                || (x.reporter == Reporter::Office && x.reporterOffice.trimmed() != y.reporterOffice.trimmed()))
                continue;
            const QList<YearMonth> yPeriods = y.periods();
            for (const YearMonth &p : x.periods()) {
                if (!p.isValid() || !yPeriods.contains(p))
                    continue;
                const QString who = x.reporter == Reporter::Institutions ? tr("各医疗机构") : x.reporterOffice;
                status.add(tr("截止事项“%1”和“%2”都要求%3报送%4的%5，无法分别跟踪，请合并或调整月份。")
                               .arg(x.title, y.title, who, p.toChinese(), deliverableName(x.deliverable)));
                break;
            }
        }
    }
    return status;
}

} // namespace qf
