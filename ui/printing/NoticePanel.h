// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Status.h"
#include "print/NoticeDocument.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;

namespace qf::ui {

class ReadFailureBanner;
class Session;

/// The campaign's notice (通知): its 文号, 主送, 成文日期 and body edited and saved with
/// the campaign, and printed as a red-header document (preview, print, PDF).
class NoticePanel : public QWidget
{
    Q_OBJECT
public:
    explicit NoticePanel(Session *session, QWidget *parent = nullptr);

    QTextEdit *bodyEditor() const { return m_body; }
    QLineEdit *docNumberEdit() const { return m_docNumber; }
    QPushButton *saveButton() const { return m_save; }
    /// The campaign as the fields show it now (saved or not): what is printed.
    Campaign edited() const;
    Status save();
    /// Writes the notice and its plan to a PDF, or to an editable Word document when the path ends in .docx.
    Status saveTo(const QString &path);

public slots:
    void reload();
    void restoreTemplateText();
    void preview();
    void print();

private:
    void setModified(bool modified);
    QString storedBody() const;
    /// The notice as edited, followed by the campaign's 工作方案.
    Status printed(NoticeDocument *out) const;
    /// Asks where to save the Word document or the PDF, and saves it there.
    void saveAs(bool word);

    Session *m_session;
    Campaign m_campaign;
    ReadFailureBanner *m_readFailure = nullptr;
    QLabel *m_heading;
    QLineEdit *m_docNumber;
    QDateEdit *m_date;
    QLineEdit *m_addressees;
    QTextEdit *m_body;
    QLabel *m_attachments;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_restore;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_docx;
};

} // namespace qf::ui
