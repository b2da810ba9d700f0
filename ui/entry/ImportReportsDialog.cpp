// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReportsDialog.h"

#include "actions/ImportWorkbooks.h"
#include "shell/BackgroundJob.h"
#include "shell/Session.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

// The receipt dates as the rest of the window writes dates (2021-12-10), whatever the
// system locale would make of them ("10 Dec 2021" under C).
class IsoDateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.userType() == QMetaType::QDate)
            return value.toDate().toString(QStringLiteral("yyyy-MM-dd"));
        return QStyledItemDelegate::displayText(value, locale);
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *date = qobject_cast<QDateEdit *>(editor)) {
            date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            date->setCalendarPopup(true);
        }
        return editor;
    }
};

} // namespace

ImportReportsDialog::ImportReportsDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_today(QDate::currentDate())
{
    setWindowTitle(tr("导入机构填好的报表"));
    resize(980, 520);

    auto *intro = new QLabel(tr("选择各机构填好的 Excel 报表（本软件生成的空白报表）。每个文件按单元格中的"
                                "附件、填报单位和报表月份识别，检查无误后才能导入；有错误的文件不会改动任何数据。"));
    intro->setWordWrap(true);
    auto *addFiles = new QPushButton(tr("添加文件…"));
    auto *addFolder = new QPushButton(tr("添加文件夹…"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("文件"), tr("机构"), tr("报表"), tr("月份"), tr("收到日期"), tr("状态"), tr("检查结果")});
    m_table->horizontalHeaderItem(ReceivedColumn)->setToolTip(tr("收到文件的日期，决定按时还是补报；默认为文件的修改日期，双击修改"));
    // Only the 收到日期 cells are editable (their items say so); a double click opens a date editor.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FindingsColumn, QHeaderView::Stretch);

    m_import = new QPushButton(tr("导入全部无误文件"));
    m_import->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);

    auto *top = new QHBoxLayout;
    top->addWidget(addFiles);
    top->addWidget(addFolder);
    top->addStretch();
    top->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(addFiles, &QPushButton::clicked, this, &ImportReportsDialog::chooseFiles);
    connect(addFolder, &QPushButton::clicked, this, &ImportReportsDialog::chooseFolder);
    connect(m_import, &QPushButton::clicked, this, &ImportReportsDialog::importClean);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_table->setItemDelegateForColumn(ReceivedColumn, new IsoDateDelegate(m_table));
    connect(m_table, &QTableWidget::cellChanged, this, &ImportReportsDialog::receivedEdited);
    fillTable();
}

void ImportReportsDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("选择填好的报表"), QString(), tr("Excel 工作簿 (*.xlsx)"));
    if (!paths.isEmpty())
        addPaths(paths);
}

void ImportReportsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("选择存放报表的文件夹"));
    if (!folder.isEmpty())
        addPaths({folder});
}

BackgroundJob *ImportReportsDialog::addPaths(const QStringList &paths)
{
    QStringList all = m_paths;
    for (const QString &p : paths) {
        const QStringList expanded = QFileInfo(p).isDir() ? WorkbookImport::filesIn(p) : QStringList{p};
        for (const QString &f : expanded) {
            const QString absolute = QFileInfo(f).absoluteFilePath();
            if (!all.contains(absolute))
                all << absolute;
        }
    }
    return analyse(all);
}

BackgroundJob *ImportReportsDialog::analyse(const QStringList &paths)
{
    const auto campaign = m_session->campaign();
    if (!campaign) {
        m_paths = paths;
        m_files.clear();
        fillTable();
        emit checked(false);
        return nullptr;
    }
    m_busy = true;
    m_import->setEnabled(false);
    const QDate today = m_today;
    const QHash<QString, QDate> received = m_received;
    return runOnDatabase<QList<WorkbookFile>>(
        this, m_session->database(), tr("检查报表"),
        [campaign, today, received, paths](Database &db, const Status &opened, Progress &progress) {
            QList<WorkbookFile> files;
            if (!opened) {
                // Each file says why it could not be checked, as a file that cannot be read does.
                for (const QString &path : paths) {
                    WorkbookFile f;
                    f.path = path;
                    f.fileName = QFileInfo(path).fileName();
                    f.errors << opened.messages();
                    files << f;
                }
                return files;
            }
            // The context reads the stored months on this connection, so it is built and
            // used here, on the worker that opened it.
            WorkbookImport::Context context = WorkbookImport::contextFor(db, *campaign, today);
            context.receivedOn = received;
            return WorkbookImport::analyseAll(paths, context, &progress);
        },
        [this, paths](const QList<WorkbookFile> &files, bool cancelled) {
            m_busy = false;
            if (!cancelled) {
                m_paths = paths;
                m_files = files;
            }
            fillTable();
            if (cancelled)
                m_summary->setText(m_summary->text() + tr("；已取消检查，新添加的文件未列入"));
            emit checked(cancelled);
        });
}

