#include "auditlogdialog.h"

#include "auditlogcsvexporter.h"
#include "auditlogmodel.h"
#include "bookingcache.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString pretty(const QByteArray &json)
{
    if (json.isEmpty())
        return AuditLogDialog::tr("(none)");
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isNull() ? QString::fromUtf8(json)
                             : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

AuditLogDialog::AuditLogDialog(const BookingCache *cache, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_model(new AuditLogModel(this))
    , m_view(new QTableView(this))
    , m_versions(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Actions taken on this computer"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab goes on to the details and the buttons
    m_versions->setReadOnly(true);
    m_versions->setAccessibleName(tr("Before and after"));
    m_versions->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_versions);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    // Close added last: added to a box that has it already, the others would come after the
    // box in the Tab order, and Tab from them would jump back to the first button.
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *exportButton =
        buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    QPushButton *reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);
    connect(reloadButton, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true); // Enter closes, nothing else
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogDialog::showSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(960, 560);
    reload();
}

void AuditLogDialog::reload()
{
    m_model->setEntries(m_cache ? m_cache->auditLog() : QList<AuditEntry>());
    m_view->resizeColumnsToContents();
    m_count->setText(tr("%n action(s) recorded on this computer.", nullptr, m_model->rowCount()));
    showSelected();
}

void AuditLogDialog::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_versions->setPlainText(tr("Select an entry to see the booking before and after."));
        return;
    }
    m_versions->setPlainText(
        tr("Before:\n%1\n\nAfter:\n%2")
            .arg(pretty(current.data(AuditLogModel::BeforeJsonRole).toByteArray()),
                 pretty(current.data(AuditLogModel::AfterJsonRole).toByteArray())));
}

bool AuditLogDialog::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(AuditLogCsvExporter::toCsv(m_model->entries())) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void AuditLogDialog::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export audit log"), QDir::home().filePath(QStringLiteral("audit-log.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export audit log"),
                             tr("The file %1 could not be written: %2").arg(path, error));
    }
}
