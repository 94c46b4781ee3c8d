#pragma once

#include "auditentry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// The audit log as a table, newest first. A snapshot: reload with setEntries().
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ActorColumn,
        BookingColumn,
        ActionColumn,
        DetailsColumn,
        ResultColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role { EntryIdRole = Qt::UserRole + 1, BeforeJsonRole, AfterJsonRole };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries); // sorted newest first here
    const QList<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString actionLabel(const QString &action);
    static QString resultLabel(const QString &result);

private:
    QList<AuditEntry> m_entries;
    QStringList m_customers; // from each entry's JSON, read once
};
