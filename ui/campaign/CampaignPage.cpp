// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignPage.h"

#include "CampaignEditorDialog.h"
#include "NewCampaignDialog.h"
#include "WorkPlanEditor.h"
#include "actions/CampaignActions.h"
#include "campaign/CampaignPosition.h"
#include "campaign/HolidayCalendar.h"
#include "campaign/SubmissionTracker.h"
#include "shell/BackgroundRead.h"
#include "shell/Session.h"
#include "tracking/StateStyle.h"
#include "widgets/DisabledReason.h"
#include "widgets/PhaseTimeline.h"
#include "widgets/ReadFailureBanner.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

CampaignPage::CampaignPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_today(QDate::currentDate())
{
    auto *pageTitle = new QLabel(tr("专项整治概览"));
    pageTitle->setObjectName(QStringLiteral("pageTitle"));
    m_selector = new QComboBox;
    m_selector->setMinimumContentsLength(30);
    m_create = new QPushButton(tr("按模板新建…"));
    m_create->setObjectName(QStringLiteral("newCampaignButton"));
    m_edit = new QPushButton(tr("编辑方案…"));
    m_edit->setObjectName(QStringLiteral("editCampaignButton"));
    m_edit->setToolTip(tr("修改名称、日期、工作阶段、责任股室和报送截止事项。"));

    auto *head = new QHBoxLayout;
    head->addWidget(pageTitle);
    head->addStretch();
    head->addWidget(new QLabel(tr("专项整治：")));
    head->addWidget(m_selector);
    head->addWidget(m_edit);
    head->addWidget(m_create);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("campaignTitle"));
    m_title->setWordWrap(true);
    m_facts = new QLabel;
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_position = new QLabel;
    m_position->setObjectName(QStringLiteral("positionBanner"));
    m_position->setWordWrap(true);

    m_guide = new GuidedStart;
    m_guide->hide();
    m_readFailure = new ReadFailureBanner;

    m_timelineBox = new QGroupBox(tr("工作步骤"));
    m_timeline = new PhaseTimeline;
    auto *timelineLayout = new QVBoxLayout(m_timelineBox);
    timelineLayout->addWidget(m_timeline);

    m_deadlineBox = new QGroupBox(tr("报送截止事项"));
    m_deadlines = new QTableWidget(0, 6);
    m_deadlines->setHorizontalHeaderLabels({tr("截止日期"), tr("事项"), tr("报送单位"), tr("报至"), tr("所属月份"), tr("状态")});
    m_deadlines->verticalHeader()->hide();
    m_deadlines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deadlines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deadlines->setAlternatingRowColors(true);
    m_deadlines->horizontalHeader()->setStretchLastSection(true);
    auto *deadlineLayout = new QVBoxLayout(m_deadlineBox);
    deadlineLayout->addWidget(m_deadlines);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_readFailure);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_position);
    layout->addWidget(m_guide);
    layout->addWidget(m_timelineBox);
    layout->addWidget(m_deadlineBox, 1);
    // Without a campaign the guide is the page: it keeps to the top.
    layout->addStretch(0);

    connect(m_selector, &QComboBox::activated, this, [this](int index) {
        m_session->setCampaignId(m_selector->itemData(index).toLongLong());
    });
    connect(m_create, &QPushButton::clicked, this, &CampaignPage::newCampaign);
    connect(m_guide, &GuidedStart::stepRequested, this, [this](GuidedStart::Step step) {
        if (step == GuidedStart::Campaign)
            newCampaign();
        else
            emit guidedStepRequested(step);
    });
    connect(m_edit, &QPushButton::clicked, this, &CampaignPage::editCampaign);
    connect(session, &Session::databaseOpened, this, &CampaignPage::reload);
    connect(session, &Session::campaignChanged, this, &CampaignPage::reload);
    // Filings change the overdue counts, the registry who owes them.
    connect(session, &Session::dataChanged, this, &CampaignPage::reload);
    reload();
}

void CampaignPage::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void CampaignPage::fillCampaigns(const QList<Campaign> &campaigns)
{
    m_selector->clear();
    for (const Campaign &c : campaigns) {
        QString label = tr("%1年 %2").arg(c.year).arg(c.title);
        if (c.demo)
            label += tr("（示例）");
        m_selector->addItem(label, c.id);
    }
    m_selector->setCurrentIndex(m_selector->findData(m_session->campaignId()));
    enableOrExplain(m_selector, m_selector->count() > 0, tr("还没有专项整治：按模板新建后在这里选择"));
}

