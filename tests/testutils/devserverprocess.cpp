#include "devserverprocess.h"
