// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/FormTable.h"
#include "model/Campaign.h"
#include "model/Status.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace qf::ui {

class FormExporter;
class ReadFailureBanner;
class Session;

/// 统计表: a month's form (附件1–3) printed in the layout of the Excel export —
/// preview, print or PDF. Problems in the figures are shown but do not stop printing.
class FormPrintPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FormPrintPanel(Session *session, QWidget *parent = nullptr);

    QComboBox *formBox() const { return m_form; }
    QComboBox *monthBox() const { return m_month; }
    QDateEdit *dateEdit() const { return m_date; }
    QLabel *statusLabel() const { return m_status; }
    /// Chooses form and month (when the campaign has that month).
    void select(int form, const YearMonth &month);
    /// The form as it will be printed now.
    /// Empty (no form) when the database did not hand over what it needs; *status says why.
    FormTable table(Status *status = nullptr) const;
    Status savePdf(const QString &path, int *pages = nullptr);
    /// 导出 Excel… beside the PDF (tests replace its dialogs).
    FormExporter *formExporter() const { return m_exporter; }

    /// The print preview of one month's form, from anywhere in the program.
    static void previewForm(QWidget *parent, const FormTable &table);

public slots:
    void reload();
    void preview();
    void print();
    void exportPdf();
    /// The form and month chosen here, as the official workbook.
    void exportExcel();

private:
    void updateStatus();

    Session *m_session;
    Campaign m_campaign;
    ReadFailureBanner *m_readFailure = nullptr;
    QComboBox *m_form;
    QComboBox *m_month;
    QDateEdit *m_date;
    QLabel *m_status;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_excel;
    FormExporter *m_exporter;
};

} // namespace qf::ui
