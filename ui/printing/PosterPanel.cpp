// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterPanel.h"

#include "IncompleteInstitutionsBox.h"
#include "PrintActions.h"
#include "actions/PosterChannelActions.h"
#include "print/PosterBatch.h"
#include "shell/BackgroundJob.h"
#include "shell/Session.h"
#include "widgets/ReadFailureBanner.h"
#include "widgets/DisabledReason.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

enum Column { NameColumn, TownshipColumn, KindColumn, PhoneColumn, EmailColumn, ColumnCount };

// A batch long enough to take a moment gets a progress dialog that can cancel it.
constexpr int kProgressFrom = 5;

} // namespace

PosterPanel::PosterPanel(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_township = new QComboBox;
    m_kind = new QComboBox;
    m_kind->addItem(tr("全部类别"), -1);
    m_kind->addItem(kindName(InstitutionKind::Medical), int(InstitutionKind::Medical));
    m_kind->addItem(kindName(InstitutionKind::Pharmacy), int(InstitutionKind::Pharmacy));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("按名称查找…"));
    m_search->setClearButtonEnabled(true);
    auto *all = new QPushButton(tr("全选"));
    auto *none = new QPushButton(tr("全不选"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("乡镇：")));
    filters->addWidget(m_township);
    filters->addWidget(new QLabel(tr("类别：")));
    filters->addWidget(m_kind);
    filters->addWidget(m_search, 1);
    filters->addWidget(all);
    filters->addWidget(none);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("机构（勾选的打印）"), tr("乡镇"), tr("类别"), tr("举报电话"), tr("举报邮箱")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EmailColumn, QHeaderView::Stretch);

    m_incomplete = new IncompleteInstitutionsBox;
    m_incomplete->hide();

    m_date = new QDateEdit(QDate::currentDate());   // never 2000-01-01, also before a campaign exists
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("公告落款处的日期"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("posterStatus"));
    m_status->setWordWrap(true);
    m_preview = new QPushButton(tr("预览…"));
    m_print = new QPushButton(tr("打印…"));
    m_pdf = new QPushButton(tr("保存为 PDF…"));
    m_pdf->setDefault(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("落款日期：")));
    actions->addWidget(m_date);
    actions->addWidget(m_status, 1);
    actions->addWidget(m_preview);
    actions->addWidget(m_print);
    actions->addWidget(m_pdf);

    auto *layout = new QVBoxLayout(this);
    m_readFailure = new ReadFailureBanner;
    layout->addWidget(m_readFailure);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_incomplete);
    layout->addLayout(actions);

    connect(m_township, &QComboBox::currentIndexChanged, this, &PosterPanel::refill);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PosterPanel::refill);
    connect(m_search, &QLineEdit::textChanged, this, &PosterPanel::refill);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_table, &QTableWidget::itemChanged, this, &PosterPanel::itemChanged);
    connect(m_incomplete, &IncompleteInstitutionsBox::saveRequested, this, &PosterPanel::saveInstitution);
    connect(m_incomplete, &IncompleteInstitutionsBox::skipRequested, this, &PosterPanel::skipInstitution);
    connect(m_preview, &QPushButton::clicked, this, &PosterPanel::preview);
    connect(m_print, &QPushButton::clicked, this, &PosterPanel::print);
    connect(m_pdf, &QPushButton::clicked, this, &PosterPanel::exportPdf);
}

void PosterPanel::reload()
{
    if (!m_session->isOpen())
        return;
    const qint64 previous = m_campaign.id;
    // What the database did not hand over leaves the list as it was, under the banner: an
    // empty list would read as a county without institutions to print for.
    Status read;
    const auto campaign = m_session->campaign(&read);
    const QList<Institution> registry = m_session->registry(&read);
    m_readFailure->showStatus(read);
    if (!read)
        return;
    m_campaign = campaign ? *campaign : Campaign();
    if (m_campaign.id != previous && m_campaign.id != 0)
        m_date->setDate(PosterBatch::defaultDate(m_campaign));
    m_registry.clear();
    for (const Institution &i : registry)
        if (i.active)
            m_registry << i;
    fillTownships();
    refill();
}

void PosterPanel::fillTownships()
{
    const QString current = m_township->currentData().toString();
    QStringList townships;
    for (const Institution &i : m_registry)
        if (!i.township.isEmpty() && !townships.contains(i.township))
            townships << i.township;
    const QSignalBlocker blocker(m_township);
    m_township->clear();
    m_township->addItem(tr("全部乡镇"), QString());
    for (const QString &t : townships)
        m_township->addItem(t, t);
    m_township->setCurrentIndex(qMax(0, m_township->findData(current)));
}

void PosterPanel::refill()
{
    PosterSelection selection;
    selection.township = m_township->currentData().toString();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        selection.kind = InstitutionKind(kind);
    const QString search = m_search->text().trimmed();

    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const Institution &i : PosterBatch::select(m_registry, selection)) {
        if (!search.isEmpty() && !i.name.contains(search) && !i.shortName.contains(search))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(i.name);
        name->setData(Qt::UserRole, i.id);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(m_unchecked.contains(i.id) ? Qt::Unchecked : Qt::Checked);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, TownshipColumn, new QTableWidgetItem(i.township));
        m_table->setItem(row, KindColumn, new QTableWidgetItem(kindName(i.kind)));
        for (const auto &[column, value] : {std::pair{int(PhoneColumn), i.reportPhone}, std::pair{int(EmailColumn), i.reportEmail}}) {
            auto *item = new QTableWidgetItem(value.trimmed().isEmpty() ? tr("（未填）") : value);
            if (value.trimmed().isEmpty()) {
                item->setForeground(QColor(0xb0, 0x1e, 0x1e));
                item->setBackground(QColor(0xfd, 0xec, 0xea));
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(TownshipColumn);
    m_table->resizeColumnToContents(KindColumn);
    m_table->resizeColumnToContents(PhoneColumn);
    updateState();
}

QList<Institution> PosterPanel::chosen() const
{
    QList<Institution> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, NameColumn);
        if (item->checkState() != Qt::Checked)
            continue;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        for (const Institution &i : m_registry)
            if (i.id == id)
                result << i;
    }
    return result;
}

