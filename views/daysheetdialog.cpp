#include "daysheetdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

DaySheetDialog::DaySheetDialog(Purpose purpose, QDate day, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(day, this))
    , m_cancelled(new QCheckBox(tr("Include &cancelled bookings"), this))
{
    setWindowTitle(purpose == Purpose::Print ? tr("Print Day Sheet")
                                             : tr("Export Day Sheet as PDF"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_date->setAccessibleName(tr("Day"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Print ? tr("&Preview…") : tr("&Save As…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Day:"), m_date);
    form->addRow(m_cancelled);
    form->addRow(buttons);
}

QDate DaySheetDialog::day() const
{
    return m_date->date();
}

bool DaySheetDialog::includeCancelled() const
{
    return m_cancelled->isChecked();
}
