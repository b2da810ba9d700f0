// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticePanel.h"

#include "PrintActions.h"
#include "actions/CampaignActions.h"
#include "campaign/CampaignTemplate.h"
#include "actions/WorkPlanActions.h"
#include "print/NoticeDocument.h"
#include "print/NoticeDocx.h"
#include "print/NoticePainter.h"
#include "print/PrintFonts.h"
#include "shell/Session.h"
#include "widgets/ReadFailureBanner.h"
#include "widgets/DisabledReason.h"

#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBlock>
#include <QTextEdit>
#include <QVBoxLayout>

namespace qf::ui {

NoticePanel::NoticePanel(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_heading = new QLabel;
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("campaignTitle"));
    m_docNumber = new QLineEdit;
    m_docNumber->setPlaceholderText(tr("如 鹿卫医〔2021〕22号"));
    m_date = new QDateEdit(QDate::currentDate());   // never 2000-01-01, also before a campaign exists
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_addressees = new QLineEdit;
    m_body = new QTextEdit;
    m_body->setAcceptRichText(true);
    // The face it will be printed in, at a size for the screen.
    m_body->document()->setDefaultFont(PrintFonts::font(PrintFonts::Face::Fangsong, 12));
    m_body->setPlaceholderText(tr("通知正文：每段一行，打印时自动首行缩进两字。可用 Ctrl+B 加粗。"));
    auto *bold = new QPushButton(tr("加粗"));
    bold->setCheckable(true);
    bold->setShortcut(QKeySequence::Bold);
    m_attachments = new QLabel;
    m_attachments->setWordWrap(true);
    m_attachments->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_docNumber, 1);
    dateRow->addWidget(new QLabel(tr("成文日期：")));
    dateRow->addWidget(m_date);
    auto *form = new QFormLayout;
    form->addRow(tr("发文字号："), dateRow);
    form->addRow(tr("主送机关："), m_addressees);
    auto *bodyTools = new QHBoxLayout;
    bodyTools->addWidget(bold);
    bodyTools->addStretch();
    auto *bodyColumn = new QVBoxLayout;
    bodyColumn->addLayout(bodyTools);
    bodyColumn->addWidget(m_body, 1);
    form->addRow(tr("正文："), bodyColumn);
    form->addRow(tr("附件："), m_attachments);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("保存到专项整治"));
    m_restore = new QPushButton(tr("恢复模板正文"));
    m_preview = new QPushButton(tr("预览…"));
    m_print = new QPushButton(tr("打印…"));
    m_pdf = new QPushButton(tr("保存为 PDF…"));
    m_docx = new QPushButton(tr("保存为 Word…"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(m_restore);
    actions->addWidget(m_status, 1);
    actions->addWidget(m_preview);
    actions->addWidget(m_print);
    actions->addWidget(m_pdf);
    actions->addWidget(m_docx);

    auto *layout = new QVBoxLayout(this);
    m_readFailure = new ReadFailureBanner;
    layout->addWidget(m_readFailure);
    layout->addWidget(m_heading);
    layout->addLayout(form, 1);
    layout->addLayout(actions);

    connect(bold, &QPushButton::toggled, this, [this](bool on) { m_body->setFontWeight(on ? QFont::Bold : QFont::Normal); });
    connect(m_body, &QTextEdit::currentCharFormatChanged, bold, [bold](const QTextCharFormat &f) {
        const QSignalBlocker blocker(bold);
        bold->setChecked(f.fontWeight() >= QFont::DemiBold);
    });
    for (QLineEdit *edit : {m_docNumber, m_addressees})
        connect(edit, &QLineEdit::textEdited, this, [this] { setModified(true); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { setModified(true); });
    connect(m_body, &QTextEdit::textChanged, this, [this] { setModified(true); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const Status s = save();
        if (!s)
            QMessageBox::warning(this, tr("保存通知"), s.message());
    });
    connect(m_restore, &QPushButton::clicked, this, &NoticePanel::restoreTemplateText);
    connect(m_preview, &QPushButton::clicked, this, &NoticePanel::preview);
    connect(m_print, &QPushButton::clicked, this, &NoticePanel::print);
    connect(m_pdf, &QPushButton::clicked, this, [this] { saveAs(false); });
    connect(m_docx, &QPushButton::clicked, this, [this] { saveAs(true); });
}

void NoticePanel::reload()
{
    if (!m_session->isOpen())
        return;
    // A campaign the database did not hand over is not "no campaign yet": the notice stays
    // as it was under the banner.
    Status read;
    const auto campaign = m_session->campaign(&read);
    m_readFailure->showStatus(read);
    if (!read)
        return;
    m_campaign = campaign ? *campaign : Campaign();
    const bool has = m_campaign.id != 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_docNumber, m_date, m_addressees, m_body, m_restore, m_preview,
                                                       m_print, m_pdf, m_docx})
        enableOrExplain(w, has, tr("还没有专项整治：先在“专项整治概览”中新建"));
    const NoticeDocument d = NoticeDocument::fromCampaign(m_campaign);
    m_heading->setText(has ? d.title : tr("还没有专项整治，请先在“专项整治概览”中新建。"));
    m_docNumber->setText(m_campaign.docNumber);
    m_date->setDate(m_campaign.noticeDate.isValid() ? m_campaign.noticeDate : QDate::currentDate());
    m_addressees->setText(m_campaign.addressees);
    if (Qt::mightBeRichText(m_campaign.noticeBody))
        m_body->setHtml(m_campaign.noticeBody);
    else
        m_body->setPlainText(m_campaign.noticeBody);
    QStringList names;
    for (int n = 0; n < d.attachments.size(); ++n)
        names << QStringLiteral("%1. %2").arg(n + 1).arg(d.attachments.at(n));
    m_attachments->setText(names.join(QLatin1Char('\n')));
    setModified(false);
}

