#pragma once

#include <QDialog>

class AuditLogModel;
class BookingCache;
class QLabel;
class QPlainTextEdit;
class QTableView;

// The audit log of this computer, newest first, with the selected entry's before and after
// versions below, and Export CSV.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(const BookingCache *cache, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Writes the whole log to `path`; false with *error on failure.
    bool exportTo(const QString &path, QString *error) const;

public Q_SLOTS:
    void reload();
    void exportCsv(); // asks for a file name

private:
    void showSelected();

    const BookingCache *m_cache;
    AuditLogModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_versions;
    QLabel *m_count;
};
