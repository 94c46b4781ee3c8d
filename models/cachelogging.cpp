#include "cachelogging.h"

Q_LOGGING_CATEGORY(lcCache, "frontdesk.cache", QtInfoMsg)
