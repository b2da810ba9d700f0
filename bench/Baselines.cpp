// SPDX-License-Identifier: GPL-3.0-or-later
#include "Baselines.h"

#include "forms/FormDescription.h"
#include "print/PrintFonts.h"
#include "xlsx/XlsxFormats.h"
#include "xlsx/ZipArchive.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QXmlStreamReader>

#include <xlsxwriter.h>

namespace qf::bench {

namespace {

constexpr int kHeaderTop = 3;   // the product's layout: 附件, title, 填报单位 line, then the header

XlsxFormats::Role roleOf(const SheetPlan &plan, int row, int col)
{
    const int bodyTop = kHeaderTop + plan.form->headerRows();
    if (row == 0)
        return XlsxFormats::Attachment;
    if (row == 1)
        return XlsxFormats::Title;
    if (row == 2)
        return col == 0 ? XlsxFormats::UnitLine : XlsxFormats::DateLine;
    if (row < bodyTop)
        return XlsxFormats::Header;
    if (row < bodyTop + plan.bodyRows) {
        const int labels = plan.form->labelColumnCount();
        if (col < labels)
            return XlsxFormats::Label;
        const ColumnKind kind = plan.form->columns.value(col - labels).kind;
        return kind == ColumnKind::Count ? XlsxFormats::Count
             : kind == ColumnKind::Amount ? XlsxFormats::Amount
                                          : XlsxFormats::Text;
    }
    return row == bodyTop + plan.bodyRows ? XlsxFormats::Signature : XlsxFormats::Notes;
}

} // namespace

QString writeRawWorkbook(const QString &path, const QList<SheetPlan> &plans)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook)
        return QStringLiteral("workbook_new failed");
    // The product's formats are plain libxlsxwriter formats made once per workbook.
    XlsxFormats formats(workbook);
    for (const SheetPlan &plan : plans) {
        lxw_worksheet *ws = workbook_add_worksheet(workbook, plan.sheet.name().toUtf8().constData());
        const int columns = plan.form->gridColumnCount();
        const int labels = plan.form->labelColumnCount();
        for (int c = 0; c < columns; ++c) {
            const double width = c < labels ? plan.form->labelColumns.at(c).width : plan.form->columns.at(c - labels).width;
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
        QVector<bool> merged(plan.sheet.rowCount() * columns + columns, false);
        for (const CellRange &m : plan.sheet.merges()) {
            const XlsxCell top = plan.sheet.cell(m.firstRow, m.firstColumn);
            worksheet_merge_range(ws, lxw_row_t(m.firstRow), lxw_col_t(m.firstColumn), lxw_row_t(m.lastRow), lxw_col_t(m.lastColumn),
                                  top.text.toUtf8().constData(), formats.get(roleOf(plan, m.firstRow, m.firstColumn)));
            for (int r = m.firstRow; r <= m.lastRow; ++r)
                for (int c = m.firstColumn; c <= m.lastColumn && c < columns; ++c)
                    if (r * columns + c < merged.size())
                        merged[r * columns + c] = true;
        }
        for (int r = 0; r < plan.sheet.rowCount(); ++r) {
            for (int c = 0; c < columns; ++c) {
                if (merged.at(r * columns + c))
                    continue;
                const XlsxCell cell = plan.sheet.cell(r, c);
                lxw_format *format = formats.get(roleOf(plan, r, c));
                if (cell.type == XlsxCell::Number)
                    worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), cell.number, format);
                else if (cell.type == XlsxCell::Text)
                    worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), cell.text.toUtf8().constData(), format);
                else
                    worksheet_write_blank(ws, lxw_row_t(r), lxw_col_t(c), format);
            }
        }
        worksheet_set_paper(ws, 9);
        worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_repeat_rows(ws, kHeaderTop, lxw_row_t(kHeaderTop + plan.form->headerRows() - 1));
        worksheet_freeze_panes(ws, lxw_row_t(kHeaderTop + plan.form->headerRows()), lxw_col_t(labels));
    }
    const lxw_error e = workbook_close(workbook);
    return e == LXW_NO_ERROR ? QString() : QString::fromUtf8(lxw_strerror(e));
}

QString openRaw(const QString &dbPath, QSqlDatabase *db)
{
    *db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QUuid::createUuid().toString());
    db->setDatabaseName(dbPath);
    if (!db->open())
        return db->lastError().text();
    QSqlQuery schema(*db);
    if (!schema.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !schema.next())
        return schema.lastError().text();
    return QString();
}

