// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignEditorDialog.h"

#include "DeadlineListEditor.h"
#include "OfficeListEditor.h"
#include "PhaseListEditor.h"
#include "print/PosterBatch.h"
#include "widgets/DateEditor.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace qf::ui {

CampaignEditorDialog::CampaignEditorDialog(const Campaign &c, QWidget *parent) : QDialog(parent), m_original(c)
{
    setWindowTitle(c.id ? tr("编辑专项整治方案") : tr("核对新建的专项整治方案"));
    m_tabs = new QTabWidget;
    m_tabs->addTab(buildGeneralTab(), tr("基本信息"));

    m_phases = new PhaseListEditor;
    m_phases->setPhases(c.phases, c.start);
    m_tabs->addTab(m_phases, tr("工作阶段"));

    m_offices = new OfficeListEditor;
    m_offices->setOffices(c.offices);
    m_tabs->addTab(m_offices, tr("责任股室"));

    m_deadlines = new DeadlineListEditor;
    m_deadlines->setDeadlines(c.deadlines, m_offices->rowNames(), c.year);
    m_tabs->addTab(m_deadlines, tr("报送截止事项"));

    m_check = new QLabel;
    m_check->setObjectName(QStringLiteral("validation"));
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::RichText);
    m_saveError = new QLabel;
    m_saveError->setWordWrap(true);
    m_saveError->setStyleSheet(QStringLiteral("color: #a3001b;"));
    m_saveError->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canSave())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_phases, &PhaseListEditor::changed, this, &CampaignEditorDialog::revalidate);
    connect(m_deadlines, &DeadlineListEditor::changed, this, &CampaignEditorDialog::revalidate);
    connect(m_offices, &OfficeListEditor::renamed, m_deadlines, &DeadlineListEditor::renameOffice);
    connect(m_offices, &OfficeListEditor::rowsChanged, this, [this] { m_deadlines->setOffices(m_offices->rowNames()); });
    connect(m_offices, &OfficeListEditor::changed, this, &CampaignEditorDialog::revalidate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_check);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);
    resize(1240, 680);
    revalidate();
}

