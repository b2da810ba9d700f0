// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Institution.h"
#include "model/Status.h"
#include "print/PosterBatch.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPagedPaintDevice;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace qf::ui {

class BackgroundJob;
class IncompleteInstitutionsBox;
class ReadFailureBanner;
class Session;

/// The announcement posters (附件4): choose the institutions, mend or skip the ones
/// missing a report channel, then preview, print or save one PDF with a page for each.
class PosterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PosterPanel(Session *session, QWidget *parent = nullptr);

    /// The ticked institutions in the list as it is filtered now, in its order.
    QList<Institution> chosen() const;
    QTableWidget *table() const { return m_table; }
    IncompleteInstitutionsBox *incompleteBox() const { return m_incomplete; }
    QComboBox *townshipFilter() const { return m_township; }
    QComboBox *kindFilter() const { return m_kind; }
    QPushButton *pdfButton() const { return m_pdf; }
    QLabel *statusLabel() const { return m_status; }

    /// Writes the chosen institutions' posters to one PDF on a worker (BackgroundJob: a
    /// progress dialog with 取消, the window keeps going); the outcome shows in the status line
    /// and comes with pdfSaved. Cancelled or failed, no file is written (an existing one stays).
    BackgroundJob *savePdf(const QString &path);

signals:
    void pdfSaved(const qf::Status &status, bool cancelled);

public slots:
    void reload();
    void preview();
    void print();
    void exportPdf();
    void setAllChecked(bool checked);

private:
    void fillTownships();
    void refill();
    void updateState();
    void itemChanged(QTableWidgetItem *item);
    void saveInstitution(const Institution &institution);
    void skipInstitution(qint64 id);
    Status paint(QPagedPaintDevice &device);
    Status withProgress(const std::function<Status(const PosterBatch::Progress &, bool *)> &run, bool *cancelled);
    QString documentTitle() const;

    Session *m_session;
    Campaign m_campaign;
    ReadFailureBanner *m_readFailure = nullptr;
    QList<Institution> m_registry;     ///< the active institutions
    QSet<qint64> m_unchecked;
    QList<qint64> m_shownIncomplete;
    QComboBox *m_township;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QTableWidget *m_table;
    IncompleteInstitutionsBox *m_incomplete;
    QDateEdit *m_date;
    QLabel *m_status;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_pdf;
};

} // namespace qf::ui
