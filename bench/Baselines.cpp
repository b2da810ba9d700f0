// SPDX-License-Identifier: GPL-3.0-or-later
#include "Baselines.h"

#include "forms/FormDescription.h"
#include "model/Report.h"
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

#include <cmath>

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
    // The same check of every table as the program's open, so that both sides start with
    // the same pages cached.
    QSqlQuery tables(*db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_log'")))
        return tables.lastError().text();
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : names) {
        QSqlQuery check(*db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(name)) || !check.next())
            return check.lastError().text();
    }
    return QString();
}

QString onRawConnection(const QString &dbPath, const std::function<QString(QSqlDatabase)> &work)
{
    QString error;
    QString name;
    {
        QSqlDatabase db;
        error = openRaw(dbPath, &db);
        name = db.connectionName();
        if (error.isEmpty())
            error = work(db);
    }
    QSqlDatabase::removeDatabase(name);
    return error;
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

namespace {

/// Where a row of a ledger query adds its value: a cell, or (for 附件2) each category
/// unit its institutions' attributes fall in.
struct LedgerSink
{
    QHash<QString, double> *figures = nullptr;
    double total = 0;
    int rows = 0;

    void add(int form, const QString &unitKey, const QString &period, int column, double value)
    {
        total += value;
        ++rows;
        if (!figures || value == 0)
            return;
        (*figures)[ledgerCellKey(form, unitKey, YearMonth::parse(period), column)] += value;
    }
};

// Per institution and column: the query yields period, institution, form, column, value.
QString runInstitutionQuery(const QSqlDatabase &db, const QString &sql, LedgerSink &sink)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return q.lastError().text();
    while (q.next())
        sink.add(q.value(2).toInt(), UnitKey::institution(q.value(1).toLongLong()), q.value(0).toString(),
                 q.value(3).toInt(), q.value(4).toDouble());
    return QString();
}

} // namespace

QString ledgerCellKey(int form, const QString &unitKey, const YearMonth &period, int column)
{
    return QStringLiteral("%1|%2|%3|%4").arg(form).arg(unitKey, period.toString()).arg(column);
}