QString NoticePanel::storedBody() const
{
    // Plain text unless the writer used emphasis: the stored text stays readable elsewhere.
    const QTextDocument *doc = m_body->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (const QTextLayout::FormatRange &r : block.textFormats())
            if (r.format.fontWeight() >= QFont::DemiBold || r.format.fontItalic() || r.format.fontUnderline())
                return m_body->toHtml();
    return m_body->toPlainText();
}

Campaign NoticePanel::edited() const
{
    Campaign c = m_campaign;
    c.docNumber = m_docNumber->text().trimmed();
    c.noticeDate = m_date->date();
    c.addressees = m_addressees->text().trimmed();
    c.noticeBody = storedBody();
    return c;
}

Status NoticePanel::save()
{
    if (m_campaign.id == 0)
        return Status::failure(tr("还没有专项整治。"));
    Campaign c = edited();
    const Status s = CampaignActions::save(m_session->database(), c);
    if (!s)
        return s;
    m_campaign = c;
    setModified(false);
    m_status->setText(tr("通知已保存。"));
    m_session->notifyChanged(Session::Change::Campaigns);
    return s;
}

void NoticePanel::restoreTemplateText()
{
    const auto tmpl = CampaignTemplate::find(m_campaign.templateName);
    if (!tmpl) {
        m_status->setText(tr("找不到专项整治所用的模板“%1”。").arg(m_campaign.templateName));
        return;
    }
    QString text = tmpl->json().value(QLatin1String("noticeBody")).toString();
    text.replace(QLatin1String("{county}"), m_campaign.county);
    text.replace(QLatin1String("{city}"), m_campaign.city);
    text.replace(QLatin1String("{year}"), QString::number(m_campaign.year));
    m_body->setPlainText(text);
}

void NoticePanel::setModified(bool modified)
{
    enableOrExplain(m_save, modified && m_campaign.id != 0,
                    m_campaign.id == 0 ? tr("还没有专项整治：先在“专项整治概览”中新建") : tr("没有未保存的修改"));
    if (modified)
        m_status->setText(tr("有未保存的修改（预览和打印按当前内容）。"));
    else
        m_status->clear();
}

Status NoticePanel::printed(NoticeDocument *out) const
{
    // The 工作方案 follows the notice as it is stored.
    const Campaign c = edited();
    WorkPlan plan;
    const Status s = WorkPlanActions::load(m_session->database(), c, &plan);
    if (s)
        *out = NoticeDocument::fromCampaign(c, plan);
    return s;
}

void NoticePanel::preview()
{
    NoticeDocument d;
    if (const Status s = printed(&d); !s) {
        m_status->setText(s.message());
        return;
    }
    const NoticePainter painter(d);
    PrintActions::preview(this, tr("通知"), [&painter](QPagedPaintDevice &device) { return painter.paint(device); });
}

void NoticePanel::print()
{
    NoticeDocument d;
    if (const Status s = printed(&d); !s) {
        m_status->setText(s.message());
        return;
    }
    const NoticePainter painter(d);
    PrintActions::print(this, tr("通知"), [&painter](QPagedPaintDevice &device) { return painter.paint(device); });
}

Status NoticePanel::saveTo(const QString &path)
{
    NoticeDocument d;
    Status s = printed(&d);
    int pages = 0;
    if (s)
        s = NoticeDocx::writeAsPathSays(d, path, &pages);
    if (s && NoticeDocx::isWordPath(path))
        m_status->setText(tr("已保存通知（Word 文档）：%1").arg(QDir::toNativeSeparators(path)));
    else if (s)
        m_status->setText(tr("已保存通知（%1页）：%2").arg(pages).arg(QDir::toNativeSeparators(path)));
    return s;
}

void NoticePanel::saveAs(bool word)
{
    const QString name = tr("%1通知").arg(m_campaign.docNumber.isEmpty() ? m_campaign.county : m_campaign.docNumber);
    const QString path = word ? PrintActions::askDocxPath(this, name + QStringLiteral(".docx"))
                              : PrintActions::askPdfPath(this, name + QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    const Status s = saveTo(path);
    if (!s)
        QMessageBox::warning(this, word ? tr("保存为 Word") : tr("保存为 PDF"), s.message());
}

} // namespace qf::ui
