// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineListEditor.h"

#include "campaign/HolidayCalendar.h"
#include "widgets/DateEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace qf::ui {

namespace {

enum Column { Title, What, From, To, Recurrence, Day, First, Last, Due, Summary };

const QList<Deliverable> &deliverables()
{
    static const QList<Deliverable> all{Deliverable::Form1, Deliverable::Form2, Deliverable::Form3, Deliverable::Summary,
                                        Deliverable::Report};
    return all;
}

} // namespace

DeadlineListEditor::DeadlineListEditor(QWidget *parent)
    : TableListEditor({tr("事项"), tr("材料"), tr("报送单位"), tr("报至"), tr("频次"), tr("每月截止日"), tr("起始月份"),
                       tr("结束月份"), tr("截止日期"), tr("生成的截止日")},
                      tr("添加截止事项"), parent)
{
    setColumnWidths({150, 136, 130, 130, 62, 98, 80, 80, 112});
}

void DeadlineListEditor::setDeadlines(const QList<Deadline> &deadlines, const QStringList &officeRows, int year)
{
    m_deadlines = deadlines;
    m_officeRows = officeRows;
    m_year = year;
    relink();
    rebuild();
}

void DeadlineListEditor::setOffices(const QStringList &officeRows)
{
    m_officeRows = officeRows;
    relink();
    rebuild();
}

void DeadlineListEditor::renameOffice(int row, const QString &to)
{
    for (int i = 0; i < m_deadlines.size(); ++i) {
        if (m_reporterRow.value(i, -1) == row && m_deadlines[i].reporter == Reporter::Office)
            m_deadlines[i].reporterOffice = to.trimmed();
        if (m_recipientRow.value(i, -1) == row)
            m_deadlines[i].recipientOffice = to.trimmed();
    }
    if (row >= 0 && row < m_officeRows.size())
        m_officeRows[row] = to.trimmed();
    rebuild();
}

void DeadlineListEditor::relink()
{
    m_reporterRow.clear();
    m_recipientRow.clear();
    for (const Deadline &d : m_deadlines) {
        const bool byOffice = d.reporter == Reporter::Office && !d.reporterOffice.isEmpty();
        m_reporterRow << (byOffice ? int(m_officeRows.indexOf(d.reporterOffice)) : -1);
        m_recipientRow << (d.recipientOffice.isEmpty() ? -1 : int(m_officeRows.indexOf(d.recipientOffice)));
    }
}

void DeadlineListEditor::removeItem(int row)
{
    m_deadlines.removeAt(row);
    m_reporterRow.removeAt(row);
    m_recipientRow.removeAt(row);
}

void DeadlineListEditor::moveItem(int from, int to)
{
    m_deadlines.move(from, to);
    m_reporterRow.move(from, to);
    m_recipientRow.move(from, to);
}

QStringList DeadlineListEditor::choices() const
{
    QStringList result;
    for (const QString &name : m_officeRows)
        if (!name.isEmpty() && !result.contains(name))
            result << name;
    return result;
}

void DeadlineListEditor::appendItem()
{
    Deadline d;
    d.title = tr("新截止事项");
    d.recurrence = Deadline::Recurrence::Monthly;
    d.dayOfMonth = 10;
    const int year = m_year ? m_year : QDate::currentDate().year();
    d.firstPeriod = YearMonth(year, 7);
    d.lastPeriod = YearMonth(year, 11);
    d.dueDate = QDate(year, 12, 1);
    d.recipientOffice = choices().value(0);
    m_deadlines << d;
    m_reporterRow << -1;
    m_recipientRow << int(m_officeRows.indexOf(d.recipientOffice));
}

QString DeadlineListEditor::dueSummary(const Deadline &d, QString *details) const
{
    const QList<YearMonth> periods = d.periods();
    if (periods.isEmpty())
        return tr("（月份范围无效）");
    const HolidayCalendar &cal = HolidayCalendar::china();
    const auto fmt = [](const QDate &date) { return date.toString(QStringLiteral("yyyy-MM-dd")); };
    QStringList all;
    int offDays = 0;
    for (const YearMonth &p : periods) {
        const QDate due = d.dueFor(p);
        const bool off = cal.isDayOff(due);
        offDays += off ? 1 : 0;
        all << (off ? tr("%1（%2，不顺延）").arg(fmt(due), cal.note(due)) : fmt(due));
    }
    if (details)
        *details = all.join(QLatin1Char('\n'));
    QString text = periods.size() == 1 ? fmt(d.dueFor(periods.first()))
                                       : tr("%1 起共 %2 次").arg(fmt(d.dueFor(periods.first()))).arg(periods.size());
    if (offDays == 1 && periods.size() == 1)
        text += tr("（%1）").arg(cal.note(d.dueFor(periods.first())));
    else if (offDays > 0)
        text += tr("，%1 次逢休息日").arg(offDays);
    return text;
}

