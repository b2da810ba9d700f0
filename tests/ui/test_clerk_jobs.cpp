// SPDX-License-Identifier: GPL-3.0-or-later
// A clerk's everyday jobs from the window: the contact phone, the reminder list to copy,
// print or export, errors shown whole, the campaign named on every page.
#include "TestSupport.h"
#include "TrackingFixture.h"

#include "entry/EntryModel.h"
#include "entry/EntryPage.h"
#include "i18n/QtFileTypeTranslator.h"
#include "ledgers/LedgerWidgets.h"
#include "ledgers/LedgersPage.h"
#include "registry/InstitutionDialog.h"
#include "registry/InstitutionTableModel.h"
#include "registry/RegistryPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/CampaignRepository.h"
#include "tracking/ReminderDialog.h"
#include "widgets/ErrorListDialog.h"
#include "widgets/ShortDate.h"
#include "xlsx/XlsxWorkbook.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileIconProvider>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

using namespace qf;
using namespace Qt::StringLiterals;

namespace {

/// Runs `handle` on the first modal dialog that opens while `action` runs, then closes it.
template <typename Dialog>
bool onModal(const std::function<void()> &action, const std::function<void(Dialog *)> &handle)
{
    bool seen = false;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            seen = true;
            handle(dialog);
            dialog->reject();
        }
    });
    timer.start();
    action();
    return seen;
}

/// With QINGFENG_SCREENSHOT_DIR set, a picture of `w` to look at.
void screenshot(QWidget *w, const QString &name, const QSize &size = QSize())
{
    if (!qEnvironmentVariableIsSet("QINGFENG_SCREENSHOT_DIR"))
        return;
    if (size.isValid())
        w->resize(size);
    w->show();
    QCoreApplication::processEvents();
    w->grab().save(QDir(qEnvironmentVariable("QINGFENG_SCREENSHOT_DIR")).filePath(name));
}

void save(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("the registry keeps a contact phone apart from the 举报电话, and a new institution opens the day it is added")
{
    ui::InstitutionDialog added(Institution{});
    // Not overdue for the months before it existed.
    CHECK(added.institution().activeFrom == QDate::currentDate());
    auto *phone = added.findChild<QLineEdit *>(u"contactPhone"_s);
    REQUIRE(phone);
    phone->setText(u"0772-6810001"_s);
    CHECK(added.institution().contactPhone == u"0772-6810001"_s);
    CHECK(added.institution().reportPhone.isEmpty());
    screenshot(&added, u"institution-dialog.png"_s);

    Institution existing;
    existing.id = 7;
    existing.name = u"甲县人民医院"_s;
    ui::InstitutionDialog edited(existing);
    CHECK_FALSE(edited.institution().activeFrom.isValid());   // open since before any campaign

    existing.reportPhone = u"12345"_s;
    existing.contactPhone = u"0772-6810001"_s;
    ui::InstitutionTableModel model;
    model.setInstitutions({existing});
    CHECK(model.headerData(ui::InstitutionTableModel::ContactPhone, Qt::Horizontal, Qt::DisplayRole).toString() == u"联系电话"_s);
    CHECK(model.index(0, ui::InstitutionTableModel::ContactPhone).data().toString() == u"0772-6810001"_s);
    CHECK(model.index(0, ui::InstitutionTableModel::Phone).data().toString() == u"12345"_s);
}

TEST_CASE("the reminder list is copied as text or as a table and exported as a workbook, with the contact phone")
{
    test::TrackingFixture f;
    const QDate today(2021, 9, 15);
    const QList<TrackedObligation> tracked = f.tracker().track(YearMonth(2021, 8), today);
    ui::ReminderDialog dialog(u"催报名单（2021年8月）"_s, ReminderList::build(tracked, today), ReminderList::build(tracked, today, false));
    CHECK(dialog.text().contains(u"联系电话：13877201111"_s));
    CHECK_FALSE(dialog.text().contains(u"0772-12345"_s));
    screenshot(&dialog, u"reminder-dialog.png"_s);

    dialog.copyTable();
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    REQUIRE(copied);
    const QStringList rows = copied->text().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(rows.size() > 1);
    CHECK(rows.first().startsWith(u"单位\t联系人\t联系电话\t未报事项"_s));
    bool clinic = false;
    for (const QString &row : rows)
        clinic = clinic || row.startsWith(u"甲县长盛村卫生室\t黎玉珍\t13877201111\t"_s);
    CHECK(clinic);
    CHECK(copied->html().contains(u"<td>甲县长盛村卫生室</td>"_s));

    const QString path = f.t.file(u"催报名单.xlsx"_s);
    REQUIRE(dialog.exportTo(path).isOk());
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(path, &book).isOk());
    const XlsxSheet &sheet = *book.sheetAt(0);
    int found = -1;
    for (int r = 0; r < sheet.rowCount(); ++r)
        if (sheet.cell(r, 1).text == u"甲县长盛村卫生室"_s)
            found = r;
    REQUIRE(found >= 0);
    CHECK(sheet.cell(found, 2).text == u"黎玉珍"_s);
    CHECK(sheet.cell(found, 3).text == u"13877201111"_s);
    CHECK(sheet.cell(found, 4).text.contains(u"已逾期"_s));
    // A folder that does not exist: refused, with the file named.
    CHECK(dialog.exportTo(f.t.file(u"nowhere/x.xlsx"_s)).message().contains(u"x.xlsx"_s));
}