void ImportReportsDialog::receivedEdited(int row, int column)
{
    if (m_filling || column != ReceivedColumn || row < 0 || row >= m_files.size())
        return;
    QTableWidgetItem *item = m_table->item(row, column);
    const QDate typed = item->data(Qt::EditRole).toDate();
    // A file cannot have arrived after today. Kept by path for when files are added and
    // everything is checked again. The item is corrected in place: rebuilding the table
    // here would delete the item whose change is being reported.
    QDate date = typed.isValid() ? qMin(typed, m_today) : m_files.at(row).receivedOn;
    // Nor before the campaign began or before the month it reports did
    // (WorkbookImport::receivedProblem holds the import to the same bounds).
    QDate earliest = m_files.at(row).period.isValid() ? m_files.at(row).period.firstDay() : QDate();
    if (const auto campaign = m_session->campaign();
        campaign && campaign->start.isValid() && (!earliest.isValid() || campaign->start > earliest))
        earliest = campaign->start;
    if (earliest.isValid() && earliest <= m_today)
        date = qMax(date, earliest);
    if (typed.isValid()) {
        m_received.insert(m_files.at(row).path, date);
        WorkbookImport::setReceived(m_files[row], date);
    }
    if (date != typed) {
        const QScopedValueRollback<bool> filling(m_filling, true);
        item->setData(Qt::EditRole, date);
    }
    item->setToolTip(date.toString(QStringLiteral("yyyy-MM-dd")));
}

void ImportReportsDialog::fillTable()
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_table->setRowCount(int(m_files.size()));
    int clean = 0, waiting = 0;
    for (int r = 0; r < m_files.size(); ++r) {
        const WorkbookFile &f = m_files.at(r);
        QString status = f.stored ? tr("已导入") : WorkbookImport::changeText(f.change());
        QStringList findings = f.errors;
        findings << f.warnings;
        if (findings.isEmpty())
            findings << tr("无误");
        const QStringList cells{f.fileName, f.institution, f.formsText(), f.period.isValid() ? f.period.label() : QString(),
                                f.receivedOn.toString(QStringLiteral("yyyy-MM-dd")), status, findings.join(QLatin1Char('\n'))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == FileColumn ? f.path : cells.at(c));
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (c == ReceivedColumn && f.receivedOn.isValid()) {
                item->setData(Qt::EditRole, f.receivedOn);
                if (!f.stored)
                    item->setFlags(item->flags() | Qt::ItemIsEditable);
            }
            if (!f.isClean())
                item->setForeground(QColor(0xb0, 0x20, 0x20));
            else if (c == StatusColumn && !f.warnings.isEmpty())
                item->setForeground(QColor(0x9a, 0x6a, 0x00));
            m_table->setItem(r, c, item);
        }
        clean += f.isClean() ? 1 : 0;
        waiting += f.isClean() && !f.stored ? 1 : 0;
    }
    m_table->resizeRowsToContents();
    m_import->setEnabled(waiting > 0);
    m_summary->setText(m_files.isEmpty() ? tr("尚未选择文件")
                                         : tr("共 %1 个文件：%2 个无误，%3 个有错误").arg(m_files.size()).arg(clean)
                                               .arg(m_files.size() - clean));
}

BackgroundJob *ImportReportsDialog::importClean()
{
    m_busy = true;
    m_import->setEnabled(false);
    struct Stored
    {
        Status status;
        QList<WorkbookFile> files;
        int count = 0;
    };
    const QList<WorkbookFile> files = m_files;
    return runOnDatabase<Stored>(
        this, m_session->database(), tr("导入报表"),
        [files](Database &db, const Status &opened, Progress &progress) {
            Stored out;
            out.files = files;
            out.status = opened ? ImportWorkbooks::storeClean(db, out.files, &progress, &out.count) : opened;
            return out;
        },
        [this](const Stored &out, bool cancelled) {
            m_busy = false;
            // Refused, the file that was refused carries its errors; cancelled before the
            // commit, nothing changed. The outcome decides, not the flag: 取消 pressed while
            // the commit ran leaves the files stored, and they must not be offered again.
            if (out.status || !cancelled)
                m_files = out.files;
            if (out.count > 0)
                m_session->notifyChanged(Session::Change::Figures);
            fillTable();
            if (out.count > 0)
                m_summary->setText(m_summary->text() + tr("；已导入 %1 个文件").arg(out.count));
            else if (cancelled && !out.status)
                m_summary->setText(m_summary->text() + tr("；已取消，没有导入任何文件"));
            else if (!out.status)
                m_summary->setText(m_summary->text() + QStringLiteral(u"；") + out.status.message());
            emit imported(out.count);
        });
}

} // namespace qf::ui