void CampaignPage::reload()
{
    if (!m_session->isOpen())
        return;
    // Campaigns the database did not hand over are not "no campaign yet" (nor a reason to
    // offer the guided start): the page stays as it was under the banner.
    Status read;
    const QList<Campaign> campaigns = m_session->campaigns(&read);
    const auto campaign = m_session->campaign(&read);
    m_readFailure->showStatus(read);
    if (!read)
        return;
    fillCampaigns(campaigns);
    showCampaign(campaign ? *campaign : Campaign());
}

void CampaignPage::showCampaign(const Campaign &c)
{
    m_timeline->setCampaign(c, m_today);
    m_deadlines->setRowCount(0);
    // On a shared server the bureau plans the campaign; an institution's account reports.
    const bool institutionAccount = m_session->ownInstitutionId() != 0;
    const QString bureauOnly = tr("服务器上只有卫健局的账户可以新建和编辑专项整治");
    enableOrExplain(m_create, !institutionAccount, bureauOnly);
    enableOrExplain(m_edit, c.id != 0 && !institutionAccount,
                    institutionAccount ? bureauOnly : tr("还没有专项整治：先按模板新建"));
    // Without a campaign the facts, the coloured position bar, the phases and the due
    // dates have nothing to say.
    m_facts->setVisible(c.id != 0);
    m_position->setVisible(c.id != 0);
    m_timelineBox->setVisible(c.id != 0);
    m_deadlineBox->setVisible(c.id != 0);
    showGuide(c, false, false);
    if (c.id == 0) {
        m_title->setText(institutionAccount ? tr("还没有专项整治：卫健局新建后在这里显示。")
                                            : tr("还没有专项整治。按下面的三步开始。"));
        m_facts->clear();
        m_position->clear();
        return;
    }
    m_title->setText(c.title);
    QStringList offices;
    for (const Office &o : c.offices)
        offices << (o.email.isEmpty() ? o.name : tr("%1（%2）").arg(o.name, o.email));
    m_facts->setText(tr("文号：%1　　发文单位：%2　　期间：%3 至 %4\n责任股室：%5\n举报电话：%6　举报邮箱：%7　　市卫生健康委：%8　%9")
                         .arg(c.docNumber.isEmpty() ? tr("（未填）") : c.docNumber, c.issuingBody,
                              c.start.toString(QStringLiteral("yyyy-MM-dd")), c.end.toString(QStringLiteral("yyyy-MM-dd")),
                              offices.join(QStringLiteral("、")), c.bureauPhone, c.bureauEmail, c.cityPhone, c.cityEmail));

    // Per due date, who has filed: the same tracking the 报送跟踪 page shows. Counting it
    // goes over every unit and month, which takes seconds for a city's registry, so the
    // dates are shown now and the counts arrive from a worker thread.
    struct Due { QDate date; int index; YearMonth period; };
    QList<Due> dues;
    for (int i = 0; i < c.deadlines.size(); ++i)
        for (const YearMonth &period : c.deadlines.at(i).periods())
            dues << Due{c.deadlines.at(i).dueFor(period), i, period};
    std::stable_sort(dues.begin(), dues.end(), [](const Due &a, const Due &b) { return a.date < b.date; });

    m_dues.clear();
    const HolidayCalendar &calendar = HolidayCalendar::china();
    m_deadlines->setRowCount(int(dues.size()));
    int row = 0;
    for (const Due &d : dues) {
        const Deadline &deadline = c.deadlines.at(d.index);
        const QString who = deadline.reporter == Reporter::Institutions ? tr("各医疗机构") : deadline.reporterOffice;
        const QString period = deadline.recurrence == Deadline::Recurrence::Monthly ? d.period.label() : tr("—");
        const QStringList cells{d.date.toString(QStringLiteral("yyyy-MM-dd")), deadline.title, who,
                                deadline.recipientOffice, period, QString()};
        for (int col = 0; col < cells.size(); ++col)
            m_deadlines->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        m_dues << DueRow{d.date, QStringLiteral("%1|%2").arg(d.index).arg(d.period.toString()), calendar.isDayOff(d.date)
                                                                                                   ? calendar.note(d.date)
                                                                                                   : QString()};
        ++row;
    }
    m_trackingPending = true;
    m_position->setText(tr("正在统计报送情况…"));
    showDueStates({});
    m_deadlines->resizeColumnsToContents();

    const quint64 generation = ++m_trackingGeneration;
    const Campaign campaign = c;
    const QDate today = m_today;
    readInBackground<TrackingView>(
        this, m_session->database(),
        [campaign, today](Database &db, const Status &opened) {
            TrackingView view;
            view.status = opened;
            SubmissionTracker tracker;
            if (opened)
                view.status = SubmissionTracker::load(db, campaign.id, &tracker);
            if (!view.status)
                tracker = SubmissionTracker(campaign, {}, {});
            view.position = CampaignPosition::on(tracker, today).describe();
            for (const TrackedObligation &t : tracker.track(today)) {
                view.institutionFiled = view.institutionFiled || (t.isFiled() && t.obligation.institutionId != 0);
                view.counts[QStringLiteral("%1|%2").arg(t.obligation.deadlineIndex).arg(t.obligation.period.toString())].add(t.state);
            }
            return view;
        },
        [this, generation, campaign](const TrackingView &view) {
            // A newer campaign, day or database was asked for meanwhile: that one's counts follow.
            if (generation != m_trackingGeneration)
                return;
            m_trackingPending = false;
            showGuide(campaign, true, view.status && view.institutionFiled);
            m_position->setText(view.status ? view.position : tr("无法统计报送情况：%1").arg(view.status.message()));
            showDueStates(view.counts);
            emit trackingShown();
        });
}

