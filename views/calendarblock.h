#pragma once

#include "bookingstatus.h"

#include <QRectF>
#include <QString>

// One booking as the calendar lays it out: a block in a day column of the time grid (one
// per day it touches), or a line in a month cell. Rects are in content coordinates (x from
// the first column's left edge, y from the top of the grid), not viewport pixels.
struct CalendarBlock
{
    int row = -1; // the list model's row
    QString id;
    int column = 0;
    QRectF rect;
    qint64 startMs = 0; // the whole booking's times, also for a block that shows a part
    qint64 endMs = 0;
    BookingStatus status = BookingStatus::Confirmed;
    bool provisional = false; // shown where a request moves it, until the answer comes
    bool continuesBefore = false;
    bool continuesAfter = false;
};
