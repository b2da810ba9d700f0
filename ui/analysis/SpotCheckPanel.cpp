// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpotCheckPanel.h"

#include "actions/SpotCheckActions.h"
#include "ledgers/InspectionDialog.h"
#include "printing/PrintActions.h"
#include "shell/Session.h"
#include "widgets/ReadFailureBanner.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

SpotCheckPanel::SpotCheckPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_pool = table({tr("姓名"), tr("科室")});
    m_pool->setObjectName(QStringLiteral("inspectorPool"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("inspectorName"));
    m_name->setPlaceholderText(tr("姓名"));
    m_office = new QLineEdit;
    m_office->setObjectName(QStringLiteral("inspectorOffice"));
    m_office->setPlaceholderText(tr("科室"));
    auto *add = new QPushButton(tr("添加"));
    auto *remove = new QPushButton(tr("删除所选"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_name);
    addRow->addWidget(m_office);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    auto *poolBox = new QGroupBox(tr("检查人员库"));
    auto *poolLayout = new QVBoxLayout(poolBox);
    poolLayout->addWidget(m_pool, 1);
    poolLayout->addLayout(addRow);

    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("drawCount"));
    m_count->setRange(1, 10000);
    m_count->setValue(10);
    m_seed = new QLineEdit(QString::number(QDateTime::currentDateTimeUtc().toMSecsSinceEpoch()));
    m_seed->setObjectName(QStringLiteral("drawSeed"));
    m_weighted = new QCheckBox(tr("按“走过场”信号得分加权"));
    m_byTownship = new QCheckBox(tr("按乡镇分层"));
    auto *drawButton = new QPushButton(tr("抽取"));
    drawButton->setObjectName(QStringLiteral("drawButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("抽查数量"), m_count);
    form->addRow(tr("随机种子"), m_seed);
    form->addRow(m_weighted);
    form->addRow(m_byTownship);
    form->addRow(drawButton);
    auto *drawBox = new QGroupBox(tr("抽取"));
    drawBox->setLayout(form);

    auto *left = new QVBoxLayout;
    left->addWidget(poolBox, 1);
    left->addWidget(drawBox);
    m_list = table({tr("序号"), tr("机构"), tr("所有制"), tr("等级"), tr("乡镇"), tr("检查人员"), tr("检查结果")});
    m_list->setObjectName(QStringLiteral("drawList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("drawMessage"));
    m_message->setWordWrap(true);
    // The inspection date the notices name; left at its minimum it is written blank, to be
    // filled in by hand, rather than made up.
    m_inspectOn = new QDateEdit;
    m_inspectOn->setObjectName(QStringLiteral("inspectOn"));
    m_inspectOn->setCalendarPopup(true);
    m_inspectOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_inspectOn->setMinimumDate(QDate(2000, 1, 1));
    m_inspectOn->setSpecialValueText(tr("待定"));
    m_inspectOn->setDate(m_inspectOn->minimumDate());
    m_printList = paperButton(tr("打印抽查名单…"), QStringLiteral("printListButton"), ExportSpotCheckPapers::Paper::List);
    m_notices = paperButton(tr("生成检查通知…"), QStringLiteral("noticesButton"), ExportSpotCheckPapers::Paper::Notices);
    m_result = new QPushButton(tr("录入结果…"));
    m_result->setObjectName(QStringLiteral("resultButton"));
    m_result->setToolTip(tr("把所选机构的抽查评估结果记为监督检查台账的一条记录（计入附件2）"));
    auto *papers = new QHBoxLayout;
    papers->addWidget(new QLabel(tr("检查时间")));
    papers->addWidget(m_inspectOn);
    papers->addWidget(m_printList);
    papers->addWidget(m_notices);
    papers->addWidget(m_result);
    papers->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("抽查名单")));
    right->addWidget(m_list, 1);
    right->addLayout(papers);
    right->addWidget(m_message);
    m_readFailure = new ReadFailureBanner;
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readFailure);
    layout->addLayout(columns, 1);

    connect(add, &QPushButton::clicked, this, &SpotCheckPanel::addInspector);
    connect(remove, &QPushButton::clicked, this, &SpotCheckPanel::removeSelected);
    connect(drawButton, &QPushButton::clicked, this, &SpotCheckPanel::draw);
    connect(m_result, &QPushButton::clicked, this, &SpotCheckPanel::recordSelectedResult);
    connect(&m_session, &Session::databaseOpened, this, &SpotCheckPanel::reloadPool);
    connect(&m_session, &Session::databaseOpened, this, &SpotCheckPanel::reloadDraw);
    connect(&m_session, &Session::campaignChanged, this, &SpotCheckPanel::reloadDraw);
    reloadPool();
    reloadDraw();
}

QPushButton *SpotCheckPanel::paperButton(const QString &text, const QString &name, ExportSpotCheckPapers::Paper paper)
{
    auto *button = new QPushButton(text);
    button->setObjectName(name);
    auto *menu = new QMenu(button);
    connect(menu->addAction(tr("保存为 PDF…")), &QAction::triggered, this, [this, paper] { askAndSave(paper, false); });
    connect(menu->addAction(tr("保存为 Word…")), &QAction::triggered, this, [this, paper] { askAndSave(paper, true); });
    button->setMenu(menu);
    return button;
}

void SpotCheckPanel::reloadDraw()
{
    Status read;
    const QList<SpotCheckRecord> draws =
        m_session.isOpen() && m_session.campaignId() ? SpotCheckActions::draws(m_session.database(), m_session.campaignId(), &read)
                                                     : QList<SpotCheckRecord>();
    // Draws the database did not hand over are not "no draw yet": the list stays as it was.
    m_drawRead = read;
    showReadFailures();
    if (!read)
        return;
    QList<SpotCheckPick> picks;
    if (!draws.isEmpty())
        if (const Status s = SpotCheckDraw::picksOf(draws.first().inputs, draws.first().result, &picks); !s)
            m_message->setText(s.message());
    showDraw(draws.value(0), picks);
}

void SpotCheckPanel::showDraw(const SpotCheckRecord &record, const QList<SpotCheckPick> &picks)
{
    m_record = record;
    m_picks = picks;
    QHash<int, qint64> results;
    for (const SpotCheckPickRecord &p : record.picks)
        results.insert(p.position, p.inspectionId);
    m_list->setRowCount(0);
    for (const SpotCheckPick &p : picks) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        const qint64 inspection = results.value(p.position);
        const QStringList cells{QString::number(p.position), p.institution.name, ownershipLabel(p.institution.ownership),
                                levelLabel(p.institution.level), p.institution.township, p.inspectorNames(),
                                inspection ? tr("已录入（检查记录%1）").arg(inspection) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_list->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_list->resizeColumnsToContents();
    const bool shown = record.id != 0 && !picks.isEmpty();
    m_printList->setEnabled(shown);
    m_notices->setEnabled(shown);
    m_result->setEnabled(shown);
}

void SpotCheckPanel::askAndSave(ExportSpotCheckPapers::Paper paper, bool word)
{
    const QString suggested = ExportSpotCheckPapers::defaultFileName(paper, m_record.id, word ? QStringLiteral(".docx") : QStringLiteral(".pdf"));
    const QString path = word ? PrintActions::askDocxPath(this, suggested) : PrintActions::askPdfPath(this, suggested);
    if (!path.isEmpty())
        ignoreStatus(savePaper(paper, path), "savePaper shows the outcome in the panel's message line");
}

Status SpotCheckPanel::savePaper(ExportSpotCheckPapers::Paper paper, const QString &path)
{
    SpotCheckPaperOptions options;
    options.date = QDate::currentDate();
    if (m_inspectOn->date() != m_inspectOn->minimumDate())
        options.inspectOn = m_inspectOn->date();
    int pages = 0;
    OfficePaper made;
    const Status s = ExportSpotCheckPapers::write(m_session.database(), m_record.id, paper, options, path, &pages, &made);
    if (!s) {
        m_message->setText(s.message());
        return s;
    }
    const QString what = paper == ExportSpotCheckPapers::Paper::List ? tr("抽查名单") : tr("检查通知（%1份）").arg(made.parts.size());
    m_message->setText(path.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive)
                           ? tr("已生成%1（Word 文档）：%2").arg(what, QDir::toNativeSeparators(path))
                           : tr("已生成%1（共 %2 页）：%3").arg(what).arg(pages).arg(QDir::toNativeSeparators(path)));
    return s;
}

void SpotCheckPanel::recordSelectedResult()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_picks.size()) {
        m_message->setText(tr("请先在抽查名单中选中一家机构。"));
        return;
    }
    const SpotCheckPick &drawn = m_picks.at(row);
    SpotCheckPickRecord pick;
    for (const SpotCheckPickRecord &p : m_record.picks)
        if (p.position == drawn.position)
            pick = p;
    if (pick.inspectionId) {
        m_message->setText(tr("第%1号“%2”的检查结果已录入（检查记录%3），可在监督检查台账中修改。")
                               .arg(pick.position).arg(drawn.institution.name).arg(pick.inspectionId));
        return;
    }
    Inspection i;
    i.campaignId = m_record.campaignId;
    i.institutionId = pick.institutionId;
    i.inspectedOn = m_inspectOn->date() != m_inspectOn->minimumDate() ? m_inspectOn->date() : QDate::currentDate();
    i.inspectors = pick.inspectors;   // the method is left for recordResult to name (双随机抽查)
    InspectionDialog dialog(i, m_session.registry(), this);
    dialog.setWindowTitle(tr("录入抽查结果 — 第%1号 %2").arg(pick.position).arg(drawn.institution.name));
    dialog.fixInstitution();
    while (dialog.exec() == QDialog::Accepted) {
        Inspection result = dialog.inspection();
        const Status s = SpotCheckActions::recordResult(m_session.database(), pick.id, result);
        if (!s) {
            dialog.showError(s.message());
            continue;
        }
        m_message->setText(tr("已把第%1号“%2”的检查结果记为检查记录%3，计入附件2。").arg(pick.position).arg(drawn.institution.name).arg(result.id));
        m_session.notifyChanged(Session::Change::Ledgers);
        reloadDraw();
        break;
    }
}

