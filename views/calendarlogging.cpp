#include "calendarlogging.h"

Q_LOGGING_CATEGORY(lcCalendar, "frontdesk.views.calendar", QtInfoMsg)
