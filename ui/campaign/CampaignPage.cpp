// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignPage.h"

#include "NewCampaignDialog.h"
#include "shell/Session.h"
#include "storage/CampaignRepository.h"
#include "widgets/PhaseTimeline.h"

#include <QComboBox>
#include <QGroupBox>
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
    auto *create = new QPushButton(tr("按模板新建…"));

    auto *head = new QHBoxLayout;
    head->addWidget(pageTitle);
    head->addStretch();
    head->addWidget(new QLabel(tr("专项整治：")));
    head->addWidget(m_selector);
    head->addWidget(create);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("campaignTitle"));
    m_title->setWordWrap(true);
    m_facts = new QLabel;
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_position = new QLabel;
    m_position->setObjectName(QStringLiteral("positionBanner"));
    m_position->setWordWrap(true);

    auto *timelineBox = new QGroupBox(tr("工作步骤"));
    m_timeline = new PhaseTimeline;
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timeline);

    auto *deadlineBox = new QGroupBox(tr("报送截止事项"));
    m_deadlines = new QTableWidget(0, 6);
    m_deadlines->setHorizontalHeaderLabels({tr("截止日期"), tr("事项"), tr("报送单位"), tr("报至"), tr("所属月份"), tr("状态")});
    m_deadlines->verticalHeader()->hide();
    m_deadlines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deadlines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deadlines->setAlternatingRowColors(true);
    m_deadlines->horizontalHeader()->setStretchLastSection(true);
    auto *deadlineLayout = new QVBoxLayout(deadlineBox);
    deadlineLayout->addWidget(m_deadlines);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_position);
    layout->addWidget(timelineBox);
    layout->addWidget(deadlineBox, 1);

    connect(m_selector, &QComboBox::activated, this, [this](int index) {
        m_session->setCampaignId(m_selector->itemData(index).toLongLong());
    });
    connect(create, &QPushButton::clicked, this, &CampaignPage::newCampaign);
    connect(session, &Session::databaseOpened, this, &CampaignPage::reload);
    connect(session, &Session::campaignChanged, this, &CampaignPage::reload);
    connect(session, &Session::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("campaigns"))
            reload();
    });
    reload();
}

void CampaignPage::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void CampaignPage::fillCampaigns()
{
    m_selector->clear();
    for (const Campaign &c : CampaignRepository(m_session->database()).list()) {
        QString label = tr("%1年 %2").arg(c.year).arg(c.title);
        if (c.demo)
            label += tr("（示例）");
        m_selector->addItem(label, c.id);
    }
    m_selector->setCurrentIndex(m_selector->findData(m_session->campaignId()));
}

void CampaignPage::reload()
{
    if (!m_session->isOpen())
        return;
    fillCampaigns();
    const auto campaign = CampaignRepository(m_session->database()).load(m_session->campaignId());
    showCampaign(campaign ? *campaign : Campaign());
}

void CampaignPage::showCampaign(const Campaign &c)
{
    m_timeline->setCampaign(c, m_today);
    m_deadlines->setRowCount(0);
    if (c.id == 0) {
        m_title->setText(tr("还没有专项整治。点击“按模板新建…”开始。"));
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

    // Where today stands: current phase and the next deadline.
    struct Due { QDate date; const Deadline *deadline; YearMonth period; };
    QList<Due> dues;
    for (const Deadline &d : c.deadlines)
        for (const YearMonth &period : d.periods())
            dues << Due{d.dueFor(period), &d, period};
    std::sort(dues.begin(), dues.end(), [](const Due &a, const Due &b) { return a.date < b.date; });

    QString position;
    if (m_today < c.start)
        position = tr("专项整治将于 %1 开始（还有 %2 天）。").arg(c.start.toString(QStringLiteral("yyyy-MM-dd"))).arg(m_today.daysTo(c.start));
    else if (m_today > c.end)
        position = tr("专项整治已于 %1 结束。").arg(c.end.toString(QStringLiteral("yyyy-MM-dd")));
    else if (const Phase *p = c.phaseOn(m_today))
        position = tr("今天（%1）处于“%2”阶段。").arg(m_today.toString(QStringLiteral("yyyy-MM-dd")), p->name);
    const auto next = std::find_if(dues.cbegin(), dues.cend(), [this](const Due &d) { return d.date >= m_today; });
    if (next != dues.cend())
        position += tr("　下一个截止日：%1（%2，还有 %3 天）。")
                        .arg(next->date.toString(QStringLiteral("yyyy-MM-dd")), next->deadline->title)
                        .arg(m_today.daysTo(next->date));
    m_position->setText(position);

    m_deadlines->setRowCount(int(dues.size()));
    int row = 0;
    for (const Due &d : dues) {
        const QString who = d.deadline->reporter == Reporter::Institutions ? tr("各医疗机构") : d.deadline->reporterOffice;
        const QString period = d.deadline->recurrence == Deadline::Recurrence::Monthly ? d.period.toChinese() : tr("—");
        QString state;
        if (d.date < m_today)
            state = tr("已过");
        else if (d.date == m_today)
            state = tr("今天截止");
        else
            state = tr("还有 %1 天").arg(m_today.daysTo(d.date));
        if (d.date.dayOfWeek() >= 6)
            state += tr("（截止日为周末）");
        const QStringList cells{d.date.toString(QStringLiteral("yyyy-MM-dd")), d.deadline->title, who,
                                d.deadline->recipientOffice, period, state};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (d.date < m_today)
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_deadlines->setItem(row, col, item);
        }
        ++row;
    }
    m_deadlines->resizeColumnsToContents();
}

void CampaignPage::newCampaign()
{
    NewCampaignDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        Campaign c;
        Status s = dialog.build(&c);
        if (s)
            s = CampaignRepository(m_session->database()).save(c);
        if (s) {
            m_session->notifyChanged(QStringLiteral("campaigns"));
            m_session->setCampaignId(c.id);
            return;
        }
        dialog.showError(s.message());
    }
}

} // namespace qf::ui