void PosterPanel::setAllChecked(bool checked)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const qint64 id = m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong();
        if (checked)
            m_unchecked.remove(id);
        else
            m_unchecked.insert(id);
    }
    refill();
}

void PosterPanel::itemChanged(QTableWidgetItem *item)
{
    if (item->column() != NameColumn)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (item->checkState() == Qt::Checked)
        m_unchecked.remove(id);
    else
        m_unchecked.insert(id);
    updateState();
}

void PosterPanel::updateState()
{
    const QList<Institution> list = chosen();
    const QList<Institution> incomplete = PosterBatch::incomplete(list);
    QList<qint64> ids;
    for (const Institution &i : incomplete)
        ids << i.id;
    // Rebuilt only when the set changes, so that typing in one row survives ticking another.
    if (ids != m_shownIncomplete) {
        m_shownIncomplete = ids;
        m_incomplete->setInstitutions(incomplete);
    }

    QString problem;
    if (m_campaign.id == 0)
        problem = tr("还没有专项整治，请先在“专项整治概览”中新建。");
    else if (const Status s = PosterBatch::checkCampaign(m_campaign); !s)
        problem = s.message();
    else if (list.isEmpty())
        problem = tr("没有勾选任何机构。");
    else if (!incomplete.isEmpty())
        problem = tr("还有 %1 家机构的举报渠道不全：补填保存或跳过后才能打印。").arg(incomplete.size());
    const bool ready = problem.isEmpty();
    m_status->setText(ready ? tr("将打印 %1 家机构的公告，每家一页（A4 纵向）。").arg(list.size()) : problem);
    m_status->setStyleSheet(ready ? QString() : QStringLiteral("color: #b01e1e;"));
    for (QPushButton *b : {m_preview, m_print, m_pdf})
        enableOrExplain(b, ready, problem);
}

void PosterPanel::saveInstitution(const Institution &institution)
{
    Institution saved = institution;
    const Status s = PosterChannelActions::save(m_session->database(), saved);
    if (!s) {
        m_status->setText(s.message());
        m_status->setStyleSheet(QStringLiteral("color: #b01e1e;"));
        return;
    }
    m_session->notifyChanged(Session::Change::Institutions);
    reload();
}

void PosterPanel::skipInstitution(qint64 id)
{
    m_unchecked.insert(id);
    refill();
}

QString PosterPanel::documentTitle() const
{
    return tr("%1专项整治工作公告").arg(m_campaign.county);
}

Status PosterPanel::withProgress(const std::function<Status(const PosterBatch::Progress &, bool *)> &run,
                                 bool *cancelled)
{
    const int total = int(chosen().size());
    QProgressDialog progress(tr("正在生成公告…"), tr("取消"), 0, total, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(total >= kProgressFrom ? 300 : 60000);
    return run(
        [&progress](int done, int) {
            progress.setValue(done);
            return !progress.wasCanceled();
        },
        cancelled);
}

Status PosterPanel::paint(QPagedPaintDevice &device)
{
    bool cancelled = false;
    const QList<Institution> list = chosen();
    const Status s = withProgress(
        [&](const PosterBatch::Progress &progress, bool *c) {
            return PosterBatch::paint(device, m_campaign, list, m_date->date(), progress, c);
        },
        &cancelled);
    return cancelled ? Status::success() : s;
}

void PosterPanel::preview()
{
    PrintActions::preview(this, documentTitle(), [this](QPagedPaintDevice &d) { return paint(d); });
}

void PosterPanel::print()
{
    PrintActions::print(this, documentTitle(), [this](QPagedPaintDevice &d) { return paint(d); });
}

BackgroundJob *PosterPanel::savePdf(const QString &path)
{
    const QList<Institution> list = chosen();
    const Campaign campaign = m_campaign;
    const QDate date = m_date->date();
    auto *job = runInBackground<Status>(
        this, tr("正在生成公告"),
        [path, campaign, list, date](Progress &progress) {
            const auto step = [&progress](int done, int total) {
                return progress.step(done, total, tr("正在生成公告：第 %1/%2 页").arg(done).arg(total));
            };
            return PosterBatch::writePdf(path, campaign, list, date, step);
        },
        [this, path, list](const Status &s, bool cancelled) {
            if (s)
                m_status->setText(tr("已保存 %1 页公告：%2").arg(list.size()).arg(QDir::toNativeSeparators(path)));
            else if (cancelled)
                m_status->setText(tr("已取消，未保存文件。"));
            emit pdfSaved(s, cancelled && !s);
        });
    return job;
}

void PosterPanel::exportPdf()
{
    const QString path = PrintActions::askPdfPath(this, documentTitle() + QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    BackgroundJob *job = savePdf(path);
    // Only a failure is worth a message: the status line says what was saved or cancelled.
    connect(this, &PosterPanel::pdfSaved, job, [this](const Status &s, bool cancelled) {
        if (!s && !cancelled)
            QMessageBox::warning(this, tr("保存为 PDF"), s.message());
    });
}

} // namespace qf::ui