QString ledgerGroupBy(QSqlDatabase db, const Campaign &campaign, const QList<YearMonth> &periods,
                      QHash<QString, double> *figures)
{
    QStringList months;
    for (const YearMonth &p : periods)
        months << QStringLiteral("('%1','%2','%3')")
                      .arg(p.toString(), p.firstDay().toString(Qt::ISODate), p.lastDay().toString(Qt::ISODate));
    // Every figure is cumulative: each month takes the records up to its last day. 附件1
    // and 附件3 have a row for each medical institution open in the month.
    const QString monthRows = months.join(QLatin1Char(','));
    const QString units = QStringLiteral(
        "units(p, id) AS (SELECT m.p, i.id FROM months m JOIN institution i ON i.kind = 'medical' "
        "  AND (i.active = 1 OR i.active_until IS NOT NULL) AND (i.active_from IS NULL OR i.active_from <= m.e) "
        "  AND (i.active_until IS NULL OR i.active_until >= m.f)) ");
    const QString with = QStringLiteral("WITH months(p, f, e) AS (VALUES %1), ").arg(monthRows) + units;
    const QString c = QString::number(campaign.id);
    // A record's state at a month's end is the target of its last step up to that day.
    const auto stateAtEnd = [&](const char *table, const char *step, const char *key, const char *states, int form,
                                int column) {
        return with + QStringLiteral(
                   "SELECT l.p, x.institution_id, %5, %6, COUNT(*) FROM "
                   "(SELECT m.p, s.%3 AS record, MAX(s.id) AS step FROM months m "
                   "  JOIN %2 s ON s.done_on <= m.e JOIN %1 r ON r.id = s.%3 AND r.campaign_id = %7 "
                   "  GROUP BY m.p, s.%3) l "
                   "JOIN %2 s ON s.id = l.step AND s.to_state IN (%4) "
                   "JOIN %1 x ON x.id = l.record JOIN units u ON u.p = l.p AND u.id = x.institution_id "
                   "GROUP BY l.p, x.institution_id")
                          .arg(QLatin1String(table), QLatin1String(step), QLatin1String(key), QLatin1String(states))
                          .arg(form)
                          .arg(column)
                          .arg(c);
    };
    const QStringList perInstitution{
        // 附件1 (1): problems found up to the month's end; (2): rectified or closed at it.
        with + QStringLiteral("SELECT m.p, x.institution_id, 1, 1, COUNT(*) FROM months m "
                              "JOIN problem x ON x.campaign_id = %1 AND x.found_on <= m.e "
                              "JOIN units u ON u.p = m.p AND u.id = x.institution_id "
                              "GROUP BY m.p, x.institution_id").arg(c),
        stateAtEnd("problem", "problem_step", "problem_id", "'rectified','closed'", 1, 2),
        // 附件3 (5): tip-offs about an institution, concluded or closed at the month's end.
        stateAtEnd("tipoff", "tipoff_step", "tipoff_id", "'concluded','closed'", 3, 5),
        // Case and education records: which kind makes which column, counted or summed.
        QStringLiteral(
                   "WITH months(p, f, e) AS (VALUES %2), %3, kinds(kind, form, col, what) AS (VALUES "
                   "  ('admonition',1,3,'persons'), ('criticism',1,4,'persons'), "
                   "  ('first-form-other',1,5,'persons'), ('recommendation',1,6,'one'), ('recommendation',1,7,'answered'), "
                   "  ('life-meeting',1,8,'one'), ('warning-education',1,9,'one'), ('system',1,10,'one'), "
                   "  ('public-issue',1,11,'one'), ('warning-education',3,1,'one'), ('training',3,2,'one'), "
                   "  ('training',3,3,'persons'), ('case-material',3,4,'one'), ('confession',3,6,'persons'), "
                   "  ('kickback',3,8,'one'), ('kickback',3,9,'persons'), ('kickback',3,10,'wan'), "
                   "  ('gift',3,11,'one'), ('gift',3,12,'persons'), ('gift',3,13,'wan')) "
                   "SELECT m.p, x.institution_id, k.form, k.col, "
                   "  SUM(CASE k.what WHEN 'persons' THEN x.persons WHEN 'wan' THEN x.amount_yuan / 10000.0 ELSE 1 END) "
                   "FROM kinds k "
                   "JOIN case_record x ON x.campaign_id = %1 AND x.kind = k.kind "
                   "JOIN months m ON (CASE k.what WHEN 'answered' THEN x.answered_on ELSE x.held_on END) <= m.e "
                   "JOIN units u ON u.p = m.p AND u.id = x.institution_id "
                   "GROUP BY m.p, x.institution_id, k.form, k.col").arg(c, monthRows, units),
        // 附件3 (7): supplier interviews.
        with + QStringLiteral("SELECT m.p, x.institution_id, 3, 7, COUNT(*) FROM months m "
                              "JOIN supplier_interview x ON x.campaign_id = %1 AND x.held_on <= m.e "
                              "JOIN units u ON u.p = m.p AND u.id = x.institution_id "
                              "GROUP BY m.p, x.institution_id").arg(c),
    };
    // 附件2: inspections of contracted institutions by the attributes its categories select;
    // counts of 家 are distinct institutions (one institution has one set of attributes, so
    // the categories' sums of them stay distinct).
    const QString inspections = with + QStringLiteral(
        "SELECT m.p, i.ownership, i.level, i.kind, COUNT(DISTINCT x.institution_id), "
        "  COUNT(DISTINCT CASE WHEN x.interview + x.criticism + x.rectify_order + x.funds_recovered + x.fined > 0 "
        "    OR x.clues_transferred > 0 OR trim(x.other_measure) <> '' THEN x.institution_id END), "
        "  COUNT(DISTINCT CASE WHEN x.interview = 1 THEN x.institution_id END), "
        "  COUNT(DISTINCT CASE WHEN x.criticism = 1 THEN x.institution_id END), "
        "  COUNT(DISTINCT CASE WHEN x.rectify_order = 1 THEN x.institution_id END), "
        "  SUM(x.clues_transferred), "
        "  COUNT(DISTINCT CASE WHEN x.funds_recovered = 1 THEN x.institution_id END), "
        "  COUNT(DISTINCT CASE WHEN x.fined = 1 THEN x.institution_id END), "
        "  COUNT(DISTINCT CASE WHEN trim(x.other_measure) <> '' THEN x.institution_id END), "
        "  SUM(x.refund_yuan + x.recovered_yuan + x.fine_yuan) / 10000.0, SUM(x.refund_yuan) / 10000.0, "
        "  SUM(x.recovered_yuan) / 10000.0, SUM(x.fine_yuan) / 10000.0, "
        "  SUM(x.suspended_persons), SUM(x.revoked_persons), SUM(x.prosecuted_persons) "
        "FROM months m JOIN inspection x ON x.campaign_id = %1 AND x.inspected_on <= m.e "
        "JOIN institution i ON i.id = x.institution_id AND i.contracted = 1 "
        "GROUP BY m.p, i.ownership, i.level, i.kind").arg(c);

    QString error;
    LedgerSink sink;
    sink.figures = figures;
    for (const QString &sql : perInstitution)
        if (error.isEmpty())
            error = runInstitutionQuery(db, sql, sink);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (error.isEmpty() && !q.exec(inspections))
        error = q.lastError().text();
    const QList<CategoryRow> categories = FormCatalog::form(2).categoryUnits();
    while (error.isEmpty() && q.next()) {
        const Ownership o = q.value(1).toString() == u"private" ? Ownership::Private : Ownership::Public;
        const int level = q.value(2).toInt();
        const Level l = level == 3 ? Level::Tertiary : level == 2 ? Level::Secondary : Level::PrimaryOrBelow;
        const InstitutionKind k = q.value(3).toString() == u"pharmacy" ? InstitutionKind::Pharmacy : InstitutionKind::Medical;
        for (const CategoryRow &row : categories) {
            if (!row.select.matches(k, o, l))
                continue;
            for (int column = 2; column <= 17; ++column)
                sink.add(2, UnitKey::category(row.unit), q.value(0).toString(), column, q.value(column + 2).toDouble());
        }
    }
    if (error.isEmpty() && sink.rows == 0)
        error = QStringLiteral("ledger GROUP BY returned nothing");
    // Money is summed from whole 元; a form states it in 万元 with two decimals, the cell's
    // sum rounded half up to 100 元 (as a clerk would type it).
    if (figures)
        for (auto it = figures->begin(); it != figures->end(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('|'));
            const FormColumn *column = FormCatalog::form(parts.first().toInt()).column(parts.last().toInt());
            const qint64 yuan = std::llround(it.value() * 10000.0);
            it.value() = column && column->kind == ColumnKind::Amount ? double((yuan + 50) / 100) / 100.0
                                                                      : double(yuan) / 10000.0;
        }
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