TEST_CASE("a registry file with errors lists every error whole in a window that can be resized")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(u"registry.sqlite"_s), true).isOk());
    ui::RegistryPage page(&session);
    const int before = page.visibleCount();
    const QString path = dir.filePath(u"名册.csv"_s);
    QByteArray csv = u"名称,所有制,等级,医保定点\n"_s.toUtf8();
    for (int i = 1; i <= 12; ++i)
        csv += u"甲县第%1诊所,公私,二级,是\n"_s.arg(i).toUtf8();
    save(path, csv);

    QStringList errors;
    bool resizable = false;
    const bool shown = onModal<ui::ErrorListDialog>([&] { page.importRegistry(path); }, [&](ui::ErrorListDialog *d) {
        errors = d->errors();
        resizable = d->isSizeGripEnabled();
        screenshot(d, u"error-list.png"_s);
    });
    REQUIRE(shown);
    CHECK(resizable);
    REQUIRE(errors.size() == 12);   // every row, none behind 显示详情
    CHECK(errors.last().contains(u"名册.csv"_s));
    CHECK(errors.last().contains(u"第13行"_s));
    CHECK(page.visibleCount() == before);
}

TEST_CASE("the status bar names the campaign in use, and a restart opens the one used last")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"campaigns.sqlite"_s);
    qint64 second = 0;
    QString secondTitle;
    {
        ui::Session session;
        REQUIRE(session.open(path, true).isOk());
        const qint64 first = session.campaignId();
        REQUIRE(first != 0);
        Campaign other = *CampaignRepository(session.database()).load(first);
        other.id = 0;
        other.title = u"另一项专项整治"_s;
        for (auto &o : other.offices)
            o.id = 0;
        for (auto &p : other.phases)
            p.id = 0;
        for (auto &d : other.deadlines)
            d.id = 0;
        REQUIRE(CampaignRepository(session.database()).save(other).isOk());
        second = other.id;
        secondTitle = other.title;
        // The newest would open by default; the clerk goes back to the first one.
        ui::MainWindow window(&session);
        auto *label = window.statusBar()->findChild<QLabel *>(u"campaignLabel"_s);
        REQUIRE(label);
        session.setCampaignId(second);
        CHECK(label->text().contains(secondTitle));
        session.setCampaignId(first);
        CHECK(label->text().contains(CampaignRepository(session.database()).load(first)->title));
        CHECK_FALSE(label->text().contains(secondTitle));
        // The platform appends the application's name itself; the title must not carry it too.
        CHECK_FALSE(window.windowTitle().contains(u"清风"_s));
        REQUIRE(window.showPage(u"registry"_s));
        screenshot(&window, u"main-window-registry.png"_s, QSize(1366, 768));
        session.setCampaignId(second);
    }
    ui::Session again;
    REQUIRE(again.open(path, false).isOk());
    CHECK(again.campaignId() == second);
    CHECK(again.campaignTitle() == secondTitle);
}

