#pragma once

#include "booking.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class BookingCache;
class BookingFilterProxy;
class QAction;
class QWidget;

// File > Export…, Print Day Sheet… and Export Day Sheet as PDF…: the list as the desk sees
// it (filters applied, in its sort order) to CSV or iCalendar, and a day's bookings on
// paper or as a PDF. Files are written completely or not at all (QSaveFile).
class ExportActions : public QObject
{
    Q_OBJECT

public:
    enum class Format { Csv, Ics };

    // `currentBookingId` names the selected booking: its day is the day sheet's default.
    ExportActions(BookingFilterProxy *proxy, const BookingCache *cache, QWidget *window,
                  std::function<QString()> currentBookingId);

    QAction *exportListAction() const { return m_exportList; }
    QAction *printDaySheetAction() const { return m_printDaySheet; }
    QAction *exportDaySheetPdfAction() const { return m_exportDaySheetPdf; }

    // The bookings of the proxy's rows, in the proxy's order, read in full from the cache.
    static QList<Booking> visibleBookings(const BookingFilterProxy &proxy,
                                          const BookingCache &cache);
    // By the file name's extension (.ics: iCalendar, anything else: CSV).
    static Format formatFor(const QString &path);
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);
    // Writes the visible bookings to `path`; returns how many, or -1 with `error`.
    int exportList(const QString &path, QString *error) const;
    // The day the day sheet offers: the selected booking's day, else today (display zone).
    QDate defaultDay() const;

Q_SIGNALS:
    // A short report for the status bar ("42 bookings exported to …").
    void message(const QString &text);

private:
    void onExportList();
    void onPrintDaySheet();
    void onExportDaySheetPdf();
    void showError(const QString &text);

    BookingFilterProxy *m_proxy;
    const BookingCache *m_cache;
    QWidget *m_window;
    std::function<QString()> m_currentBookingId;
    QAction *m_exportList;
    QAction *m_printDaySheet;
    QAction *m_exportDaySheetPdf;
};
