// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartsPanel.h"

#include "charts/ChartExport.h"
#include "charts/ChartView.h"
#include "printing/PrintActions.h"
#include "shell/BackgroundRead.h"
#include "shell/Session.h"
#include "widgets/DisabledReason.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace qf::ui {

namespace {

struct SnapshotView
{
    Status status;
    std::shared_ptr<const AnalysisSnapshot> snapshot;
};

} // namespace

ChartsPanel::ChartsPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_chooser = new QComboBox;
    m_chooser->setObjectName(QStringLiteral("chartChooser"));
    for (const QString &name : ChartData::names()) {
        const ChartKind kind = *ChartData::kindNamed(name);
        m_chooser->addItem(ChartData::label(kind), name);
    }
    m_month = new QComboBox;
    m_month->setObjectName(QStringLiteral("chartMonth"));
    m_month->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unitLabel = new QLabel;
    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("chartUnit"));
    m_unit->setMinimumContentsLength(12);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_columnLabel = new QLabel(tr("栏目"));
    m_column = new QComboBox;
    m_column->setObjectName(QStringLiteral("chartColumn"));
    m_column->setMinimumContentsLength(18);
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_export = new QPushButton(tr("导出图片…"));
    m_export->setObjectName(QStringLiteral("chartExport"));
    m_print = new QPushButton(tr("打印…"));
    m_print->setObjectName(QStringLiteral("chartPrint"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("图表")));
    bar->addWidget(m_chooser);
    bar->addWidget(new QLabel(tr("截至")));
    bar->addWidget(m_month);
    bar->addWidget(m_unitLabel);
    bar->addWidget(m_unit);
    bar->addWidget(m_columnLabel);
    bar->addWidget(m_column, 1);
    bar->addStretch();
    bar->addWidget(m_export);
    bar->addWidget(m_print);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setWordWrap(true);
    m_view = new charts::ChartView;
    m_view->setObjectName(QStringLiteral("chartView"));
    m_drillTitle = new QLabel(tr("点击柱形或数据点，查看其背后的机构或记录。"));
    m_drillTitle->setObjectName(QStringLiteral("chartDrillTitle"));
    m_drillTitle->setWordWrap(true);
    m_drill = new QTableWidget(0, 3);
    m_drill->setObjectName(QStringLiteral("chartDrillDown"));
    m_drill->setHorizontalHeaderLabels({tr("机构"), tr("数值"), tr("说明")});
    m_drill->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drill->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drill->verticalHeader()->hide();
    m_drill->horizontalHeader()->setStretchLastSection(true);
    auto *drillBox = new QWidget;
    auto *drillLayout = new QVBoxLayout(drillBox);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    drillLayout->addWidget(m_drillTitle);
    drillLayout->addWidget(m_drill, 1);
    auto *split = new QSplitter;
    split->addWidget(m_view);
    split->addWidget(drillBox);
    // The chart takes most of the width; the list beside it needs only the names and values.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillChoices();
        rebuild();
    });
    connect(m_month, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    for (QComboBox *box : {m_unit, m_column})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                rebuild();
        });
    connect(m_view, &charts::ChartView::clicked, this, &ChartsPanel::drillDown);
    connect(m_export, &QPushButton::clicked, this, &ChartsPanel::exportChart);
    connect(m_print, &QPushButton::clicked, this, &ChartsPanel::printChart);
    connect(&m_session, &Session::campaignChanged, this, [this] {
        m_month->clear();   // the new campaign's months, from its latest report on
        reload();
    });
    connect(&m_session, &Session::dataChanged, this, &ChartsPanel::reload);
    reload();
}

ChartRequest ChartsPanel::request() const
{
    ChartRequest r;
    r.kind = ChartData::kindNamed(m_chooser->currentData().toString()).value_or(ChartKind::Filing);
    r.month = YearMonth::parse(m_month->currentData().toString());
    if (r.kind == ChartKind::Problems || r.kind == ChartKind::Trend)
        r.unit = m_unit->currentData().toString();
    if (r.kind == ChartKind::Trend) {
        const QStringList id = m_column->currentData().toString().mid(4).split(QLatin1Char('.'));   // "form1.2"
        r.form = id.value(0).toInt();
        r.column = id.value(1).toInt();
    }
    return r;
}

void ChartsPanel::reload()
{
    const qint64 campaignId = m_session.campaignId();
    const int generation = ++m_generation;
    if (!m_session.isOpen() || campaignId == 0) {
        loadedSnapshot(Status::failure(tr("还没有专项整治。")), nullptr);
        return;
    }
    const YearMonth month = YearMonth::parse(m_month->currentData().toString());
    m_message->setText(tr("正在计算……"));
    readInBackground<SnapshotView>(
        this, m_session.database(),
        [campaignId, month](Database &db, const Status &opened) {
            SnapshotView view;
            view.status = opened;
            if (opened) {
                auto snapshot = std::make_shared<AnalysisSnapshot>();
                view.status = AnalysisSnapshot::load(db, campaignId, month, QDate(), snapshot.get());
                view.snapshot = snapshot;
            }
            return view;
        },
        [this, generation](const SnapshotView &view) {
            if (generation != m_generation)
                return;   // a newer read follows
            loadedSnapshot(view.status, view.status ? view.snapshot : nullptr);
        });
}

