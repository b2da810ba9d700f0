// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalsPanel.h"

#include "analysis/SignalEngine.h"
#include "shell/BackgroundRead.h"
#include "shell/Session.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

struct SignalsView
{
    Status status;
    QList<SignalScore> scores;
};

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

SignalsPanel::SignalsPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_ranking = table({tr("机构"), tr("得分"), tr("信号数")});
    m_ranking->setObjectName(QStringLiteral("signalRanking"));
    m_findings = table({tr("信号"), tr("月份"), tr("依据")});
    m_findings->setObjectName(QStringLiteral("signalFindings"));
    m_findings->setWordWrap(true);
    m_records = new QLabel;
    m_records->setObjectName(QStringLiteral("signalRecords"));
    m_records->setWordWrap(true);
    m_records->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *split = new QSplitter;
    split->addWidget(m_ranking);
    split->addWidget(m_findings);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_records);
    connect(m_ranking, &QTableWidget::currentCellChanged, this, [this](int row) { showFindings(row); });
    connect(m_findings, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const int rank = m_ranking->currentRow();
        if (rank < 0 || rank >= m_scores.size() || row < 0 || row >= m_scores.at(rank).findings.size())
            return;
        const SignalFinding &f = m_scores.at(rank).findings.at(row);
        m_records->setText(recordsText(f));
        emit drillDown(f);
    });
    connect(&m_session, &Session::campaignChanged, this, &SignalsPanel::reload);
    connect(&m_session, &Session::dataChanged, this, &SignalsPanel::reload);
    reload();
}

void SignalsPanel::reload()
{
    const qint64 campaignId = m_session.campaignId();
    const int generation = ++m_generation;
    if (!m_session.isOpen() || campaignId == 0) {
        show({}, tr("还没有专项整治。"));
        return;
    }
    m_summary->setText(tr("正在计算……"));
    readInBackground<SignalsView>(
        this, m_session.database(),
        [campaignId](Database &db, const Status &opened) {
            SignalsView view;
            view.status = opened;
            QList<SignalFinding> findings;
            if (opened)
                view.status = SignalEngine::run(db, campaignId, {}, &findings);
            view.scores = SignalEngine::rank(findings);
            return view;
        },
        [this, generation](const SignalsView &view) {
            if (generation != m_generation)
                return;   // a newer read follows
            show(view.scores, view.status ? QString() : view.status.message());
        });
}

void SignalsPanel::show(const QList<SignalScore> &scores, const QString &error)
{
    m_scores = scores;
    m_ranking->setRowCount(0);
    m_findings->setRowCount(0);
    m_records->clear();
    int findings = 0;
    for (const SignalScore &s : scores) {
        const int row = m_ranking->rowCount();
        m_ranking->insertRow(row);
        m_ranking->setItem(row, 0, new QTableWidgetItem(s.institution));
        m_ranking->setItem(row, 1, new QTableWidgetItem(QString::number(s.score)));
        m_ranking->setItem(row, 2, new QTableWidgetItem(QString::number(s.findings.size())));
        findings += int(s.findings.size());
    }
    m_ranking->resizeColumnsToContents();
    m_summary->setText(!error.isEmpty() ? error
                       : scores.isEmpty() ? tr("没有发现“走过场”信号。")
                                          : tr("%1 家机构有 %2 条“走过场”信号，按得分排列；双击一条信号查看所依据的报表和记录。")
                                                .arg(scores.size()).arg(findings));
    if (!scores.isEmpty())
        m_ranking->setCurrentCell(0, 0);
    emit loaded();
}

void SignalsPanel::showFindings(int row)
{
    m_findings->setRowCount(0);
    if (row < 0 || row >= m_scores.size())
        return;
    for (const SignalFinding &f : m_scores.at(row).findings) {
        const int r = m_findings->rowCount();
        m_findings->insertRow(r);
        m_findings->setItem(r, 0, new QTableWidgetItem(f.signalName));
        m_findings->setItem(r, 1, new QTableWidgetItem(f.monthsText()));
        m_findings->setItem(r, 2, new QTableWidgetItem(f.evidence));
    }
    m_findings->resizeColumnToContents(0);
    m_findings->resizeColumnToContents(1);
    m_findings->resizeRowsToContents();
}

QString SignalsPanel::recordsText(const SignalFinding &finding) const
{
    QStringList parts;
    for (const SignalEvidence &e : finding.records) {
        switch (e.kind) {
        case SignalEvidence::Kind::Report: parts << tr("附件%1 %2的报表").arg(e.id).arg(e.month.toChinese()); break;
        case SignalEvidence::Kind::Problem: parts << tr("问题清单第%1条").arg(e.id); break;
        case SignalEvidence::Kind::Inspection: parts << tr("检查记录第%1条").arg(e.id); break;
        case SignalEvidence::Kind::Tipoff: parts << tr("线索第%1条").arg(e.id); break;
        case SignalEvidence::Kind::Submission: parts << tr("%1报送的工作总结").arg(e.month.toChinese()); break;
        }
    }
    return tr("%1 · %2：%3").arg(finding.institution, finding.signalName, parts.join(QStringLiteral(u"、")));
}

} // namespace qf::ui