QWidget *CampaignEditorDialog::buildGeneralTab()
{
    const Campaign &c = m_original;
    m_title = new QLineEdit(c.title);
    m_docNumber = new QLineEdit(c.docNumber);
    m_docNumber->setPlaceholderText(tr("如：鹿卫医〔2021〕22号"));
    m_issuingBody = new QLineEdit(c.issuingBody);
    m_county = new QLineEdit(c.county);
    m_city = new QLineEdit(c.city);
    m_year = new QSpinBox;
    m_year->setRange(2000, 2100);
    m_year->setValue(c.year ? c.year : QDate::currentDate().year());
    m_start = dateEditor(c.start);
    m_end = dateEditor(c.end);
    m_noticeDate = dateEditor(c.noticeDate.isValid() ? c.noticeDate : c.start);
    m_addressees = new QLineEdit(c.addressees);
    m_noticeBody = new QPlainTextEdit(c.noticeBody);
    m_noticeBody->setFixedHeight(90);
    m_bureauPhone = new QLineEdit(c.bureauPhone);
    m_bureauEmail = new QLineEdit(c.bureauEmail);
    m_cityPhone = new QLineEdit(c.cityPhone);
    m_cityEmail = new QLineEdit(c.cityEmail);

    for (QWidget *w : std::initializer_list<QWidget *>{m_year, m_start, m_end, m_noticeDate})
        w->setMaximumWidth(180);
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(tr("名称"), m_title);
    form->addRow(tr("文号"), m_docNumber);
    form->addRow(tr("发文单位"), m_issuingBody);
    form->addRow(tr("县（区）"), m_county);
    form->addRow(tr("所属市"), m_city);
    form->addRow(tr("年度"), m_year);
    form->addRow(tr("开始日期"), m_start);
    form->addRow(tr("结束日期"), m_end);
    form->addRow(tr("发文日期"), m_noticeDate);
    form->addRow(tr("主送"), m_addressees);
    form->addRow(tr("通知正文"), m_noticeBody);
    form->addRow(tr("县卫生健康局举报电话"), m_bureauPhone);
    form->addRow(tr("县卫生健康局举报邮箱"), m_bureauEmail);
    form->addRow(tr("市卫生健康委举报电话"), m_cityPhone);
    form->addRow(tr("市卫生健康委举报邮箱"), m_cityEmail);

    for (QLineEdit *e : {m_title, m_docNumber, m_issuingBody, m_county, m_city, m_addressees, m_bureauPhone, m_bureauEmail,
                         m_cityPhone, m_cityEmail})
        connect(e, &QLineEdit::textChanged, this, &CampaignEditorDialog::revalidate);
    for (QDateEdit *e : {m_start, m_end, m_noticeDate})
        connect(e, &QDateEdit::dateChanged, this, &CampaignEditorDialog::revalidate);
    connect(m_year, &QSpinBox::valueChanged, this, &CampaignEditorDialog::revalidate);
    connect(m_noticeBody, &QPlainTextEdit::textChanged, this, &CampaignEditorDialog::revalidate);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

Campaign CampaignEditorDialog::campaign() const
{
    Campaign c = m_original;
    c.title = m_title->text().trimmed();
    c.docNumber = m_docNumber->text().trimmed();
    c.issuingBody = m_issuingBody->text().trimmed();
    c.county = m_county->text().trimmed();
    c.city = m_city->text().trimmed();
    c.year = m_year->value();
    c.start = m_start->date();
    c.end = m_end->date();
    c.noticeDate = m_noticeDate->date();
    c.addressees = m_addressees->text().trimmed();
    c.noticeBody = m_noticeBody->toPlainText().trimmed();
    c.bureauPhone = m_bureauPhone->text().trimmed();
    c.bureauEmail = m_bureauEmail->text().trimmed();
    c.cityPhone = m_cityPhone->text().trimmed();
    c.cityEmail = m_cityEmail->text().trimmed();
    c.phases = m_phases->phases();
    c.offices = m_offices->offices();
    c.deadlines = m_deadlines->deadlines();
    return c;
}

bool CampaignEditorDialog::canSave() const
{
    return m_problems.isEmpty();
}

void CampaignEditorDialog::revalidate()
{
    m_problems = campaign().validate().messages();
    m_save->setEnabled(m_problems.isEmpty());
    if (m_problems.isEmpty()) {
        const QString posters = posterWarningsHtml();
        m_check->setText(QStringLiteral("<span style=\"color:#1b5e20\">✔ %1</span>").arg(tr("检查通过，可以保存。")) + posters);
        m_check->setStyleSheet(posters.isEmpty() ? QStringLiteral("background:#e8f5e9; padding:6px; border-radius:4px;")
                                                 : QStringLiteral("background:#fff4e5; padding:6px; border-radius:4px;"));
        return;
    }
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin:2px 0 0 -20px\">").arg(tr("有 %1 处需要修改后才能保存：").arg(m_problems.size()));
    for (const QString &p : m_problems)
        html += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
    m_check->setText(html + QStringLiteral("</ul>"));
    m_check->setStyleSheet(QStringLiteral("background:#fdecea; color:#a3001b; padding:6px; border-radius:4px;"));
}

void CampaignEditorDialog::setPosterRegistry(const QList<Institution> &registry)
{
    m_posterRegistry.clear();
    for (const Institution &i : registry)
        if (i.active)
            m_posterRegistry << i;
    revalidate();
}

QStringList CampaignEditorDialog::posterWarnings() const
{
    // The very checks the poster printing makes, so the editor and the printout agree.
    QStringList warnings;
    if (const Status s = PosterBatch::checkCampaign(campaign()); !s)
        warnings << s.message();
    warnings << PosterBatch::describeIncomplete(m_posterRegistry);
    return warnings;
}

QString CampaignEditorDialog::posterWarningsHtml() const
{
    const QStringList warnings = posterWarnings();
    if (warnings.isEmpty())
        return QString();
    constexpr int kListed = 5;
    QString html = QStringLiteral("<br><b style=\"color:#8a5300\">%1</b><ul style=\"margin:2px 0 0 -20px; color:#8a5300\">")
                       .arg(tr("打印公告前还需补填（不影响保存）："));
    for (const QString &w : warnings.mid(0, kListed))
        html += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
    if (warnings.size() > kListed)
        html += QStringLiteral("<li>%1</li>").arg(tr("……另有 %1 个单位，见机构名录。").arg(warnings.size() - kListed));
    return html + QStringLiteral("</ul>");
}

void CampaignEditorDialog::addWorkPlanTab(QWidget *editor)
{
    m_tabs->addTab(editor, tr("工作方案"));
}

void CampaignEditorDialog::showError(const QString &message)
{
    m_saveError->setText(message);
    m_saveError->setVisible(!message.isEmpty());
}

} // namespace qf::ui
