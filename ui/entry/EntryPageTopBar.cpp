// SPDX-License-Identifier: GPL-3.0-or-later
// The page's bar: form, month and view switches, save and undo, the lock bar, and the
// blank workbooks and their import.
#include "EntryPage.h"

#include "EntryGrid.h"
#include "EntryModel.h"
#include "ImportReportsDialog.h"
#include "MonthLockBar.h"
#include "SummaryModel.h"
#include "export/FormExporter.h"
#include "printing/FormPrintPanel.h"
#include "forms/FormDescription.h"
#include "io/ReportTemplates.h"
#include "shell/BackgroundJob.h"
#include "shell/Session.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

QString shortTitle(const FormDescription &form)
{
    // "…统计表（一）": the part of the title that tells the three forms apart.
    const QString title = form.title(0);
    const int at = title.lastIndexOf(QStringLiteral(u"统计表"));
    return form.attachment + QLatin1Char(' ') + (at >= 0 ? title.mid(at) : title);
}

} // namespace

void EntryPage::buildTopBar()
{
    auto *pageTitle = new QLabel(tr("报表填报"));
    pageTitle->setObjectName(QStringLiteral("pageTitle"));
    m_formBox = new QComboBox;
    for (int number : FormCatalog::numbers()) {
        const FormDescription &form = FormCatalog::form(number);
        m_formBox->addItem(shortTitle(form), number);
    }
    m_periodBox = new QComboBox;
    m_periodBox->setMinimumContentsLength(9);

    auto *entryButton = new QPushButton(tr("逐单位填报"));
    auto *summaryButton = new QPushButton(tr("汇总表"));
    m_viewGroup = new QButtonGroup(this);
    for (QPushButton *b : {entryButton, summaryButton}) {
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("viewSwitch"));
        m_viewGroup->addButton(b);
    }
    m_viewGroup->setId(entryButton, 0);
    m_viewGroup->setId(summaryButton, 1);
    entryButton->setChecked(true);
    entryButton->setToolTip(tr("逐个单位填写本月累计数，随填随查"));
    summaryButton->setToolTip(tr("按正式表式显示本月汇总表（与导出、打印的表格一致）"));

    m_showIncrease = new QCheckBox(tr("显示本月增量"));
    m_showIncrease->setChecked(true);
    m_showIncrease->setToolTip(tr("在累计数旁显示本月比上月增加的数"));
    m_counter = new QLabel;
    m_counter->setObjectName(QStringLiteral("entryCounter"));
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("entryState"));
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_state->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Every edit before saving can be taken back step by step, as in a spreadsheet; the
    // actions reach the whole page (grid, findings) but not the open editor, which
    // keeps Ctrl+Z for its own text.
    m_undoAction = m_model->undoStack()->createUndoAction(this, tr("撤销"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redoAction = m_model->undoStack()->createRedoAction(this, tr("重做"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    for (QAction *a : {m_undoAction, m_redoAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    // The stack greys them out by itself; the tip says what that means. The tips are kept by
    // the actions themselves (each connection's context is its action, and the lambdas never
    // touch the page): the stack still signals while it is cleared on the page's destruction,
    // after the page has stopped being an EntryPage.
    auto tellUndo = [undo = m_undoAction](bool can) {
        undo->setStatusTip(can ? EntryPage::tr("撤销上一步未保存的修改（Ctrl+Z）") : EntryPage::tr("没有可撤销的修改"));
        undo->setToolTip(undo->statusTip());
    };
    auto tellRedo = [redo = m_redoAction](bool can) {
        redo->setStatusTip(can ? EntryPage::tr("重做刚撤销的修改（Ctrl+Y）") : EntryPage::tr("没有可重做的修改"));
        redo->setToolTip(redo->statusTip());
    };
    connect(m_model->undoStack(), &QUndoStack::canUndoChanged, m_undoAction, tellUndo);
    connect(m_model->undoStack(), &QUndoStack::canRedoChanged, m_redoAction, tellRedo);
    tellUndo(m_model->undoStack()->canUndo());
    tellRedo(m_model->undoStack()->canRedo());
    auto *undoButton = new QToolButton;
    undoButton->setDefaultAction(m_undoAction);
    auto *redoButton = new QToolButton;
    redoButton->setDefaultAction(m_redoAction);
    m_undo = new QPushButton(tr("撤销全部修改"));
    m_save = new QPushButton(tr("保存"));
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("把本月修改过的报表一次性保存（Ctrl+S）"));

    auto *head = new QHBoxLayout;
    head->addWidget(pageTitle);
    head->addSpacing(16);
    head->addWidget(new QLabel(tr("报表：")));
    head->addWidget(m_formBox);
    head->addSpacing(8);
    head->addWidget(new QLabel(tr("月份：")));
    head->addWidget(m_periodBox);
    head->addSpacing(12);
    head->addWidget(entryButton);
    head->addWidget(summaryButton);
    head->addSpacing(12);
    head->addWidget(m_showIncrease);
    // The summary as it stands, printed in the export's layout.
    m_printForm = new QPushButton(tr("打印…"));
    m_printForm->setObjectName(QStringLiteral("printFormButton"));
    m_printForm->setVisible(false);
    head->addWidget(m_printForm);
    connect(m_printForm, &QPushButton::clicked, this, [this] { FormPrintPanel::previewForm(this, m_summaryModel->table()); });
    m_exporter = new FormExporter(m_session, this);
    m_exportForms = new QPushButton(tr("导出 Excel…"));
    m_exportForms->setObjectName(QStringLiteral("exportFormsButton"));
    m_exportForms->setToolTip(tr("按官方格式把本月的统计表导出为 Excel 工作簿（三张表一起，或只导出一张）"));
    m_exportForms->setVisible(false);
    head->addWidget(m_exportForms);
    connect(m_exportForms, &QPushButton::clicked, this, &EntryPage::exportForms);
    head->addStretch();
    head->addWidget(undoButton);
    head->addWidget(redoButton);
    head->addWidget(m_undo);
    head->addWidget(m_save);

    m_templates = new QPushButton(tr("生成空白报表…"));
    m_templates->setObjectName(QStringLiteral("templatesButton"));
    m_templates->setToolTip(tr("为每个报送机构生成本月的 Excel 空白报表（已填好单位和月份，预填上月累计数）"));
    m_importReports = new QPushButton(tr("导入报表…"));
    m_importReports->setObjectName(QStringLiteral("importReportsButton"));
    m_importReports->setToolTip(tr("导入各机构填好的 Excel 报表，逐个检查后导入无误的文件"));
    connect(m_templates, &QPushButton::clicked, this, &EntryPage::writeTemplates);
    connect(m_importReports, &QPushButton::clicked, this, &EntryPage::importReports);
    // On a shared server others save too: F5 reloads what is stored now (after asking
    // about this window's unsaved edits, as leaving the month does).
    auto *refresh = new QAction(tr("刷新"), this);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        if (!confirmLeave())
            return;
        loadModel();
        setState(tr("已刷新"));
    });

    auto *info = new QHBoxLayout;
    info->addWidget(m_counter);
    info->addSpacing(12);
    info->addWidget(m_state, 1);
    info->addSpacing(12);
    info->addWidget(m_lockBar);
    info->addSpacing(12);
    info->addWidget(m_templates);
    info->addWidget(m_importReports);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(info);

    connect(m_formBox, &QComboBox::activated, this, [this](int index) {
        if (!setForm(m_formBox->itemData(index).toInt()))
            m_formBox->setCurrentIndex(m_formBox->findData(m_form));
    });
    connect(m_periodBox, &QComboBox::activated, this, [this](int index) {
        if (!setPeriod(YearMonth::parse(m_periodBox->itemData(index).toString())))
            m_periodBox->setCurrentIndex(m_periodBox->findData(m_period.toString()));
    });
    connect(m_viewGroup, &QButtonGroup::idClicked, this, [this](int id) { showSummary(id == 1); });
    connect(m_showIncrease, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowIncrease(on);
        resizeColumns();
    });
    connect(m_save, &QPushButton::clicked, this, &EntryPage::save);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_ask(tr("撤销全部修改"), tr("放弃本月%1的全部未保存修改？").arg(FormCatalog::form(m_form).attachment),
                  QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes)
            revertAll();
    });
}