void SpotCheckPanel::reloadPool()
{
    // The pool is a few dozen people: read at once, unlike the signals.
    Status read;
    const QList<Inspector> pool = m_session.isOpen() ? SpotCheckActions::pool(m_session.database(), &read) : QList<Inspector>();
    m_poolRead = read;
    showReadFailures();
    if (!read)
        return;
    m_inspectors = pool;
    m_pool->setRowCount(0);
    for (const Inspector &i : m_inspectors) {
        const int row = m_pool->rowCount();
        m_pool->insertRow(row);
        m_pool->setItem(row, 0, new QTableWidgetItem(i.name));
        m_pool->setItem(row, 1, new QTableWidgetItem(i.office));
    }
}

void SpotCheckPanel::addInspector()
{
    Inspector i;
    i.name = m_name->text();
    i.office = m_office->text();
    const Status s = SpotCheckActions::addInspector(m_session.database(), i);
    m_message->setText(s ? tr("已添加检查人员“%1”。").arg(i.name) : s.message());
    if (s) {
        m_name->clear();
        reloadPool();
    }
}

void SpotCheckPanel::removeSelected()
{
    const int row = m_pool->currentRow();
    if (row < 0 || row >= m_inspectors.size())
        return;
    const Status s = SpotCheckActions::removeInspector(m_session.database(), m_inspectors.at(row).id);
    m_message->setText(s ? tr("已删除检查人员“%1”。").arg(m_inspectors.at(row).name) : s.message());
    reloadPool();
}

void SpotCheckPanel::draw()
{
    bool ok = false;
    SpotCheckRequest request;
    request.seed = m_seed->text().trimmed().toULongLong(&ok);
    if (!ok) {
        m_message->setText(tr("随机种子应为 0 至 18446744073709551615 的整数。"));
        return;
    }
    request.campaignId = m_session.campaignId();
    request.count = m_count->value();
    request.weighted = m_weighted->isChecked();
    request.byTownship = m_byTownship->isChecked();
    request.day = QDate::currentDate();
    SpotCheckRecord record;
    QList<SpotCheckPick> picks;
    const Status s = SpotCheckActions::draw(m_session.database(), request, m_session.database().actor(), &record, &picks);
    if (!s) {
        m_message->setText(s.message());
        return;
    }
    showDraw(record, picks);
    m_message->setText(tr("已抽取 %1 家并保存为抽查记录 %2（种子 %3），可用 qingfeng-cli analysis verify --draw %2 复核。")
                           .arg(picks.size()).arg(record.id).arg(QString::number(record.seed)));
}

void SpotCheckPanel::showReadFailures()
{
    Status failures = m_poolRead;
    failures.add(m_drawRead);
    m_readFailure->showStatus(failures);
}

} // namespace qf::ui
