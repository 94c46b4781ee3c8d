#include "bookingjson.h"
