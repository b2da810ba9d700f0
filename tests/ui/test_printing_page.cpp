// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocxProbe.h"
#include "PdfProbe.h"
#include "TestSupport.h"

#include "printing/IncompleteInstitutionsBox.h"
#include "printing/NoticePanel.h"
#include "printing/PosterPanel.h"
#include "printing/PrintingPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextEdit>

#include <algorithm>

using namespace qf;

namespace {

QStringList namesOf(const QList<Institution> &list)
{
    QStringList names;
    for (const Institution &i : list)
        names << i.name;
    return names;
}

int rowOf(const ui::IncompleteInstitutionsBox *box, const QString &name)
{
    for (int row = 0; row < box->table()->rowCount(); ++row)
        if (box->table()->item(row, 0)->text() == name)
            return row;
    return -1;
}

} // namespace

TEST_CASE("printing page: posters wait until every chosen institution has its channels, fixed or skipped")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    ui::MainWindow window(&session);
    REQUIRE(window.showPage(QStringLiteral("printing")));
    auto *page = qobject_cast<ui::PrintingPage *>(window.page(QStringLiteral("printing")));
    REQUIRE(page);
    ui::PosterPanel *posters = page->posterPanel();

    // Every active institution is chosen; the two without a channel hold the batch back.
    const QList<Institution> registry = InstitutionRepository(session.database()).all();
    const int active = int(std::count_if(registry.begin(), registry.end(), [](const Institution &i) { return i.active; }));
    REQUIRE(active > 1);
    CHECK(posters->chosen().size() == active);
    ui::IncompleteInstitutionsBox *box = posters->incompleteBox();
    REQUIRE(box->count() == 2);
    CHECK_FALSE(posters->pdfButton()->isEnabled());
    CHECK(posters->statusLabel()->text().contains(QStringLiteral(u"2 家机构")));

    // Skip one: it is left out of this batch only.
    const int skipRow = rowOf(box, QStringLiteral(u"鹿寨县导江乡导江村卫生室"));
    REQUIRE(skipRow >= 0);
    box->skip(skipRow);
    CHECK(box->count() == 1);
    CHECK(posters->chosen().size() == active - 1);
    CHECK_FALSE(namesOf(posters->chosen()).contains(QStringLiteral(u"鹿寨县导江乡导江村卫生室")));

    // Saving with the field still empty is refused with a message; filled in, it goes to the registry.
    const int fixRow = rowOf(box, QStringLiteral(u"鹿寨县江口乡江口村卫生室"));
    REQUIRE(fixRow >= 0);
    box->save(fixRow);
    CHECK(box->count() == 1);
    CHECK(posters->statusLabel()->text().contains(QStringLiteral(u"举报邮箱")));
    auto *email = qobject_cast<QLineEdit *>(box->table()->cellWidget(fixRow, 2));
    REQUIRE(email);
    email->setText(QStringLiteral("jkcwss@163.com"));
    box->save(fixRow);
    CHECK(box->count() == 0);
    CHECK(InstitutionRepository(session.database()).findByName(QStringLiteral(u"鹿寨县江口乡江口村卫生室"))->reportEmail
          == QStringLiteral("jkcwss@163.com"));
    REQUIRE(posters->pdfButton()->isEnabled());
    CHECK(posters->chosen().size() == active - 1);

    const QString pdf = dir.filePath(QStringLiteral("posters.pdf"));
    std::optional<Status> saved;
    QObject::connect(posters, &ui::PosterPanel::pdfSaved, [&saved](const Status &s, bool) { saved = s; });
    posters->savePdf(pdf);
    REQUIRE(test::waitUntil([&] { return saved.has_value(); }));
    INFO(saved->message());
    REQUIRE(saved->isOk());
    CHECK(test::pdfPageCount(pdf) == active - 1);
    CHECK(test::pdfPageText(pdf, 12).contains(QStringLiteral(u"鹿寨县江口乡卫生院")));
}

