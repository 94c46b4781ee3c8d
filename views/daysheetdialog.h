#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;

// Asks which day to print (or export as PDF) and whether cancelled bookings belong on the
// sheet.
class DaySheetDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Print, Pdf };

    DaySheetDialog(Purpose purpose, QDate day, QWidget *parent = nullptr);

    QDate day() const;
    bool includeCancelled() const;
    QDateEdit *dateEdit() const { return m_date; }

private:
    QDateEdit *m_date;
    QCheckBox *m_cancelled;
};