void ChartsPanel::loadedSnapshot(const Status &status, const std::shared_ptr<const AnalysisSnapshot> &snapshot)
{
    m_snapshot = snapshot;
    m_filling = true;
    if (snapshot && m_month->count() == 0) {
        for (const YearMonth &m : snapshot->data.campaign.reportingPeriods())
            m_month->addItem(m.toChinese(), m.toString());
    }
    if (snapshot)
        m_month->setCurrentIndex(m_month->findData(snapshot->data.upTo.toString()));
    m_filling = false;
    m_message->setText(status ? QString() : status.message());
    fillChoices();
    rebuild();
    emit loaded();
}

void ChartsPanel::fillChoices()
{
    const ChartKind kind = ChartData::kindNamed(m_chooser->currentData().toString()).value_or(ChartKind::Filing);
    const bool groups = kind == ChartKind::Problems, trend = kind == ChartKind::Trend;
    m_unitLabel->setVisible(groups || trend);
    m_unit->setVisible(groups || trend);
    m_columnLabel->setVisible(trend);
    m_column->setVisible(trend);
    if (!m_snapshot)
        return;
    m_filling = true;
    // The choice made stays when it is still there.
    const QString unit = m_unit->currentData().toString(), column = m_column->currentData().toString();
    m_unit->clear();
    if (groups) {
        m_unitLabel->setText(tr("范围"));
        for (const QString &g : ChartData::groups(*m_snapshot))
            m_unit->addItem(g, g);
    } else if (trend) {
        m_unitLabel->setText(tr("单位"));
        m_unit->addItem(AnalysisSeries::county(), QString());
        QStringList names;
        for (const Institution &i : m_snapshot->data.institutions)
            names << i.displayName();
        std::sort(names.begin(), names.end());
        for (const QString &n : names)
            m_unit->addItem(n, n);
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unit)));
    if (m_column->count() == 0)
        for (const AnalysisSeries::Series &s : m_snapshot->series.series)
            if (s.id.startsWith(QLatin1String("form")))
                m_column->addItem(s.title, s.id);
    m_column->setCurrentIndex(std::max(0, m_column->findData(column)));
    m_filling = false;
}

void ChartsPanel::rebuild()
{
    m_drill->setRowCount(0);
    m_drillTitle->setText(tr("点击柱形或数据点，查看其背后的机构或记录。"));
    ChartData chart;
    Status s = m_snapshot ? ChartData::build(*m_snapshot, request(), &chart) : Status::failure(m_message->text());
    if (!s) {
        chart = ChartData();
        chart.title = s.message();
    }
    m_chart = chart;
    m_view->setData(chart);
    const QString why = s.isOk() ? QString() : tr("没有可导出或打印的图表：%1").arg(s.message());
    enableOrExplain(m_export, s.isOk(), why);
    enableOrExplain(m_print, s.isOk(), why);
    if (!s)
        m_message->setText(s.message());
    else if (m_message->text() != tr("正在计算……"))
        m_message->clear();
}

void ChartsPanel::drillDown(int set, int category)
{
    m_drill->setRowCount(0);
    if (!m_snapshot || set < 0 || set >= m_chart.sets.size() || category < 0 || category >= m_chart.categories.size())
        return;
    const QList<ChartData::DrillRow> rows = m_chart.drillDown(*m_snapshot, set, category);
    double sum = 0;
    for (const ChartData::DrillRow &r : rows) {
        const int row = m_drill->rowCount();
        m_drill->insertRow(row);
        m_drill->setItem(row, 0, new QTableWidgetItem(r.name));
        auto *value = new QTableWidgetItem(QString::number(r.value, 'f', m_chart.decimals));
        value->setData(Qt::UserRole, r.value);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_drill->setItem(row, 1, value);
        m_drill->setItem(row, 2, new QTableWidgetItem(r.detail));
        sum += r.value;
    }
    m_drill->resizeColumnToContents(0);
    m_drill->resizeColumnToContents(1);
    const QString point = m_view->valueText(set, category);
    m_drillTitle->setText(m_chart.valueAxis == QLatin1String("%")
                              ? tr("%1 — %2 家机构").arg(point).arg(rows.size())
                              : tr("%1 — %2 家机构或记录，合计 %3").arg(point).arg(rows.size()).arg(sum));
}

Status ChartsPanel::exportTo(const QString &path)
{
    return charts::ChartExport::write(m_chart, path);
}

void ChartsPanel::exportChart()
{
    const QString name = ChartData::nameOf(m_chart.request.kind) + QLatin1Char('-') + m_chart.request.month.toString();
    QString chosen = QFileDialog::getSaveFileName(this, tr("导出图片"), name + QStringLiteral(".png"),
                                                  tr("PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)"));
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += QStringLiteral(".png");
    const Status s = exportTo(chosen);
    if (!s)
        QMessageBox::warning(this, tr("导出图片"), s.message());
    else
        QMessageBox::information(this, tr("导出图片"), tr("已导出到 %1。").arg(QDir::toNativeSeparators(chosen)));
}

void ChartsPanel::printChart()
{
    const ChartData chart = m_chart;
    PrintActions::print(
        this, chart.title,
        [chart](QPagedPaintDevice &device) {
            QPainter painter(&device);
            charts::ChartExport::paint(chart, &painter);
            return Status::success();
        },
        QPageLayout::Landscape);
}

} // namespace qf::ui
