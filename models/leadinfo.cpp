#include "leadinfo.h"
