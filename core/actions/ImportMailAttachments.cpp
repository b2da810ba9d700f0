// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/ImportMailAttachments.h"

#include "storage/Database.h"
#include "storage/MailRepository.h"
#include "xlsx/XlsxWorkbook.h"

namespace qf {

namespace {

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
        return w;
    }
    w.file = WorkbookImport::analyseWorkbook(book, path, context);
    return w;
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
    for (const StoredMailAttachment &a : repo.pendingAttachments(true)) {
        // Each one against what is stored now, the previous ones included.
        WorkbookImport::Context context = WorkbookImport::contextFor(db, campaign, today);
        MailWorkbook w = analyse(db, context, today, a);
        Transaction tx(db);
        if (!w.file.isClean()) {
            if (Status s = repo.decide(a.id, MailAttachmentOutcome::Refused, w.file.errors.join(QLatin1Char('\n'))); !s)
                return s;
        } else {
            const bool unchanged = w.file.change() == ImportChange::Unchanged;
            if (Status s = WorkbookImport::store(db, w.file); !s)
                return s;
            const MailAttachmentOutcome outcome = unchanged ? MailAttachmentOutcome::Unchanged : MailAttachmentOutcome::Imported;
            if (Status s = repo.decide(a.id, outcome, w.file.institution); !s)
                return s;
        }
        if (Status s = tx.commit(); !s)
            return s;
        *out << w;
    }
    return Status::success();
}

} // namespace qf
