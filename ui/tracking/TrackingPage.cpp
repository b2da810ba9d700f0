// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrackingPage.h"

#include "ReminderDialog.h"
#include "StateStyle.h"
#include "SubmissionDialog.h"
#include "TrackingMatrixTable.h"
#include "campaign/ReminderList.h"
#include "mail/MailSendDialog.h"
#include "shell/Session.h"
#include "widgets/ShortDate.h"
#include "widgets/DisabledReason.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace qf::ui {

namespace {

enum Column { State, Unit, What, Recipient, Due, Filed, Days, Contact, Phone, Attachment, ColumnCount };
enum Filter { All, ToChase, Late, OnTime };

QString iso(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

QString card(const QString &caption, const QString &value, const StateStyle *style)
{
    const QString colors = style ? QStringLiteral("background:%1;color:%2;").arg(style->background.name(), style->foreground.name())
                                 : QStringLiteral("background:#eef2f7;color:#1f3a5f;");
    return QStringLiteral("<td style=\"%1 padding:6px 14px;\" align=\"center\"><span style=\"font-size:16pt;font-weight:bold\">%2"
                          "</span><br>%3</td>")
        .arg(colors, value.toHtmlEscaped(), caption.toHtmlEscaped());
}

} // namespace

TrackingPage::TrackingPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_today(QDate::currentDate())
{
    auto *title = new QLabel(tr("报送跟踪"));
    title->setObjectName(QStringLiteral("pageTitle"));
    m_campaign = new QLabel;
    m_campaign->setWordWrap(true);
    m_period = new QComboBox;
    m_period->setMinimumContentsLength(18);
    m_asOf = new QDateEdit(m_today);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setToolTip(tr("按这一天判断是否逾期：默认今天，也可查看过去某天的情况。"));
    m_record = new QPushButton(tr("登记报送…"));
    m_record->setToolTip(tr("登记股室上报的附件1、附件2，或工作总结、专题报告（可附文件）。医疗机构的统计表在录入或导入时自动登记。"));
    m_remind = new QPushButton(tr("催报名单…"));

    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(new QLabel(tr("报表月份：")));
    head->addWidget(m_period);
    head->addWidget(new QLabel(tr("统计截至：")));
    head->addWidget(m_asOf);
    head->addWidget(m_record);
    head->addWidget(m_remind);

    m_cards = new QLabel;
    m_cards->setTextFormat(Qt::RichText);
    m_dues = new QLabel;
    m_dues->setWordWrap(true);
    m_dues->setTextFormat(Qt::RichText);

    m_filter = new QComboBox;
    m_filter->addItem(tr("全部单位"), All);
    m_filter->addItem(tr("需催报（未报送、逾期未报）"), ToChase);
    m_filter->addItem(tr("逾期补报"), Late);
    m_filter->addItem(tr("按时报送"), OnTime);
    m_detail = new QTableWidget(0, ColumnCount);
    m_detail->setHorizontalHeaderLabels({tr("状态"), tr("单位"), tr("报送事项"), tr("报至"), tr("截止日期"), tr("报送日期"),
                                         tr("逾期天数"), tr("联系人"), tr("联系电话"), tr("附件")});
    m_detail->verticalHeader()->hide();
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_detail->setSelectionMode(QAbstractItemView::SingleSelection);
    m_detail->horizontalHeader()->setStretchLastSection(true);
    auto *detailPage = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPage);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("显示：")));
    filterRow->addWidget(m_filter);
    filterRow->addStretch();
    filterRow->addWidget(new QLabel(tr("“按时报送”指截止日当天或之前报送；“逾期补报”指截止日后报送，照常接收但不计按时。")));
    detailLayout->addLayout(filterRow);
    detailLayout->addWidget(m_detail);

    m_matrix = new TrackingMatrixTable;
    auto *matrixPage = new QWidget;
    auto *matrixLayout = new QVBoxLayout(matrixPage);
    auto *legend = new QLabel(tr("每格为该单位该月应报事项的情况：按时、补报（逾期后已报）、待报（未到截止日）、逾期（逾期未报）；"
                                 "“1/2”为已报/应报；“—”为该月无须报送（未开业或已停业）。"));
    legend->setWordWrap(true);
    matrixLayout->addWidget(legend);
    matrixLayout->addWidget(m_matrix);

    m_tabs = new QTabWidget;
    m_tabs->addTab(detailPage, tr("本月明细"));
    m_tabs->addTab(matrixPage, tr("单位 × 月份"));

    m_campaign->setObjectName(QStringLiteral("campaignTitle"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_campaign);
    layout->addWidget(m_cards);
    layout->addWidget(m_dues);
    layout->addWidget(m_tabs, 1);

    connect(m_period, &QComboBox::activated, this, &TrackingPage::showPeriod);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        m_today = d;
        m_todayChosen = true;
        m_matrix->setMatrix(m_tracker.matrix(m_today));
        showPeriod();
    });
    connect(m_filter, &QComboBox::activated, this, &TrackingPage::fillDetail);
    connect(m_detail, &QTableWidget::itemSelectionChanged, this, &TrackingPage::updateActions);
    connect(m_detail, &QTableWidget::cellDoubleClicked, this, &TrackingPage::recordSelected);
    connect(m_record, &QPushButton::clicked, this, &TrackingPage::recordSelected);
    connect(m_remind, &QPushButton::clicked, this, &TrackingPage::showReminders);
    connect(session, &Session::databaseOpened, this, &TrackingPage::reload);
    connect(session, &Session::campaignChanged, this, &TrackingPage::reload);
    connect(session, &Session::dataChanged, this, &TrackingPage::reload);
    reload();
}

