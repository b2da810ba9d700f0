// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes read as a received message (GMime under MailMessage::parse)
// either fail with a message or give a sender, an id and attachments within the reader's
// bounds; the attachment-name decoder gets the same bytes as a raw header value.
#include "mail/EncodedWords.h"
#include "mail/MailMessage.h"

#include <cstdlib>

using namespace qf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));

    // The name decoder reads header values straight off the wire, before GMime's own reading.
    (void)EncodedWords::parameter(raw, QByteArrayLiteral("filename"));
    (void)EncodedWords::parameter(raw, QByteArrayLiteral("name"));

    MailMessage message;
    const Status s = MailMessage::parse(raw, &message);
    if (!s) {
        if (s.message().isEmpty())
            std::abort();   // a refusal says why
        return 0;
    }
    if (message.attachments.size() > MailMessage::MaxParts)
        std::abort();   // the part bound holds
    qint64 decoded = 0;
    for (const MailAttachment &a : message.attachments)
        decoded += a.data.size();
    if (decoded > MailMessage::MaxDecoded)
        std::abort();   // the size bound holds
    if (message.fromAddress != message.fromAddress.toLower())
        std::abort();   // senders are compared in lower case
    return 0;
}
