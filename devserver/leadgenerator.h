#pragma once

#include "bookingrecord.h"

class Rng;

// Leads as an AI receptionist collects them: names from many cultures and scripts, e-mail
// and phone often missing, phone numbers typed in every format people use.
class LeadGenerator
{
public:
    static LeadRecord make(Rng &rng);

private:
    static QString phone(Rng &rng, int style);
};
