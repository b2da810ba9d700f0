// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Status.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextEdit;

namespace qf::ui {

class ReadFailureBanner;
class Session;

/// 打印 → 工作总结: the county's (or one institution's) summary drafted from the data up to
/// a month, shown as text and saved as an editable Word document or a PDF — the same
/// SummaryExport as `qingfeng-cli summary`.
class SummaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryPanel(Session *session, QWidget *parent = nullptr);

    QComboBox *monthBox() const { return m_month; }
    QComboBox *unitBox() const { return m_unit; }
    QTextEdit *draftView() const { return m_draft; }
    /// Writes the draft for the chosen month and unit to a .docx or .pdf file.
    Status saveTo(const QString &path);

public slots:
    void reload();
    /// Shows the draft for the chosen month and unit.
    void draft();

private:
    void saveAs(bool pdf);

    Session *m_session;
    Campaign m_campaign;
    ReadFailureBanner *m_readFailure = nullptr;
    QComboBox *m_month;
    QComboBox *m_unit;
    QTextEdit *m_draft;
    QLabel *m_status;
    QPushButton *m_docx;
    QPushButton *m_pdf;
};

} // namespace qf::ui
