// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPanel.h"

#include "PrintActions.h"
#include "SummaryChartDrawing.h"
#include "SummaryPreview.h"
#include "print/DocumentFormat.h"
#include "print/PrintFonts.h"
#include "shell/Session.h"
#include "widgets/ReadFailureBanner.h"
#include "summary/SummaryExport.h"
#include "widgets/DisabledReason.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

// Wide enough for the charts' labels to be read on screen (their layout is 720 pixels wide),
// narrow enough to fit beside the navigation at 1366 pixels.
constexpr int kPreviewChartWidth = 640;

} // namespace

SummaryPanel::SummaryPanel(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_month = new QComboBox;
    m_unit = new QComboBox;
    m_unit->setMinimumContentsLength(16);
    m_draft = new QTextEdit;
    m_draft->setReadOnly(true);
    m_draft->document()->setDefaultFont(PrintFonts::font(PrintFonts::Face::Fangsong, 12));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_docx = new QPushButton(tr("保存为 Word…"));
    m_pdf = new QPushButton(tr("保存为 PDF…"));

    auto *choose = new QHBoxLayout;
    choose->addWidget(new QLabel(tr("截至：")));
    choose->addWidget(m_month);
    choose->addWidget(new QLabel(tr("范围：")));
    choose->addWidget(m_unit, 1);
    auto *hint = new QLabel(tr("数字取自该月的统计表合计、报送情况和台账；句子来自专项整治模板。总结附报送情况和问题整改的逐月图表。保存为 Word 后可再修改。"));
    hint->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_docx);
    actions->addWidget(m_pdf);

    auto *layout = new QVBoxLayout(this);
    m_readFailure = new ReadFailureBanner;
    layout->addWidget(m_readFailure);
    layout->addLayout(choose);
    layout->addWidget(hint);
    layout->addWidget(m_draft, 1);
    layout->addLayout(actions);

    connect(m_month, &QComboBox::currentIndexChanged, this, &SummaryPanel::draft);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &SummaryPanel::draft);
    connect(m_docx, &QPushButton::clicked, this, [this] { saveAs(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { saveAs(true); });
}

void SummaryPanel::reload()
{
    if (!m_session->isOpen())
        return;
    Status read;
    const auto campaign = m_session->campaign(&read);
    const QList<Institution> registry = m_session->registry(&read);
    m_readFailure->showStatus(read);
    if (!read)
        return;
    m_campaign = campaign ? *campaign : Campaign();
    const QSignalBlocker blockMonth(m_month);
    const QSignalBlocker blockUnit(m_unit);
    m_month->clear();
    m_unit->clear();
    const bool has = m_campaign.id != 0 && m_campaign.start.isValid() && m_campaign.end.isValid();
    for (QWidget *w : std::initializer_list<QWidget *>{m_month, m_unit, m_docx, m_pdf})
        enableOrExplain(w, has, m_campaign.id == 0 ? tr("还没有专项整治：先在“专项整治概览”中新建")
                                                   : tr("专项整治的起止日期不全：请在“编辑方案…”中填写"));
    if (!has) {
        m_draft->setPlainText(tr("还没有专项整治，请先在“专项整治概览”中新建。"));
        return;
    }
    const YearMonth last = YearMonth::fromDate(m_campaign.end);
    for (YearMonth m = YearMonth::fromDate(m_campaign.start); m.monthsUntil(last) >= 0; m = m.next())
        m_month->addItem(m.toChinese(), m.toString());
    const YearMonth initial = SummaryExport::defaultMonth(m_campaign, QDate::currentDate());
    m_month->setCurrentIndex(qMax(0, m_month->findData(initial.toString())));
    // By id: a 简称 of another institution equal to this one's name must not change whose
    // summary is drafted.
    m_unit->addItem(tr("全县（%1）").arg(m_campaign.county), qint64(0));
    for (const Institution &i : registry)
        if (i.kind == InstitutionKind::Medical)
            m_unit->addItem(i.name, i.id);
    draft();
}

void SummaryPanel::draft()
{
    if (m_campaign.id == 0 || m_month->count() == 0)
        return;
    SummaryDocument document;
    SummaryRequest request{m_campaign, YearMonth::parse(m_month->currentData().toString()),
                           QString(), QDate::currentDate(), QString(), m_unit->currentData().toLongLong()};
    // The charts are drawn as the saved file draws them, so the preview shows them where
    // the Word document and the PDF do.
    Status s = charts::SummaryChartDrawing::draw(m_session->database(), &request);
    if (s)
        s = SummaryExport::draft(m_session->database(), request, &document);
    if (!s) {
        m_draft->setPlainText(s.message());
        return;
    }
    SummaryPreview::fill(document, kPreviewChartWidth, m_draft->document());
    // A new draft is read from its title.
    m_draft->moveCursor(QTextCursor::Start);
    m_status->clear();
}

Status SummaryPanel::saveTo(const QString &path)
{
    SummaryRequest request{m_campaign, YearMonth::parse(m_month->currentData().toString()),
                           QString(), QDate::currentDate(), path, m_unit->currentData().toLongLong()};
    int pages = 0;
    DocumentFormat::Kind kind;
    Status s = DocumentFormat::of(path, &kind);
    if (s)
        s = charts::SummaryChartDrawing::draw(m_session->database(), &request);
    if (s)
        s = SummaryExport::run(m_session->database(), request, nullptr, &pages);
    if (s)
        m_status->setText(tr("已保存工作总结：%1").arg(QDir::toNativeSeparators(path)));
    return s;
}

void SummaryPanel::saveAs(bool pdf)
{
    const QString scope = m_unit->currentData().toLongLong() == 0 ? m_campaign.county : m_unit->currentText();
    const QString name = tr("%1工作总结（截至%2）").arg(scope, m_month->currentText());
    const QString path = pdf ? PrintActions::askPdfPath(this, name + QStringLiteral(".pdf"))
                             : PrintActions::askDocxPath(this, name + QStringLiteral(".docx"));
    if (path.isEmpty())
        return;
    const Status s = saveTo(path);
    if (!s)
        QMessageBox::warning(this, pdf ? tr("保存为 PDF") : tr("保存为 Word"), s.message());
}

} // namespace qf::ui
