// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/ImportMailAttachments.h"

#include "storage/Database.h"
#include "storage/MailRepository.h"
#include "xlsx/XlsxWorkbook.h"

#include <QSet>

namespace qf {

namespace {

// The registry's units whose e-mail (the one 催报 writes to) is the sender's.
QStringList unitsOf(const QString &sender, const QList<Institution> &registry)
{
    QStringList units;
    for (const Institution &i : registry)
        if (!sender.isEmpty() && i.reportEmail.trimmed().compare(sender, Qt::CaseInsensitive) == 0)
            units << i.name;
    return units;
}

QStringList mailNotesOf(const MailWorkbook &w, const WorkbookImport::Context &context)
{
    QStringList notes = w.message.note.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString sender = w.message.fromAddress.trimmed();
    const QStringList units = unitsOf(sender, context.registry);
    if (!w.file.institution.isEmpty() && !units.isEmpty() && !units.contains(w.file.institution))
        notes << ImportMailAttachments::tr("发件人 %1 登记为 %2，附件为 %3 的报表。")
                     .arg(sender, units.join(ImportMailAttachments::tr("、")), w.file.institution);
    // A unit writing from a private or new address is common and its filing counts; the clerk
    // is only told, so the address can be added to the registry (or the mail questioned).
    if (!sender.isEmpty() && units.isEmpty())
        notes << ImportMailAttachments::tr("发件人 %1 未在名册登记。").arg(sender);
    return notes;
}

// Against `context`, which the caller builds from what is stored: once for a preview, anew
// after each stored workbook during an import.
MailWorkbook analyse(Database &db, WorkbookImport::Context &context, const QDate &today, const StoredMailAttachment &attachment)
{
    MailWorkbook w;
    w.attachment = attachment;
    w.message = MailRepository(db).message(attachment.messageRow).value_or(StoredMailMessage());
    const QString path = ImportMailAttachments::pathOf(attachment);
    // Received the day the message reached the mailbox, in the bureau's time.
    const QDate arrived = w.message.arrivedAt.isValid() ? w.message.arrivedAt.toLocalTime().date() : today;
    context.receivedOn.insert(path, qMin(arrived, today));
    XlsxWorkbook book;
    if (const Status s = XlsxWorkbook::openData(attachment.content, path, &book); !s) {
        w.file.path = path;
        w.file.fileName = path.section(QLatin1Char('/'), -1);
        w.file.errors << s.messages();
    } else {
        w.file = WorkbookImport::analyseWorkbook(book, path, context);
    }
    w.mailNotes = mailNotesOf(w, context);
    w.file.warnings << w.mailNotes;
    return w;
}

// One workbook's outcome, with what it stores, in one transaction.
Status decide(Database &db, MailWorkbook &w)
{
    MailRepository repo(db);
    Transaction tx(db);
    if (!w.file.isClean()) {
        const QString detail = (w.file.errors + w.mailNotes).join(QLatin1Char('\n'));
        if (Status s = repo.decide(w.attachment.id, MailAttachmentOutcome::Refused, detail); !s)
            return s;
    } else {
        const bool unchanged = w.file.change() == ImportChange::Unchanged;
        if (Status s = WorkbookImport::store(db, w.file); !s)
            return s;
        const MailAttachmentOutcome outcome = unchanged ? MailAttachmentOutcome::Unchanged : MailAttachmentOutcome::Imported;
        const QString detail = (QStringList{w.file.institution} + w.mailNotes).join(QLatin1Char('\n'));
        if (Status s = repo.decide(w.attachment.id, outcome, detail); !s)
            return s;
    }
    return tx.commit();
}

} // namespace

QString ImportMailAttachments::pathOf(const StoredMailAttachment &attachment)
{
    QString name = attachment.fileName;
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    if (name.trimmed().isEmpty())
        name = tr("附件%1.xlsx").arg(attachment.seq);
    return QStringLiteral("mail-%1/%2").arg(attachment.id).arg(name);
}

QList<MailWorkbook> ImportMailAttachments::preview(Database &db, const Campaign &campaign, const QDate &today)
{
    QList<MailWorkbook> list;
    WorkbookImport::Context context = WorkbookImport::contextFor(db, campaign, today);
    for (const StoredMailAttachment &a : MailRepository(db).pendingAttachments(true))
        list << analyse(db, context, today, a);
    return list;
}

Status ImportMailAttachments::run(Database &db, const Campaign &campaign, const QDate &today, QList<MailWorkbook> *out)
{
    out->clear();
    MailRepository repo(db);
    // Each workbook is judged against what is stored now, the previous ones included. What one
    // stores changes only its own institution's months, so the context (the registry and each
    // month's stored reports, read once) is rebuilt only when a workbook names an institution
    // that an earlier workbook of this run stored for; rebuilding it for every workbook read
    // the whole month again each time and made a month's mail many times slower than a folder.
    WorkbookImport::Context context = WorkbookImport::contextFor(db, campaign, today);
    QSet<QString> storedFor;
    for (const StoredMailAttachment &a : repo.pendingAttachments(true)) {
        MailWorkbook w = analyse(db, context, today, a);
        if (storedFor.contains(w.file.institution)) {
            context = WorkbookImport::contextFor(db, campaign, today);
            storedFor.clear();
            w = analyse(db, context, today, a);
        }
        if (Status s = decide(db, w); !s) {
            const auto now = repo.attachment(a.id);
            if (now && now->outcome != MailAttachmentOutcome::Pending)
                continue;
            return s;
        }
        if (w.file.isClean())
            storedFor.insert(w.file.institution);
        *out << w;
    }
    return Status::success();
}

} // namespace qf