TEST_CASE("printing page: the filters narrow the list to a township or a kind")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    ui::PrintingPage page(&session);
    ui::PosterPanel *posters = page.posterPanel();

    QComboBox *township = posters->townshipFilter();
    township->setCurrentIndex(township->findData(QStringLiteral(u"导江乡")));
    CHECK(namesOf(posters->chosen())
          == QStringList({QStringLiteral(u"鹿寨县导江乡卫生院"), QStringLiteral(u"鹿寨县导江乡导江村卫生室")}));
    CHECK(posters->incompleteBox()->count() == 1);

    township->setCurrentIndex(0);
    QComboBox *kind = posters->kindFilter();
    kind->setCurrentIndex(kind->findData(int(InstitutionKind::Pharmacy)));
    CHECK(namesOf(posters->chosen()) == QStringList({QStringLiteral(u"鹿寨县康民大药房"), QStringLiteral(u"鹿寨县益寿堂药店")}));
    CHECK(posters->incompleteBox()->count() == 0);
    CHECK(posters->pdfButton()->isEnabled());

    // Unticking a row leaves it out; ticking all brings it back.
    posters->table()->item(0, 0)->setCheckState(Qt::Unchecked);
    CHECK(namesOf(posters->chosen()) == QStringList({QStringLiteral(u"鹿寨县益寿堂药店")}));
    posters->setAllChecked(true);
    CHECK(posters->chosen().size() == 2);
}

TEST_CASE("printing page: before any campaign exists its dates are today's, never 2000-01-01")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("empty.sqlite")), false).isOk());
    REQUIRE(session.campaignId() == 0);
    ui::PrintingPage page(&session);
    const QList<QDateEdit *> dates = page.findChildren<QDateEdit *>();
    REQUIRE_FALSE(dates.isEmpty());
    for (const QDateEdit *d : dates) {
        INFO(d->objectName().toStdString());
        CHECK(d->date() == QDate::currentDate());
    }
}

TEST_CASE("printing page: the notice body is edited, saved with the campaign and printed as edited")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    ui::PrintingPage page(&session);
    ui::NoticePanel *notice = page.noticePanel();
    CHECK(notice->bodyEditor()->toPlainText().contains(QStringLiteral(u"现印发给你们")));
    CHECK_FALSE(notice->saveButton()->isEnabled());

    notice->bodyEditor()->setPlainText(QStringLiteral(u"第一段：请各单位高度重视。\n第二段：请于每月12日前报送。"));
    notice->docNumberEdit()->setText(QStringLiteral(u"鹿卫医〔2021〕23号"));
    CHECK(notice->saveButton()->isEnabled());
    REQUIRE(notice->save().isOk());
    const auto saved = CampaignRepository(session.database()).load(session.campaignId());
    REQUIRE(saved);
    CHECK(saved->noticeBody == QStringLiteral(u"第一段：请各单位高度重视。\n第二段：请于每月12日前报送。"));
    CHECK(saved->docNumber == QStringLiteral(u"鹿卫医〔2021〕23号"));
    CHECK(saved->phases.size() == 3);   // the rest of the campaign is kept

    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    REQUIRE(notice->saveTo(pdf).isOk());
    const QString text = test::pdfPageText(pdf, 1);
    CHECK(text.contains(QStringLiteral(u"鹿卫医〔2021〕23号")));
    CHECK(text.contains(QStringLiteral(u"第一段：请各单位高度重视。第二段：请于每月12日前报送。")));

    // The same notice as an editable Word document: a reader of the file sees the edited text.
    const QString docx = dir.filePath(QStringLiteral("notice.docx"));
    REQUIRE(notice->saveTo(docx).isOk());
    const test::DocxReadBack word = test::readDocx(docx);
    CHECK(word.paragraphs.contains(QStringLiteral(u"鹿卫医〔2021〕23号")));
    CHECK(word.paragraphs.contains(QStringLiteral(u"第一段：请各单位高度重视。")));
    CHECK(word.paragraphs.contains(QStringLiteral(u"第二段：请于每月12日前报送。")));
    CHECK_FALSE(word.paragraphs.join(QString()).contains(QStringLiteral(u"现印发给你们")));

    // Emphasis survives as HTML; plain text stays plain.
    QTextCursor cursor(notice->bodyEditor()->document());
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, 3);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.mergeCharFormat(bold);
    REQUIRE(notice->save().isOk());
    CHECK(Qt::mightBeRichText(CampaignRepository(session.database()).load(session.campaignId())->noticeBody));
}
