// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MimeWriter.h"

#include <gmime/gmime.h>

#include <mutex>

namespace qf {

namespace {

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

void addMailbox(InternetAddressList *list, const QString &name, const QString &address)
{
    const QByteArray n = name.toUtf8();
    const QByteArray a = address.trimmed().toUtf8();
    InternetAddress *mailbox = internet_address_mailbox_new(name.isEmpty() ? nullptr : n.constData(), a.constData());
    // The name goes out as UTF-8 encoded words, whatever GMime would guess from the text.
    internet_address_set_charset(mailbox, "utf-8");
    internet_address_list_add(list, mailbox);
    g_object_unref(mailbox);
}

// A part whose content is `data`, sent as base64 (Chinese text and workbooks alike).
GMimePart *partWith(const char *type, const char *subtype, const QByteArray &data)
{
    GMimePart *part = g_mime_part_new_with_type(type, subtype);
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(data.constData(), size_t(data.size()));
    GMimeDataWrapper *content = g_mime_data_wrapper_new_with_stream(stream, GMIME_CONTENT_ENCODING_DEFAULT);
    g_mime_part_set_content(part, content);
    g_object_unref(content);
    g_object_unref(stream);
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    return part;
}

} // namespace

QByteArray MimeWriter::write(const OutgoingMail &mail)
{
    initGMime();
    GMimeMessage *message = g_mime_message_new(TRUE);
    addMailbox(g_mime_message_get_from(message), mail.fromName, mail.fromAddress);
    addMailbox(g_mime_message_get_to(message), mail.toName, mail.toAddress);
    g_mime_message_set_subject(message, mail.subject.toUtf8().constData(), "utf-8");
    const QDateTime when = mail.date.isValid() ? mail.date : QDateTime::currentDateTime();
    GTimeZone *zone = g_time_zone_new_offset(when.offsetFromUtc());
    GDateTime *utc = g_date_time_new_from_unix_utc(when.toSecsSinceEpoch());
    GDateTime *local = g_date_time_to_timezone(utc, zone);
    g_mime_message_set_date(message, local);
    g_date_time_unref(local);
    g_date_time_unref(utc);
    g_time_zone_unref(zone);
    g_mime_message_set_message_id(message, mail.messageId.toUtf8().constData());

    GMimePart *text = partWith("text", "plain", mail.body.toUtf8());
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(text), "charset", "utf-8");
    if (mail.attachments.isEmpty()) {
        g_mime_message_set_mime_part(message, GMIME_OBJECT(text));
    } else {
        GMimeMultipart *mixed = g_mime_multipart_new_with_subtype("mixed");
        g_mime_multipart_add(mixed, GMIME_OBJECT(text));
        for (const OutgoingMail::Attachment &a : mail.attachments) {
            const QByteArray type = (a.contentType.isEmpty() ? QStringLiteral("application/octet-stream") : a.contentType).toLatin1();
            const qsizetype slash = type.indexOf('/');
            const QByteArray major = slash > 0 ? type.left(slash) : QByteArrayLiteral("application");
            const QByteArray minor = slash > 0 ? type.mid(slash + 1) : QByteArrayLiteral("octet-stream");
            GMimePart *part = partWith(major.constData(), minor.constData(), a.data);
            g_mime_object_set_disposition(GMIME_OBJECT(part), GMIME_DISPOSITION_ATTACHMENT);
            g_mime_part_set_filename(part, a.fileName.toUtf8().constData());
            g_mime_multipart_add(mixed, GMIME_OBJECT(part));
            g_object_unref(part);
        }
        g_mime_message_set_mime_part(message, GMIME_OBJECT(mixed));
        g_object_unref(mixed);
    }
    g_object_unref(text);

    GMimeFormatOptions *options = g_mime_format_options_clone(g_mime_format_options_get_default());
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    // Names of attachments as RFC 2231 parameters (filename*=utf-8''…).
    g_mime_format_options_set_param_encoding_method(options, GMIME_PARAM_ENCODING_METHOD_RFC2231);
    GMimeStream *out = g_mime_stream_mem_new();
    g_mime_object_write_to_stream(GMIME_OBJECT(message), options, out);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
    const QByteArray raw(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
    g_object_unref(out);
    g_mime_format_options_free(options);
    g_object_unref(message);
    return raw;
}

} // namespace qf