void TrackingPage::setToday(const QDate &today)
{
    m_asOf->setDate(today);   // refreshes through dateChanged
    m_todayChosen = true;
}

void TrackingPage::setPeriod(const YearMonth &period)
{
    const int index = m_period->findData(period.toString());
    if (index >= 0) {
        m_period->setCurrentIndex(index);
        showPeriod();
    }
}

YearMonth TrackingPage::period() const
{
    return YearMonth::parse(m_period->currentData().toString());
}

void TrackingPage::reload()
{
    if (!m_session->isOpen())
        return;
    const Status s = SubmissionTracker::load(m_session->database(), m_session->campaignId(), &m_tracker);
    if (!s)
        m_tracker = SubmissionTracker();
    m_loadError = s ? QString() : s.message();
    const Campaign &c = m_tracker.campaign();
    // A finished campaign is judged as it stood when it ended, unless the user picks a day:
    // "overdue 1,800 days" says nothing a clerk can use.
    if (!m_todayChosen && c.end.isValid()) {
        const QDate judged = qMin(QDate::currentDate(), c.end);
        if (judged != m_today) {
            const QSignalBlocker block(m_asOf);
            m_asOf->setDate(judged);
            m_today = judged;
        }
    }
    fillPeriods();
    m_matrix->setMatrix(m_tracker.matrix(m_today));
    showPeriod();
}

void TrackingPage::fillPeriods()
{
    const YearMonth previous = period();
    m_period->clear();
    // Each month with the due dates of what it owes, so the choice reads as the plan does.
    QMap<QString, QList<QDate>> dues;
    for (const Obligation &o : m_tracker.obligations()) {
        QList<QDate> &list = dues[o.period.toString()];
        if (!list.contains(o.due))
            list << o.due;
    }
    for (const YearMonth &p : m_tracker.periods()) {
        QList<QDate> list = dues.value(p.toString());
        std::sort(list.begin(), list.end());
        QStringList days;
        for (const QDate &d : list)
            days << shortDate(d, m_today);
        m_period->addItem(days.isEmpty() ? p.label() : tr("%1（%2截止）").arg(p.label(), days.join(QStringLiteral("、"))),
                          p.toString());
    }
    const YearMonth wanted = m_tracker.periods().contains(previous) ? previous : m_tracker.defaultPeriod(m_today);
    m_period->setCurrentIndex(qMax(0, m_period->findData(wanted.toString())));
}

void TrackingPage::showPeriod()
{
    const Campaign &c = m_tracker.campaign();
    QString heading = m_loadError.isEmpty() ? tr("%1年 %2").arg(c.year).arg(c.title) : m_loadError;
    if (m_loadError.isEmpty() && m_today == c.end && QDate::currentDate() > c.end)
        heading += tr("（已于 %1 结束，按结束日统计）").arg(iso(c.end));
    m_campaign->setText(heading);

    m_rows = m_tracker.track(period(), m_today);
    // Whom to call first: overdue, then not yet filed, then late, then on time.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const TrackedObligation &a, const TrackedObligation &b) {
        return submissionStateSeverity(a.state) > submissionStateSeverity(b.state);
    });
    m_counts = SubmissionTracker::count(m_rows);

    const StateStyle onTime = StateStyle::of(SubmissionState::OnTime);
    const StateStyle late = StateStyle::of(SubmissionState::Late);
    const StateStyle pending = StateStyle::of(SubmissionState::Pending);
    const StateStyle overdue = StateStyle::of(SubmissionState::Overdue);
    const QString pct = QStringLiteral("%1%");
    m_cards->setText(QStringLiteral("<table cellspacing=\"6\"><tr>%1%2%3%4%5%6%7</tr></table>")
                         .arg(card(tr("应报"), QString::number(m_counts.expected), nullptr),
                              card(tr("按时报送"), QString::number(m_counts.onTime), &onTime),
                              card(tr("逾期补报"), QString::number(m_counts.late), &late),
                              card(tr("未报送（未到截止日）"), QString::number(m_counts.pending), &pending),
                              card(tr("逾期未报"), QString::number(m_counts.overdue), &overdue),
                              card(tr("完整率"), pct.arg(m_counts.completeness(), 0, 'f', 1), nullptr),
                              card(tr("按时率"), pct.arg(m_counts.timeliness(), 0, 'f', 1), nullptr)));

    // The month's due dates, with the days off marked but never moved.
    QMap<QDate, QStringList> byDue;
    QMap<QDate, QString> notes;
    for (const TrackedObligation &t : m_rows) {
        QStringList &titles = byDue[t.obligation.due];
        if (!titles.contains(t.obligation.deadlineTitle))
            titles << t.obligation.deadlineTitle;
        notes[t.obligation.due] = t.obligation.dueNote;
    }
    QStringList parts;
    for (auto it = byDue.cbegin(); it != byDue.cend(); ++it) {
        QString when = iso(it.key());
        if (!notes.value(it.key()).isEmpty())
            when += QStringLiteral("<span style=\"color:#a3001b\">") + tr("（%1，截止日不顺延）").arg(notes.value(it.key()))
                    + QStringLiteral("</span>");
        parts << tr("<b>%1</b>：%2").arg(when, it.value().join(QStringLiteral("、")).toHtmlEscaped());
    }
    m_dues->setText(parts.isEmpty() ? tr("本月没有报送事项。") : tr("截止日　") + parts.join(QStringLiteral("；　")));
    fillDetail();
}

