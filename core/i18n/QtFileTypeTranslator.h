// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace qf::language {

/// Qt 6.4 asks for the file type names of its file dialog ("Folder", "Drive", "%1 File")
/// in the QAbstractFileIconProvider context, while its own translations still carry them
/// under QFileDialog: with qtbase_zh_CN alone the Chinese file dialog says "Folder". This
/// answers that one context from Qt's translator and stays silent for every other.
class QtFileTypeTranslator : public QTranslator
{
public:
    /// `qt` is Qt's loaded translator; it must outlive this one (give both the same parent).
    explicit QtFileTypeTranslator(const QTranslator *qt, QObject *parent = nullptr);
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

private:
    const QTranslator *m_qt;
};

} // namespace qf::language
