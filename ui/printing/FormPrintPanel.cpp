// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormPrintPanel.h"

#include "PrintActions.h"
#include "export/FormExporter.h"
#include "forms/MonthlyForms.h"
#include "print/FormPainter.h"
#include "shell/Session.h"
#include "widgets/ReadFailureBanner.h"
#include "widgets/DisabledReason.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

FormPrintPanel::FormPrintPanel(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_form = new QComboBox;
    for (int number : FormCatalog::numbers()) {
        const FormDescription &form = FormCatalog::form(number);
        m_form->addItem(QStringLiteral("%1  %2").arg(form.attachment, form.title(0)), number);
    }
    m_month = new QComboBox;
    m_month->setMinimumContentsLength(9);
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy年M月d日"));
    m_date->setToolTip(tr("表头右侧的“填报时间”"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_preview = new QPushButton(tr("预览…"));
    m_print = new QPushButton(tr("打印…"));
    m_pdf = new QPushButton(tr("保存为 PDF…"));
    m_excel = new QPushButton(tr("导出 Excel…"));
    m_excel->setObjectName(QStringLiteral("exportFormsButton"));
    m_excel->setToolTip(tr("按官方格式导出为 Excel 工作簿：这张表，或本月三张表一起"));
    m_exporter = new FormExporter(session, this);

    auto *fields = new QFormLayout;
    fields->addRow(tr("报表："), m_form);
    fields->addRow(tr("月份："), m_month);
    fields->addRow(tr("填报时间："), m_date);
    auto *hint = new QLabel(tr("A4 横向打印，版式与导出的 Excel 表相同；表头在每一页重复，页脚有页码。"));
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_excel);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    m_readFailure = new ReadFailureBanner;
    layout->addWidget(m_readFailure);
    layout->addLayout(fields);
    layout->addWidget(hint);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_form, &QComboBox::currentIndexChanged, this, &FormPrintPanel::updateStatus);
    connect(m_month, &QComboBox::currentIndexChanged, this, &FormPrintPanel::updateStatus);
    connect(m_preview, &QPushButton::clicked, this, &FormPrintPanel::preview);
    connect(m_print, &QPushButton::clicked, this, &FormPrintPanel::print);
    connect(m_pdf, &QPushButton::clicked, this, &FormPrintPanel::exportPdf);
    connect(m_excel, &QPushButton::clicked, this, &FormPrintPanel::exportExcel);
    reload();
}

void FormPrintPanel::reload()
{
    if (!m_session->isOpen())
        return;
    Status read;
    const auto campaign = m_session->campaign(&read);
    m_readFailure->showStatus(read);
    if (!read)
        return;
    m_campaign = campaign ? *campaign : Campaign();
    const QString kept = m_month->currentData().toString();
    const QList<YearMonth> periods = m_campaign.reportingPeriods();
    {
        const QSignalBlocker blocker(m_month);
        m_month->clear();
        for (const YearMonth &p : periods)
            m_month->addItem(p.label(), p.toString());
        // The month due now (the one before today) unless one was chosen.
        int at = m_month->findData(kept);
        if (at < 0)
            at = m_month->findData(YearMonth::fromDate(QDate::currentDate()).previous().toString());
        m_month->setCurrentIndex(at >= 0 ? at : int(m_month->count()) - 1);
    }
    const bool has = m_campaign.id != 0 && !periods.isEmpty();
    const QString why = m_campaign.id == 0 ? tr("还没有专项整治：先在“专项整治概览”中新建")
                                           : tr("该专项整治的期间内没有要报的月份：请在“编辑方案…”中核对日期");
    for (QWidget *w : std::initializer_list<QWidget *>{m_form, m_month, m_date, m_preview, m_print, m_pdf, m_excel})
        enableOrExplain(w, has, why);
    updateStatus();
}

void FormPrintPanel::select(int form, const YearMonth &month)
{
    m_form->setCurrentIndex(m_form->findData(form));
    const int at = m_month->findData(month.toString());
    if (at >= 0)
        m_month->setCurrentIndex(at);
}

FormTable FormPrintPanel::table(Status *status) const
{
    if (!m_session->isOpen() || m_campaign.id == 0)
        return FormTable();
    return MonthlyForms::build(m_session->database(), m_campaign, m_form->currentData().toInt(),
                               YearMonth::parse(m_month->currentData().toString()), m_date->date(), status);
}

void FormPrintPanel::updateStatus()
{
    Status read;
    const FormTable t = table(&read);
    m_readFailure->showStatus(read);
    if (!t.form) {
        m_status->setText(m_campaign.id == 0 ? tr("还没有专项整治，请先在“专项整治概览”中新建。") : QString());
        return;
    }
    const int errors = countErrors(t.findings);
    QStringList parts;
    if (t.missingCount() > 0)
        parts << tr("%1 个单位本月未报送").arg(t.missingCount());
    if (errors > 0)
        parts << tr("%1 个错误").arg(errors);
    if (t.findings.size() > errors)
        parts << tr("%1 个提示").arg(t.findings.size() - errors);
    m_status->setText(parts.isEmpty() ? tr("数据完整，没有发现问题。")
                                      : tr("注意：%1。仍可打印，便于核对。").arg(parts.join(QStringLiteral(u"，"))));
}

void FormPrintPanel::previewForm(QWidget *parent, const FormTable &table)
{
    if (!table.form)
        return;
    const FormPainter painter(table);
    PrintActions::preview(parent, table.form->attachment,
                          [&painter](QPagedPaintDevice &d) { return painter.paint(d); }, QPageLayout::Landscape);
}

void FormPrintPanel::preview()
{
    previewForm(this, table());
}

void FormPrintPanel::print()
{
    const FormTable t = table();
    if (!t.form)
        return;
    const FormPainter painter(t);
    PrintActions::print(this, t.form->attachment, [&painter](QPagedPaintDevice &d) { return painter.paint(d); }, QPageLayout::Landscape);
}

Status FormPrintPanel::savePdf(const QString &path, int *pages)
{
    const FormTable t = table();
    if (!t.form)
        return Status::failure(tr("还没有专项整治，无法打印报表。"));
    return FormPainter(t).writePdf(path, pages);
}

void FormPrintPanel::exportPdf()
{
    const FormTable t = table();
    if (!t.form)
        return;
    const QString path = PrintActions::askPdfPath(this, tr("%1 %2.pdf").arg(t.form->attachment, t.period.label()));
    if (path.isEmpty())
        return;
    int pages = 0;
    const Status s = FormPainter(t).writePdf(path, &pages);
    if (!s)
        QMessageBox::warning(this, tr("保存为 PDF"), s.message());
    else
        m_status->setText(tr("已保存（共 %1 页）：%2").arg(pages).arg(QDir::toNativeSeparators(path)));
}

void FormPrintPanel::exportExcel()
{
    if (m_campaign.id == 0)
        return;
    // Beside the PDF of one form, the proposal is that form; the dialog offers the three.
    FormExporter::Choice proposed;
    proposed.allForms = false;
    proposed.form = m_form->currentData().toInt();
    proposed.month = YearMonth::parse(m_month->currentData().toString());
    proposed.fillDate = m_date->date();
    m_exporter->run(proposed);
}

} // namespace qf::ui
