#include "devserverlog.h"

Q_LOGGING_CATEGORY(lcDevServer, "frontdesk.devserver")
