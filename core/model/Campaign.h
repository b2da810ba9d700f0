// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Status.h"
#include "YearMonth.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace qf {

/// The forms and documents a deadline can ask for.
enum class Deliverable { Form1 = 1, Form2 = 2, Form3 = 3, Summary = 10, Report = 11 };
QString deliverableName(Deliverable d);

/// One stage of a campaign (自查自纠, 集中整治, 总结 …).
struct Phase
{
    qint64 id = 0;
    QString name;
    QDate start;
    QDate end;
    QString description;

    bool contains(const QDate &day) const { return day >= start && day <= end; }
};

/// A bureau office (股室) with a role in the campaign: it receives or files reports.
struct Office
{
    qint64 id = 0;
    QString name;     ///< 党建办, 医政体改和中医股 …
    QString email;
    QString phone;
};

/// Who owes a deliverable: every reporting institution, or one named office.
enum class Reporter { Institutions, Office };

/// A deadline as the plan writes it: "每月12日前报附件1" or "12月1日前报送工作总结".
/// A monthly deadline covers the periods firstPeriod..lastPeriod; the report for a
/// period is due on dayOfMonth of the month after it (the usual "每月X日前报上月").
struct Deadline
{
    Q_DECLARE_TR_FUNCTIONS(Deadline)
public:
    enum class Recurrence { Monthly, Once };

    qint64 id = 0;
    QString title;
    Deliverable deliverable = Deliverable::Form1;
    Reporter reporter = Reporter::Institutions;
    QString reporterOffice;        ///< when reporter == Office
    QString recipientOffice;       ///< 报至…
    Recurrence recurrence = Recurrence::Monthly;
    int dayOfMonth = 12;           ///< monthly: due before this day
    YearMonth firstPeriod;         ///< monthly
    YearMonth lastPeriod;          ///< monthly
    QDate dueDate;                 ///< once

    /// The due date of the report for a period (monthly) or the one date (once).
    QDate dueFor(const YearMonth &period) const;
    QList<YearMonth> periods() const;
    QString describe() const;
};

/// A campaign: one plan (方案) issued by a bureau notice, with phases and deadlines.
struct Campaign
{
    Q_DECLARE_TR_FUNCTIONS(Campaign)
public:
    qint64 id = 0;
    QString title;             ///< 鹿寨县医疗领域深入整治群众身边腐败和作风问题工作方案
    QString docNumber;         ///< 鹿卫医〔2021〕22号
    QString issuingBody;       ///< 鹿寨县卫生健康局
    QString county;            ///< 鹿寨县
    QString city;              ///< 柳州市
    int year = 0;
    QDate start;
    QDate end;
    QDate noticeDate;
    QString addressees;        ///< 主送
    QString noticeBody;
    QString bureauPhone;
    QString bureauEmail;
    QString cityPhone;
    QString cityEmail;
    QString templateName;
    bool demo = false;
    QList<Office> offices;
    QList<Phase> phases;
    QList<Deadline> deadlines;

    /// The months the statistics forms cover (from the first reporting period on).
    YearMonth firstPeriod() const;
    YearMonth lastPeriod() const;
    QList<YearMonth> reportingPeriods() const;
    const Phase *phaseOn(const QDate &day) const;
    /// Checks dates, phases, offices and deadlines; each message says what to fix.
    Status validate() const;

private:
    Status checkTrackable() const;
};

} // namespace qf
