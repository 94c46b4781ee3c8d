#include "resources.h"

QIcon Resources::appIcon()
{
    return QIcon(QStringLiteral(":/frontdesk/icons/frontdesk.svg"));
}
