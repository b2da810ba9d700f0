// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfFile.h"

#include "PageGeometry.h"
#include "PdfUnicodeRepair.h"
#include "io/AtomicFile.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>

namespace qf {

PdfFile::PdfFile(const QString &path, const QString &title) : m_path(path), m_title(title) {}

PdfFile::~PdfFile()
{
    discard();
}

Status PdfFile::write(const QString &path, const QString &title, const std::function<Status(QPdfWriter &)> &paint)
{
    PdfFile file(path, title);
    Status s = file.open();
    if (s)
        s = paint(*file.writer());
    if (!s) {
        file.discard();
        return s;
    }
    return file.commit();
}

Status PdfFile::open()
{
    m_buffer = std::make_unique<QBuffer>();
    m_buffer->open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(m_buffer.get());
    m_writer->setResolution(600);
    m_writer->setTitle(m_title);
    m_writer->setCreator(QStringLiteral(u"清风 专项整治工作台 %1").arg(QStringLiteral(QINGFENG_VERSION)));
    setUpA4Portrait(*m_writer);
    return Status::success();
}

Status PdfFile::commit()
{
    if (!m_buffer)
        return Status::failure(tr("文件 %1 未打开。").arg(QDir::toNativeSeparators(m_path)));
    m_writer.reset();
    const QByteArray pdf = PdfUnicodeRepair::repair(m_buffer->data());
    m_buffer.reset();
    // Through the one writer every document goes through: a protected, read-only or
    // non-regular target is refused, and the PDF is the old file or the whole new one.
    return AtomicFile::write(m_path, pdf, PrivateFiles::documentMode(m_path));
}

void PdfFile::discard()
{
    m_writer.reset();
    m_buffer.reset();
}

} // namespace qf
