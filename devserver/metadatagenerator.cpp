#include "metadatagenerator.h"

#include "jsonwriter.h"
#include "rng.h"
#include "wireformat.h"

namespace {

struct ServiceKind
{
    const char *name;
    int minutes[2];
};

constexpr ServiceKind kServices[] = {
    {"Haircut", {30, 45}},
    {"Beard trim", {15, 15}},
    {"Colour & cut", {90, 90}},
    {"Physiotherapy 30 min", {30, 30}},
    {"Physiotherapy 60 min", {60, 60}},
    {"Consultation", {30, 60}},
    {"Dental cleaning", {45, 60}},
    {"Follow-up", {15, 30}},
    {"Initial assessment", {60, 90}},
    {"Massage 90 min", {90, 90}},
    {"Vaccination", {15, 15}},
};
constexpr int kServiceWeights[] = {18, 8, 4, 12, 6, 14, 8, 12, 6, 4, 8};

constexpr const char *kNotes[] = {
    "Bitte Rückruf vor dem Termin.",
    "Prefers Dr. Müller 🙂",
    "Allergic to latex.\nUse the side entrance.",
    "Kommt mit Rollstuhl ♿ – bitte Rampe bereitstellen",
    "Erstbesuch, Überweisung liegt vor",
    "Rescheduled twice already 😅",
    "Paid deposit €20",
    "Needs invoice to company:\nMüller & Söhne GmbH\nHauptstraße 5\n10115 Berlin",
    "Call before 10:00 ☎️",
    "Termin über WhatsApp bestätigt ✅",
    "Spricht wenig Deutsch — Tochter übersetzt (Türkçe)",
    "よろしくお願いします",
    "Wants the same stylist as last time (Zoë)",
    "Knee pain after skiing 🎿, MRI results \"pending\"",
    "Parkplatz reserviert: Stellplatz Nr. 3",
    "Kind (4 J.) kommt mit 👶",
    "Tab\tseparated\tnote from an old import",
    "Caller said: \"any time after 3pm is fine\"",
    "Ödem am linken Knöchel, bitte Liege vorbereiten",
    "🚗 arrives by car from Potsdam, may be late",
};

constexpr const char *kPractitioners[] = {"Dr. Anna Schäfer",   "Tomás Oliveira",
                                          "Mehmet Öztürk",      "Dr. Ingrid Løvås",
                                          "Kateřina Dvořáková", "Jens Peter Ußler"};
constexpr const char *kInsurers[] = {"AOK", "TK", "Barmer", "DAK", "private", "self-pay"};
constexpr const char *kTags[] = {"vip",     "wheelchair",       "new_patient", "needs_interpreter",
                                 "prepaid", "late_arrival_risk"};
constexpr const char *kPrices[] = {"25.0", "39.9", "45.5", "60.0", "85.0", "120.0"};
constexpr const char *kLanguages[] = {"de", "en", "tr", "ar", "pl", "es"};

} // namespace

MetadataGenerator::Service MetadataGenerator::pickService(Rng &rng)
{
    const ServiceKind &kind = kServices[rng.weighted(kServiceWeights)];
    return {QString::fromUtf8(kind.name), kind.minutes[rng.bounded(2)]};
}

QByteArray MetadataGenerator::make(Rng &rng, const Service &service, const Extras &extras)
{
    JsonWriter w;
    w.beginObject();
    w.key("service").string(service.name);
    if (rng.chance(0.75))
        w.key("notes").utf8String(rng.pick(kNotes));
    if (rng.chance(0.4))
        w.key("practitioner").utf8String(rng.pick(kPractitioners));
    if (rng.chance(0.15)) {
        w.key("intake").beginObject();
        w.key("first_visit").boolean(rng.chance(0.5));
        w.key("insurance").utf8String(rng.pick(kInsurers));
        if (rng.chance(0.3))
            w.key("referral").null();
        w.endObject();
    }
    if (rng.chance(0.15)) {
        w.key("tags").beginArray();
        const int count = rng.between(1, 3);
        const int first = int(rng.bounded(std::size(kTags)));
        for (int i = 0; i < count; ++i)
            w.utf8String(kTags[size_t(first + i) % std::size(kTags)]);
        w.endArray();
    }
    if (rng.chance(0.2))
        w.key("price_eur").raw(rng.pick(kPrices));
    if (rng.chance(0.1))
        w.key("reminders_sent").integer(rng.between(0, 3));
    if (extras.rescheduledFromMs != 0)
        w.key("rescheduled_from").utf8String(WireFormat::formatUtcMs(extras.rescheduledFromMs));
    if (extras.fromLiveCall) {
        w.key("source").string(u"ai_receptionist");
        w.key("language").utf8String(rng.pick(kLanguages));
    }
    w.endObject();
    return w.take();
}
