// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/SendReceipts.h"

#include "actions/ImportMailAttachments.h"
#include "actions/MailWording.h"
#include "io/WorkbookImport.h"
#include "model/InstitutionLookup.h"
#include "model/Report.h"
#include "storage/Database.h"
#include "storage/MailRepository.h"
#include "storage/SentMailRepository.h"
#include "xlsx/XlsxWorkbook.h"

#include <QJsonObject>

#include <algorithm>

namespace qf {

namespace {

bool isWorkbook(const StoredMailAttachment &a)
{
    return a.outcome != MailAttachmentOutcome::NotWorkbook;
}

// What the workbook is, and its errors, as the import saw them: read again from the kept copy.
WorkbookFile analysed(const StoredMailAttachment &a, const WorkbookImport::Context &context)
{
    const QString path = ImportMailAttachments::pathOf(a);
    WorkbookFile file;
    XlsxWorkbook book;
    if (!a.content.isEmpty() && XlsxWorkbook::openData(a.content, path, &book))
        file = WorkbookImport::analyseWorkbook(book, path, context);
    file.fileName = a.fileName;
    return file;
}

} // namespace

Status SendReceipts::preview(Database &db, const Campaign &campaign, const QDate &today, QList<PlannedMail> *out)
{
    out->clear();
    MailRepository mail(db);
    SentMailRepository log(db);
    QHash<qint64, MailAccount> accounts;
    for (const MailAccount &a : mail.accounts())
        accounts.insert(a.id, a);
    const WorkbookImport::Context context = WorkbookImport::contextFor(db, campaign, today);
    QJsonObject words;
    if (Status s = MailWording::sentences(campaign, QStringLiteral("receipt"), &words); !s)
        return s;
    const auto word = [&](const char *key) { return words.value(QLatin1String(key)).toString(); };

    // By message: each workbook answered on its own, the rest together when nothing else came.
    QList<QPair<qint64, QList<StoredMailAttachment>>> messages;
    for (const StoredMailAttachment &a : mail.decidedAttachments(true)) {
        if (messages.isEmpty() || messages.last().first != a.messageRow)
            messages.append(qMakePair(a.messageRow, QList<StoredMailAttachment>()));
        messages.last().second << a;
    }
    for (const auto &[row, parts] : messages) {
        const StoredMailMessage message = mail.message(row).value_or(StoredMailMessage());
        const bool anyWorkbook = std::any_of(parts.cbegin(), parts.cend(), isWorkbook);
        QList<QList<StoredMailAttachment>> answers;
        if (anyWorkbook) {
            for (const StoredMailAttachment &a : parts)
                if (isWorkbook(a))
                    answers.append(QList<StoredMailAttachment>{a});
        } else {
            answers.append(parts);
        }
        for (const QList<StoredMailAttachment> &about : answers) {
            const StoredMailAttachment &a = about.first();
            if (const auto before = log.receipt(a.id); before && before->settled())
                continue; // answered (or possibly answered) once: never again
            const WorkbookFile file = anyWorkbook ? analysed(a, context) : WorkbookFile();
            Institution unit;
            const bool known = !file.institution.isEmpty() && InstitutionLookup::find(context.registry, file.institution, &unit);
            PlannedMail p;
            p.unitName = known ? unit.name : (message.fromName.isEmpty() ? message.fromAddress : message.fromName);
            p.account = accounts.value(message.accountId);
            QStringList names;
            for (const StoredMailAttachment &part : about)
                names << part.fileName;
            QHash<QString, QString> values{
                {QStringLiteral("unit"), p.unitName},
                {QStringLiteral("month"), file.period.isValid() ? file.period.toChinese() : QString()},
                {QStringLiteral("forms"), file.formsText()},
                {QStringLiteral("file"), names.join(tr("、"))},
                {QStringLiteral("received"), message.arrivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
                {QStringLiteral("office"), p.account.office.isEmpty() ? p.account.name : p.account.office},
                {QStringLiteral("date"), today.toString(QStringLiteral(u"yyyy年M月d日"))},
            };
            QStringList details;
            QString summary;
            QString advice;
            if (!anyWorkbook) {
                for (const StoredMailAttachment &part : about)
                    details << part.detail;
                summary = word("notWorkbook");
                advice = word("adviceNotWorkbook");
            } else if (a.outcome == MailAttachmentOutcome::Refused) {
                // The errors as the import found them; the kept reason when the copy cannot be read again.
                details = file.errors.isEmpty() ? a.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts) : file.errors;
                values.insert(QStringLiteral("count"), QString::number(details.size()));
                summary = word("errors");
                advice = word("adviceErrors");
            } else {
                summary = word("clean");
                advice = word("adviceClean");
            }
            for (qsizetype n = 0; n < details.size(); ++n)
                details[n] = tr("%1. %2").arg(n + 1).arg(details.at(n));
            values.insert(QStringLiteral("summary"), MailWording::fill(summary, values));
            values.insert(QStringLiteral("colon"), details.isEmpty() ? tr("。") : tr("："));
            values.insert(QStringLiteral("details"), details.join(QLatin1Char('\n')));
            values.insert(QStringLiteral("advice"), advice);
            p.mail.subject = MailWording::fill(word("subject"), values);
            p.mail.body = MailWording::fill(word("body"), values);
            p.mail.toAddress = message.fromAddress;
            p.mail.toName = message.fromName;
            p.mail.fromAddress = p.account.address;
            p.mail.fromName = values.value(QStringLiteral("office"));
            p.mail.messageId = OutgoingMail::newMessageId(p.account.address);
            SentMail r;
            r.campaignId = campaign.id;
            r.unitKey = known ? UnitKey::institution(unit.id) : QStringLiteral("mail:") + message.fromAddress;
            r.deliverable = file.forms.isEmpty() ? 0 : file.forms.first();
            r.period = file.period;
            r.kind = SentMailKind::Receipt;
            r.aboutAttachment = a.id;
            r.accountId = p.account.id;
            r.recipient = message.fromAddress;
            r.subject = p.mail.subject;
            r.messageId = p.mail.messageId;
            p.rows << r;
            if (!message.fromAddress.contains(QLatin1Char('@'))) {
                p.plan = PlannedMail::Plan::NoAddress;
                p.note = tr("邮件没有可回复的发件人地址");
            } else if (!p.account.id) {
                p.plan = PlannedMail::Plan::NoAccount;
                p.note = tr("收到这封邮件的邮箱已不存在");
            }
            *out << p;
        }
    }
    return Status::success();
}

Status SendReceipts::run(Database &db, const MailRun::SenderFor &senderFor, QList<PlannedMail> &plan, const MailRunOptions &options,
                         MailRunResult *result)
{
    return MailRun::send(db, senderFor, plan, options, result);
}

} // namespace qf