TEST_CASE("no developer leftovers: Qt's file dialog says 文件夹, 经办人 is the name given at first start, no empty （）")
{
    QTranslator qt;
    REQUIRE(qt.load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    language::QtFileTypeTranslator fileTypes(&qt);
    QCoreApplication::installTranslator(&qt);
    QCoreApplication::installTranslator(&fileTypes);
    QTemporaryDir dir;
    const QString folderType = QFileIconProvider().type(QFileInfo(dir.path()));
    QCoreApplication::removeTranslator(&fileTypes);
    QCoreApplication::removeTranslator(&qt);
    CHECK(folderType == u"文件夹"_s);

    QSettings settings;
    const QVariant savedName = settings.value(u"user/displayName"_s);
    const QVariant savedLedger = settings.value(u"ledgers/userName"_s);
    settings.remove(u"ledgers/userName"_s);
    settings.setValue(u"user/displayName"_s, u"韦晓梅"_s);
    const QString clerk = ui::LedgerWidgets::userName();
    settings.setValue(u"user/displayName"_s, savedName);
    if (savedLedger.isValid())
        settings.setValue(u"ledgers/userName"_s, savedLedger);
    CHECK(clerk == u"韦晓梅"_s);

    ui::Session session;
    REQUIRE(session.open(dir.filePath(u"docnumber.sqlite"_s), true).isOk());
    Campaign c = *CampaignRepository(session.database()).load(session.campaignId());
    c.docNumber.clear();
    REQUIRE(CampaignRepository(session.database()).save(c).isOk());
    ui::LedgersPage ledgers(&session);
    ledgers.reload();
    auto *label = ledgers.findChild<QLabel *>(u"ledgersCampaign"_s);
    REQUIRE(label);
    CHECK(label->text() == c.title);
}

TEST_CASE("a filing date of another year shows its year, so a late filing never looks on time")
{
    CHECK(ui::shortDate(QDate(2026, 12, 1), QDate(2026, 12, 20)) == u"12月1日"_s);
    CHECK(ui::shortDate(QDate(2026, 12, 1), QDate(2027, 1, 5)) == u"2026年12月1日"_s);
    CHECK(ui::shortDate(QDate(), QDate(2027, 1, 5)).isEmpty());

    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(u"years.sqlite"_s), true).isOk());
    auto statuses = [&](const QDate &today) {
        ui::EntryPage page(&session);
        page.setToday(today);
        REQUIRE(page.setForm(1));
        REQUIRE(page.setPeriod(YearMonth(2021, 10)));
        QStringList filed;
        ui::EntryModel &m = *page.model();
        for (int c = 0; c < m.fixedColumnCount(); ++c)
            if (m.fixedColumn(c) == ui::EntryModel::Fixed::Status)
                for (int r = 0; r < m.rowCount(); ++r)
                    if (const QString s = m.index(r, c).data().toString(); s.startsWith(u"已报 "_s))
                        filed << s;
        return filed;
    };
    const QStringList sameYear = statuses(QDate(2021, 12, 15));
    REQUIRE_FALSE(sameYear.isEmpty());
    CHECK_FALSE(sameYear.join(u'|').contains(u"年"_s));
    const QStringList nextYear = statuses(QDate(2022, 1, 5));
    REQUIRE(nextYear.size() == sameYear.size());
    for (const QString &s : nextYear)
        CHECK(s.startsWith(u"已报 2021年"_s));
}

TEST_CASE("every page of the Chinese window is free of rule ids, English file words and empty （）")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(u"walk.sqlite"_s), true).isOk());
    Campaign c = *CampaignRepository(session.database()).load(session.campaignId());
    c.docNumber.clear();   // a campaign without 文号 is allowed and must read well
    REQUIRE(CampaignRepository(session.database()).save(c).isOk());
    ui::MainWindow window(&session);
    window.resize(1366, 768);
    window.show();
    QStringList texts{window.windowTitle()};
    for (const QString &key : {u"campaign"_s, u"entry"_s, u"registry"_s, u"tracking"_s, u"printing"_s, u"ledgers"_s}) {
        REQUIRE(window.showPage(key));
        QCoreApplication::processEvents();
        for (const QLabel *l : window.findChildren<QLabel *>())
            texts << l->text();
        for (const QAbstractButton *b : window.findChildren<QAbstractButton *>())
            texts << b->text() << b->toolTip();
        for (const QAction *a : window.findChildren<QAction *>())
            texts << a->text() << a->toolTip();
    }
    static const QRegularExpression ruleId(u"（规则|\\b[a-z][a-z0-9]*-[a-z][a-z0-9-]*\\b"_s);
    static const QRegularExpression markup(u"<[^>]*>"_s);   // rich-text labels: their words only
    for (QString t : texts) {
        t.remove(markup);
        INFO(t.toStdString());
        CHECK_FALSE(t.contains(u"（）"_s));
        CHECK_FALSE(t.contains(ruleId));
        CHECK_FALSE(t.contains(u"Folder"_s));
    }
}
