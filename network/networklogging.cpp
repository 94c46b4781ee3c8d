#include "networklogging.h"

Q_LOGGING_CATEGORY(lcNetwork, "frontdesk.network", QtInfoMsg)