void TrackingPage::fillDetail()
{
    const int filter = m_filter->currentData().toInt();
    m_detail->setRowCount(0);
    for (int i = 0; i < m_rows.size(); ++i) {
        const TrackedObligation &t = m_rows.at(i);
        const bool chase = t.state == SubmissionState::Pending || t.state == SubmissionState::Overdue;
        if ((filter == ToChase && !chase) || (filter == Late && t.state != SubmissionState::Late)
            || (filter == OnTime && t.state != SubmissionState::OnTime))
            continue;
        const Obligation &o = t.obligation;
        const int row = m_detail->rowCount();
        m_detail->insertRow(row);
        QString filed = t.filedOn.isValid() ? iso(t.filedOn) : QString();
        if (t.dateAssumed)
            filed += tr("（按录入日期）");
        const QString due = o.dueNote.isEmpty() ? iso(o.due) : tr("%1（%2）").arg(iso(o.due), o.dueNote);
        const QString days = t.daysLate > 0 ? (t.state == SubmissionState::Overdue ? tr("已逾期 %1 天") : tr("晚 %1 天")).arg(t.daysLate)
                                            : QString();
        const QStringList cells{submissionStateName(t.state), o.unitName, o.what(), o.recipientOffice, due, filed, days,
                                o.contactPerson, o.phone, t.hasFile ? tr("有") : QString()};
        const StateStyle style = StateStyle::of(t.state);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, i);
            if (c == State) {
                item->setBackground(style.background);
                item->setForeground(style.foreground);
                item->setTextAlignment(Qt::AlignCenter);
            }
            m_detail->setItem(row, c, item);
        }
        m_detail->item(row, What)->setToolTip(o.deadlineTitle);
    }
    m_detail->resizeColumnsToContents();
    updateActions();
}

const TrackedObligation *TrackingPage::selected() const
{
    const QList<QTableWidgetItem *> items = m_detail->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int index = items.first()->data(Qt::UserRole).toInt();
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

void TrackingPage::updateActions()
{
    const TrackedObligation *t = selected();
    enableOrExplain(m_record, t && !t->obligation.filedThroughReports(),
                    !t ? tr("先在下面的列表中选中一项报送事项")
                       : tr("月报表以导入或填报的报表为准，收到即记为已报，无需另行登记"));
    enableOrExplain(m_remind, m_counts.missing() > 0, m_tracker.campaign().id == 0 ? tr("还没有专项整治：先在“专项整治概览”中新建")
                                                                       : tr("所选月份没有未报的单位，无需催报"));
}

void TrackingPage::recordSelected()
{
    const TrackedObligation *t = selected();
    if (!t || t->obligation.filedThroughReports())
        return;
    SubmissionDialog dialog(m_session->database(), m_tracker.campaign().id, t->obligation, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->notifyChanged(Session::Change::Submissions);
}

QString TrackingPage::reminderHeading() const
{
    return tr("%1 催报名单（%2报送事项，截至%3）").arg(m_tracker.campaign().county, period().label(), iso(m_today));
}

QString TrackingPage::reminderText() const
{
    return ReminderList::build(m_rows, m_today).toText(reminderHeading());
}

void TrackingPage::showReminders()
{
    ReminderDialog dialog(reminderHeading(), ReminderList::build(m_rows, m_today), ReminderList::build(m_rows, m_today, false),
                          this);
    dialog.offerMail([this, &dialog] {
        MailSendDialog mail(m_session, MailSendDialog::Kind::Reminders, period(), m_today, &dialog);
        mail.exec();
    });
    dialog.exec();
}

} // namespace qf::ui