void DeadlineListEditor::fillRow(int row)
{
    // The fields of the other recurrence get values near the ones in use, so that switching
    // between monthly and once shows (and stores) dates that make sense.
    Deadline &d = m_deadlines[row];
    const int year = m_year ? m_year : QDate::currentDate().year();
    if (d.recurrence == Deadline::Recurrence::Monthly && !d.dueDate.isValid() && d.lastPeriod.isValid())
        d.dueDate = d.dueFor(d.lastPeriod);
    if (!d.dueDate.isValid())
        d.dueDate = QDate(year, 12, 1);
    if (!d.firstPeriod.isValid())
        d.firstPeriod = YearMonth::fromDate(d.dueDate).previous();
    if (!d.lastPeriod.isValid())
        d.lastPeriod = d.firstPeriod;
    auto *title = new QLineEdit(d.title);
    auto *what = new QComboBox;
    for (Deliverable v : deliverables())
        what->addItem(deliverableName(v), int(v));
    what->setCurrentIndex(what->findData(int(d.deliverable)));
    auto *from = new QComboBox;
    from->addItem(tr("各医疗机构"), QString());
    const QStringList offices = choices();
    for (const QString &office : offices)
        from->addItem(office, office);
    if (d.reporter == Reporter::Office && from->findData(d.reporterOffice) < 0)
        from->addItem(d.reporterOffice, d.reporterOffice);   // kept visible so validation can name it
    from->setCurrentIndex(d.reporter == Reporter::Office ? from->findData(d.reporterOffice) : 0);
    auto *to = new QComboBox;
    to->setEditable(true);
    to->setMinimumContentsLength(8);
    to->addItems(offices);
    to->setCurrentText(d.recipientOffice);
    auto *recurrence = new QComboBox;
    recurrence->addItem(tr("每月"));
    recurrence->addItem(tr("一次"));
    recurrence->setCurrentIndex(d.recurrence == Deadline::Recurrence::Monthly ? 0 : 1);
    auto *day = new QSpinBox;
    day->setRange(1, 31);
    day->setValue(qBound(1, d.dayOfMonth, 31));
    day->setPrefix(tr("次月"));
    day->setSuffix(tr("日前"));
    auto *first = dateEditor(d.firstPeriod.isValid() ? d.firstPeriod.firstDay() : QDate(), QStringLiteral("yyyy-MM"));
    auto *last = dateEditor(d.lastPeriod.isValid() ? d.lastPeriod.firstDay() : QDate(), QStringLiteral("yyyy-MM"));
    auto *due = dateEditor(d.dueDate, QStringLiteral("yyyy-MM-dd"));
    auto *summary = new QLabel;

    place(row, Title, title);
    place(row, What, what);
    place(row, From, from);
    place(row, To, to);
    place(row, Recurrence, recurrence);
    place(row, Day, day);
    place(row, First, first);
    place(row, Last, last);
    place(row, Due, due);
    place(row, Summary, summary);
    updateRow(row);

    const auto edited = [this, row] {
        updateRow(row);
        emit changed();
    };
    connect(title, &QLineEdit::textChanged, this, [this, row, edited](const QString &t) { m_deadlines[row].title = t; edited(); });
    connect(what, &QComboBox::activated, this, [this, row, what, edited] {
        m_deadlines[row].deliverable = Deliverable(what->currentData().toInt());
        edited();
    });
    connect(from, &QComboBox::activated, this, [this, row, from, edited] {
        const QString office = from->currentData().toString();
        m_deadlines[row].reporter = office.isEmpty() ? Reporter::Institutions : Reporter::Office;
        m_deadlines[row].reporterOffice = office;
        m_reporterRow[row] = office.isEmpty() ? -1 : int(m_officeRows.indexOf(office));
        edited();
    });
    connect(to, &QComboBox::currentTextChanged, this, [this, row, edited](const QString &t) {
        m_deadlines[row].recipientOffice = t.trimmed();
        m_recipientRow[row] = t.trimmed().isEmpty() ? -1 : int(m_officeRows.indexOf(t.trimmed()));
        edited();
    });
    connect(recurrence, &QComboBox::activated, this, [this, row, edited](int index) {
        m_deadlines[row].recurrence = index == 0 ? Deadline::Recurrence::Monthly : Deadline::Recurrence::Once;
        edited();
    });
    connect(day, &QSpinBox::valueChanged, this, [this, row, edited](int v) { m_deadlines[row].dayOfMonth = v; edited(); });
    connect(first, &QDateEdit::dateChanged, this, [this, row, edited](const QDate &v) {
        m_deadlines[row].firstPeriod = YearMonth::fromDate(v);
        edited();
    });
    connect(last, &QDateEdit::dateChanged, this, [this, row, edited](const QDate &v) {
        m_deadlines[row].lastPeriod = YearMonth::fromDate(v);
        edited();
    });
    connect(due, &QDateEdit::dateChanged, this, [this, row, edited](const QDate &v) { m_deadlines[row].dueDate = v; edited(); });
}

void DeadlineListEditor::updateRow(int row)
{
    const Deadline &d = m_deadlines.at(row);
    const bool monthly = d.recurrence == Deadline::Recurrence::Monthly;
    for (int c : {int(Day), int(First), int(Last)})
        if (QWidget *w = table()->cellWidget(row, c))
            w->setEnabled(monthly);
    if (QWidget *w = table()->cellWidget(row, Due))
        w->setEnabled(!monthly);
    if (auto *summary = qobject_cast<QLabel *>(table()->cellWidget(row, Summary))) {
        QString details;
        summary->setText(dueSummary(d, &details));
        summary->setToolTip(details);
    }
}

} // namespace qf::ui
