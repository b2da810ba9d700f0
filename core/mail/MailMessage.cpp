// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailMessage.h"

#include "mail/EncodedWords.h"

#include <gmime/gmime.h>

#include <mutex>

namespace qf {

namespace {

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

struct Walk
{
    MailMessage *out;
    int parts = 0;
    qint64 decoded = 0;
    bool tooMany = false;
    bool tooDeep = false;
    bool tooLarge = false;
};

void visit(GMimeObject *object, int depth, Walk &walk);

// The name as the sender wrote it in encoded words, read word by word (see EncodedWords);
// null when the header does not use them.
QString encodedName(GMimePart *part)
{
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(part));
    const std::pair<const char *, QByteArray> places[] = {{"Content-Disposition", QByteArrayLiteral("filename")},
                                                          {"Content-Type", QByteArrayLiteral("name")}};
    for (const auto &[header, param] : places) {
        GMimeHeader *h = headers ? g_mime_header_list_get_header(headers, header) : nullptr;
        const char *raw = h ? g_mime_header_get_raw_value(h) : nullptr;
        if (!raw)
            continue;
        const QString name = EncodedWords::parameter(QByteArray(raw), param);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

void visitPart(GMimePart *part, Walk &walk)
{
    const char *name = g_mime_part_get_filename(part);
    const bool attachment = name || g_mime_part_is_attachment(part);
    if (!attachment)
        return; // the body text: nothing the collection keeps
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    MailAttachment a;
    a.fileName = text(name);
    if (const QString words = encodedName(part); !words.isEmpty())
        a.fileName = words;
    if (GMimeContentType *type = g_mime_object_get_content_type(GMIME_OBJECT(part))) {
        char *mime = g_mime_content_type_get_mime_type(type);
        a.contentType = text(mime);
        g_free(mime);
    }
    if (content) {
        GMimeStream *mem = g_mime_stream_mem_new();
        g_mime_data_wrapper_write_to_stream(content, mem);
        GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
        if (walk.decoded + qint64(bytes->len) > MailMessage::MaxDecoded) {
            walk.tooLarge = true;
        } else {
            walk.decoded += bytes->len;
            a.data = QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
        }
        g_object_unref(mem);
    }
    if (!walk.tooLarge)
        walk.out->attachments.append(a);
}

void visit(GMimeObject *object, int depth, Walk &walk)
{
    if (!object)
        return;
    if (depth > MailMessage::MaxDepth) {
        walk.tooDeep = true;
        return;
    }
    if (++walk.parts > MailMessage::MaxParts) {
        walk.tooMany = true;
        return;
    }
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multi = GMIME_MULTIPART(object);
        const int n = g_mime_multipart_get_count(multi);
        for (int i = 0; i < n && !walk.tooMany; ++i)
            visit(g_mime_multipart_get_part(multi, i), depth + 1, walk);
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        // A forwarded message: its attachments count as the outer message's.
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (inner)
            visit(g_mime_message_get_mime_part(inner), depth + 1, walk);
    } else if (GMIME_IS_PART(object)) {
        visitPart(GMIME_PART(object), walk);
    }
}

} // namespace

Status MailMessage::parse(const QByteArray &raw, MailMessage *out)
{
    initGMime();
    *out = MailMessage();
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    GMimeParserOptions *options = g_mime_parser_options_new();
    // Names written raw in 8 bits (older Chinese mail programs) are GBK more often than not.
    const char *charsets[] = {"UTF-8", "GB18030", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, charsets);
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    GMimeMessage *message = g_mime_parser_construct_message(parser, options);
    g_object_unref(parser);
    g_object_unref(stream);
    if (!message) {
        g_mime_parser_options_free(options);
        return Status::failure(tr("不是一封可以读取的邮件。"));
    }
    out->messageId = text(g_mime_message_get_message_id(message));
    out->subject = text(g_mime_message_get_subject(message));
    if (InternetAddressList *from = g_mime_message_get_from(message); from && internet_address_list_length(from) > 0) {
        InternetAddress *address = internet_address_list_get_address(from, 0);
        out->fromName = text(internet_address_get_name(address));
        if (INTERNET_ADDRESS_IS_MAILBOX(address))
            out->fromAddress = text(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).toLower();
    }
    if (GDateTime *date = g_mime_message_get_date(message))
        out->sentDate = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    Walk walk{out};
    visit(g_mime_message_get_mime_part(message), 0, walk);
    if (walk.tooDeep)
        out->problems << tr("邮件嵌套超过 %1 层，更深的部分未读取。").arg(MaxDepth);
    if (walk.tooMany)
        out->problems << tr("邮件超过 %1 个部分，其余部分未读取。").arg(MaxParts);
    if (walk.tooLarge)
        out->problems << tr("附件解码后合计超过 %1 MB，其余附件未读取。").arg(MaxDecoded >> 20);
    g_object_unref(message);
    g_mime_parser_options_free(options);
    return Status::success();
}

} // namespace qf