void CampaignPage::showGuide(const Campaign &c, bool filedKnown, bool filed)
{
    // An institution's account on a server neither imports the registry nor opens campaigns.
    if (m_session->ownInstitutionId() != 0) {
        m_guide->hide();
        return;
    }
    Status counted;
    const bool registry = m_session->institutionCount(&counted) > 0;
    if (!counted) {
        // Which steps are done is not known: the guide waits rather than ask for a registry
        // the bureau already has.
        m_guide->hide();
        m_readFailure->showStatus(counted);
        return;
    }
    const bool campaign = c.id != 0;
    // Only the tracker's counts tell whether the last step is done: until they arrive the
    // guide stays as it was, so that it does not flash up on a campaign under way.
    if (registry && campaign && !filedKnown)
        return;
    m_guide->setDone(registry, campaign, filedKnown && filed);
    m_guide->setVisible(!m_guide->allDone());
}

void CampaignPage::showDueStates(const QHash<QString, TrackingCounts> &countsOf)
{
    for (int row = 0; row < m_dues.size() && row < m_deadlines->rowCount(); ++row) {
        const DueRow &d = m_dues.at(row);
        const TrackingCounts counts = countsOf.value(d.key);
        QString state;
        if (d.date <= m_today && m_trackingPending) {
            state = tr("统计中…");
        } else if (d.date < m_today) {
            state = tr("已过 · 已报 %1/%2").arg(counts.filed()).arg(counts.expected);
            if (counts.overdue)
                state += tr("，逾期未报 %1").arg(counts.overdue);
        } else if (d.date == m_today) {
            state = tr("今天截止 · 已报 %1/%2").arg(counts.filed()).arg(counts.expected);
        } else {
            state = tr("还有 %1 天").arg(m_today.daysTo(d.date));
        }
        if (!d.dayOffNote.isEmpty())
            state += tr("（截止日为%1，不顺延）").arg(d.dayOffNote);
        m_deadlines->item(row, 5)->setText(state);
        const bool overdue = counts.overdue && d.date < m_today;
        for (int col = 0; col < m_deadlines->columnCount(); ++col) {
            QTableWidgetItem *item = m_deadlines->item(row, col);
            item->setBackground(QBrush());
            item->setForeground(d.date < m_today && !overdue && !m_trackingPending ? palette().color(QPalette::PlaceholderText)
                                                                                  : palette().color(QPalette::Text));
        }
        if (overdue) {
            const StateStyle style = StateStyle::of(SubmissionState::Overdue);
            m_deadlines->item(row, 5)->setBackground(style.background);
            m_deadlines->item(row, 5)->setForeground(style.foreground);
        }
    }
}

void CampaignPage::newCampaign()
{
    NewCampaignDialog dialog(this);
    Campaign c;
    while (true) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Status s = dialog.build(&c);
        if (s)
            break;
        dialog.showError(s.message());
    }
    // The template gives the shape; the user checks dates, phases and deadlines before it is kept.
    if (editAndSave(c)) {
        m_session->notifyChanged(Session::Change::Campaigns);
        m_session->setCampaignId(c.id);
    }
}

void CampaignPage::editCampaign()
{
    auto campaign = m_session->campaign();
    if (!campaign)
        return;
    if (editAndSave(*campaign))
        m_session->notifyChanged(Session::Change::Campaigns);
}

bool CampaignPage::editAndSave(Campaign &campaign)
{
    CampaignEditorDialog editor(campaign, this);
    editor.setPosterRegistry(m_session->registry());
    editor.addWorkPlanTab(new WorkPlanEditor(m_session->database(), campaign));
    while (editor.exec() == QDialog::Accepted) {
        Campaign edited = editor.campaign();
        const Status s = CampaignActions::save(m_session->database(), edited);
        if (s) {
            campaign = edited;
            return true;
        }
        editor.showError(s.message());
    }
    return false;
}

} // namespace qf::ui