QString groupBySums(QSqlDatabase db, const Campaign &campaign, const QList<YearMonth> &periods)
{
    QStringList months;
    for (const YearMonth &p : periods)
        months << QStringLiteral("('%1')").arg(p.toString());
    // Each unit's cumulative figures at a month are those of its latest report up to
    // it (a unit that did not file is carried forward), as on the forms.
    const QString sql = QStringLiteral(
        "WITH months(p) AS (VALUES %1), "
        "latest AS (SELECT m.p AS period, r.form, r.unit_key, MAX(r.period) AS filed "
        "  FROM months m JOIN report r ON r.campaign_id = :c AND r.period <= m.p "
        "  GROUP BY m.p, r.form, r.unit_key) "
        "SELECT l.period, l.form, i.ownership, i.level, i.kind, f.column_no, SUM(f.number), COUNT(*) "
        "FROM latest l JOIN report r ON r.campaign_id = :c AND r.form = l.form AND r.unit_key = l.unit_key "
        "  AND r.period = l.filed "
        "JOIN figure f ON f.report_id = r.id "
        "LEFT JOIN institution i ON i.id = r.institution_id "
        "GROUP BY l.period, l.form, i.ownership, i.level, i.kind, f.column_no")
                            .arg(months.join(QLatin1Char(',')));
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":c"), campaign.id);
    if (!q.exec())
        return q.lastError().text();
    double total = 0;
    int rows = 0;
    while (q.next()) {
        total += q.value(6).toDouble();
        ++rows;
    }
    return rows == 0 ? QStringLiteral("GROUP BY returned nothing") : QString();
}

QString groupBySums(const QString &dbPath, const Campaign &campaign, const QList<YearMonth> &periods)
{
    QString error;
    QString name;
    {
        QSqlDatabase db;
        error = openRaw(dbPath, &db);
        name = db.connectionName();
        if (error.isEmpty())
            error = groupBySums(db, campaign, periods);
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString writeRawPosters(const QString &path, const QList<PosterContent> &contents)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(300);
    QPainter p;
    if (!p.begin(&pdf))
        return QStringLiteral("QPdfWriter failed");
    const QFont title = PrintFonts::font(PrintFonts::Face::Title, 26);
    const QFont body = PrintFonts::font(PrintFonts::Face::Fangsong, 16);
    const QFont channel = PrintFonts::font(PrintFonts::Face::Heiti, 16);
    const int w = pdf.width();
    bool first = true;
    for (const PosterContent &c : contents) {
        if (!first)
            pdf.newPage();
        first = false;
        int y = 200;
        p.setFont(title);
        for (const QString &line : c.titleLines) {
            p.drawText(QRect(0, y, w, 160), Qt::AlignHCenter, line);
            y += 160;
        }
        p.setFont(body);
        const QRect bodyRect(150, y, w - 300, 1400);
        p.drawText(bodyRect, Qt::TextWordWrap, c.body);
        y += 1450;
        p.setFont(channel);
        for (const PosterContent::Channel &ch : c.channels) {
            p.drawText(QRect(150, y, w - 300, 100), 0, ch.label + QStringLiteral(u"：") + ch.value);
            y += 100;
        }
        p.setFont(body);
        p.drawText(QRect(150, y + 100, w - 300, 100), Qt::AlignRight, c.institution);
        p.drawText(QRect(150, y + 200, w - 300, 100), Qt::AlignRight, c.date);
    }
    return p.end() ? QString() : QStringLiteral("QPainter::end failed");
}

QString readRawXml(const QStringList &files)
{
    qint64 cells = 0;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot open ") + path;
        ZipArchive zip;
        if (const Status s = zip.open(f.readAll(), path); !s)
            return s.message();
        // The shared strings and every worksheet, the parts the importer reads cells from.
        QStringList parts{QStringLiteral("xl/sharedStrings.xml")};
        for (int n = 1;; ++n) {
            const QString sheet = QStringLiteral("xl/worksheets/sheet%1.xml").arg(n);
            if (!zip.contains(sheet))
                break;
            parts << sheet;
        }
        for (const QString &part : std::as_const(parts)) {
            QByteArray xml;
            if (!zip.read(part, &xml))
                continue;
            QXmlStreamReader reader(xml);
            while (!reader.atEnd())
                if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"c")
                    ++cells;
        }
    }
    return cells > 0 ? QString() : QStringLiteral("no cells read");
}

QString readRegistryRaw(const QString &dbPath)
{
    const QString name = QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(QStringLiteral("SELECT * FROM institution ORDER BY id"), db);
        int rows = 0;
        while (q.next()) {
            for (int c = 0; c < 15; ++c)
                (void)q.value(c);
            ++rows;
        }
        if (rows == 0)
            error = QStringLiteral("no institutions");
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace qf::bench