void EntryPage::writeTemplates()
{
    if (!m_period.isValid())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("选择保存%1空白报表的文件夹").arg(m_period.label()));
    if (!folder.isEmpty())
        writeTemplatesInto(folder);
}

void EntryPage::writeTemplatesInto(const QString &folder)
{
    if (!m_period.isValid())
        return;
    struct Written
    {
        Status status;
        QStringList paths;
    };
    const Campaign campaign = m_campaign;
    const YearMonth period = m_period;
    runOnDatabase<Written>(
        this, m_session->database(), tr("生成空白报表"),
        [campaign, period, folder](Database &db, const Status &opened, Progress &progress) {
            Written w;
            w.status = opened ? ReportTemplates::writeAll(db, campaign, period, folder, &w.paths, &progress) : opened;
            return w;
        },
        [this, period, folder](const Written &w, bool cancelled) {
            if (cancelled && !w.status) {
                m_ask(tr("生成空白报表"),
                      tr("已取消，没有生成空白报表；文件夹 %1 保持原样。").arg(QDir::toNativeSeparators(folder)),
                      QMessageBox::Ok);
                return;
            }
            if (!w.status) {
                m_ask(tr("生成空白报表"), w.status.message(), QMessageBox::Ok);
                return;
            }
            // Done is news, not a warning: the asker shows an OK-only message as one. Not
            // modal either: the window goes on while the clerk reads it.
            auto *box = new QMessageBox(QMessageBox::Information, tr("生成空白报表"),
                                        tr("已为 %1 个机构生成%2的空白报表，保存在 %3。")
                                            .arg(w.paths.size()).arg(period.label(), QDir::toNativeSeparators(folder)),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("templatesWritten"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

void EntryPage::exportForms()
{
    if (!m_period.isValid() || !confirmLeave())
        return;
    FormExporter::Choice proposed;
    proposed.form = m_form;
    proposed.month = m_period;
    proposed.fillDate = m_today;
    m_exporter->run(proposed);
}

void EntryPage::importReports()
{
    if (!confirmLeave())
        return;
    ImportReportsDialog dialog(m_session, this);
    dialog.setToday(m_today);
    dialog.exec();
}

QDialog *EntryPage::importDropped(const QList<QUrl> &urls)
{
    QStringList paths, others;
    for (const QUrl &url : urls) {
        const QFileInfo file(url.toLocalFile());
        if (url.isLocalFile() && (file.isDir() || (file.isFile() && file.suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)))
            paths << file.absoluteFilePath();
        else
            others << (url.isLocalFile() ? file.fileName() : url.toDisplayString());
    }
    if (!others.isEmpty())
        m_ask(tr("导入报表"),
              tr("只能导入 Excel 工作簿（.xlsx）或含有工作簿的文件夹。以下 %1 项未导入：\n\n%2\n\n"
                 "旧版 .xls 文件请先在 Excel 或 WPS 中另存为 .xlsx。")
                  .arg(others.size())
                  .arg(others.join(QLatin1Char('\n'))),
              QMessageBox::Ok);
    if (paths.isEmpty() || !confirmLeave())
        return nullptr;
    // Not modal to the whole program: the drop returns at once and the dialog works on.
    auto *dialog = new ImportReportsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setToday(m_today);
    dialog->addPaths(paths);
    dialog->open();
    return dialog;
}

void EntryPage::connectLockBar()
{
    m_lockBar->setAsker([this](const QString &title, const QString &text, QMessageBox::StandardButtons buttons) {
        return m_ask(title, text, buttons);
    });
    m_lockBar->setBeforeChange([this] { return confirmLeave(); });
    m_lockBar->setCurrentUnit([this] { return m_model->unitKeyAt(m_view->currentIndex().row()); });
    connect(m_lockBar, &MonthLockBar::locksChanged, this, [this] { m_session->notifyChanged(Session::Change::Locks); });
}

} // namespace qf::ui
