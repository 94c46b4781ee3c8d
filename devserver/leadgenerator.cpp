#include "leadgenerator.h"

#include "rng.h"

#include <array>

namespace {

struct Name
{
    const char *display;
    const char *ascii;
};

enum PhoneStyle {
    GermanMobile,   // +49 151 23456789
    GermanSlash,    // 0151/2345678
    GermanCompact,  // +4915123456789
    GermanLandline, // +49 (0)30 1234567
    UsFictional,    // +1 (555) 010-2030
    UkFictional,    // +44 7700 900123
    Spanish,
    French,
    Japanese,
    Turkish,
    Polish,
    Swedish,
    Emirati,
    Vietnamese,
    Russian,
};

struct Culture
{
    std::span<const Name> given;
    std::span<const Name> family;
    bool familyFirst;
    std::span<const int> phoneStyles;
    const char *domain;
};

constexpr Name kGermanGiven[] = {{"Jürgen", "juergen"}, {"Anna", "anna"},
                                 {"Lena", "lena"},      {"Jörg", "joerg"},
                                 {"Käthe", "kaethe"},   {"Lukas", "lukas"},
                                 {"Greta", "greta"},    {"Matthias", "matthias"},
                                 {"Sabine", "sabine"},  {"Maximilian Alexander", "max"}};
constexpr Name kGermanFamily[] = {
    {"Weiß", "weiss"},     {"Müller", "mueller"},    {"Schäfer", "schaefer"},
    {"Groß", "gross"},     {"Becker", "becker"},     {"Köhler", "koehler"},
    {"Krüger", "krueger"}, {"Hoffmann", "hoffmann"}, {"von Hohenberg-Schwarzenfels", "hohenberg"}};
constexpr Name kNordicGiven[] = {{"Søren", "soeren"}, {"Zoë", "zoe"},     {"Åsa", "asa"},
                                 {"Bjørn", "bjoern"}, {"Freja", "freja"}, {"Ingrid", "ingrid"}};
constexpr Name kNordicFamily[] = {{"Kierkegård", "kierkegaard"},
                                  {"Ångström", "angstrom"},
                                  {"Lindqvist", "lindqvist"},
                                  {"Ødegaard", "odegaard"},
                                  {"Nyström", "nystrom"}};
constexpr Name kSlavicGiven[] = {
    {"Łukasz", "lukasz"},     {"Agnieszka", "agnieszka"}, {"Małgorzata", "malgorzata"},
    {"Kateřina", "katerina"}, {"Jiří", "jiri"},           {"Wojciech", "wojciech"}};
constexpr Name kSlavicFamily[] = {{"Żółć", "zolc"},
                                  {"Kowalski", "kowalski"},
                                  {"Wiśniewska", "wisniewska"},
                                  {"Dvořák", "dvorak"},
                                  {"Nowak", "nowak"}};
constexpr Name kTurkishGiven[] = {{"Ayşe", "ayse"}, {"Mehmet", "mehmet"}, {"Elif", "elif"},
                                  {"Emre", "emre"}, {"Zeynep", "zeynep"}, {"Çağla", "cagla"}};
constexpr Name kTurkishFamily[] = {{"Yılmaz", "yilmaz"},
                                   {"Öztürk", "ozturk"},
                                   {"Demir", "demir"},
                                   {"Şahin", "sahin"},
                                   {"Çelik", "celik"}};
constexpr Name kSpanishGiven[] = {{"María José", "mariajose"},
                                  {"José Luis", "joseluis"},
                                  {"Lucía", "lucia"},
                                  {"Álvaro", "alvaro"},
                                  {"Inés", "ines"}};
constexpr Name kSpanishFamily[] = {{"Peña", "pena"},
                                   {"García López", "garcialopez"},
                                   {"Núñez", "nunez"},
                                   {"Fernández", "fernandez"},
                                   {"Ibáñez", "ibanez"}};
constexpr Name kEnglishGiven[] = {{"Jane", "jane"},
                                  {"John", "john"},
                                  {"Emily", "emily"},
                                  {"Michael", "michael"},
                                  {"Olivia", "olivia"}};
constexpr Name kEnglishFamily[] = {{"Smith", "smith"},
                                   {"O'Brien", "obrien"},
                                   {"Johnson", "johnson"},
                                   {"Taylor-Brown", "taylorbrown"},
                                   {"Williams", "williams"}};
constexpr Name kJapaneseGiven[] = {
    {"太郎", "taro"}, {"花子", "hanako"}, {"健", "ken"}, {"さくら", "sakura"}};
constexpr Name kJapaneseFamily[] = {
    {"山田", "yamada"}, {"佐藤", "sato"}, {"鈴木", "suzuki"}, {"高橋", "takahashi"}};
constexpr Name kArabicGiven[] = {
    {"محمد", "mohammed"}, {"فاطمة", "fatima"}, {"أحمد", "ahmed"}, {"ليلى", "layla"}};
constexpr Name kArabicFamily[] = {
    {"علي", "ali"}, {"حسن", "hassan"}, {"الخطيب", "alkhatib"}, {"منصور", "mansour"}};
constexpr Name kVietnameseGiven[] = {
    {"Văn An", "an"}, {"Thị Hoa", "hoa"}, {"Minh Tuấn", "tuan"}, {"Thu Hà", "ha"}};
constexpr Name kVietnameseFamily[] = {
    {"Nguyễn", "nguyen"}, {"Trần", "tran"}, {"Lê", "le"}, {"Phạm", "pham"}};
constexpr Name kFrenchGiven[] = {
    {"François", "francois"}, {"Chloé", "chloe"}, {"Hélène", "helene"}, {"Noël", "noel"}};
constexpr Name kFrenchFamily[] = {
    {"Lefèvre", "lefevre"}, {"Dubois", "dubois"}, {"Garçon", "garcon"}, {"Rousseau", "rousseau"}};
constexpr Name kCyrillicGiven[] = {{"Дмитрий", "dmitry"}, {"Ольга", "olga"}, {"Анна", "anna"}};
constexpr Name kCyrillicFamily[] = {
    {"Иванов", "ivanov"}, {"Смирнова", "smirnova"}, {"Попов", "popov"}};

constexpr int kGermanPhones[] = {GermanMobile, GermanSlash, GermanCompact, GermanLandline};
constexpr int kNordicPhones[] = {Swedish, GermanMobile};
constexpr int kSlavicPhones[] = {Polish, GermanSlash};
constexpr int kTurkishPhones[] = {Turkish, GermanMobile, GermanSlash};
constexpr int kSpanishPhones[] = {Spanish, GermanCompact};
constexpr int kEnglishPhones[] = {UsFictional, UkFictional};
constexpr int kJapanesePhones[] = {Japanese, GermanMobile};
constexpr int kArabicPhones[] = {Emirati, GermanMobile, GermanSlash};
constexpr int kVietnamesePhones[] = {Vietnamese, GermanMobile};
constexpr int kFrenchPhones[] = {French};
constexpr int kCyrillicPhones[] = {Russian, GermanCompact};

const std::array<Culture, 11> kCultures{{
    {kGermanGiven, kGermanFamily, false, kGermanPhones, "example.de"},
    {kNordicGiven, kNordicFamily, false, kNordicPhones, "example.se"},
    {kSlavicGiven, kSlavicFamily, false, kSlavicPhones, "example.pl"},
    {kTurkishGiven, kTurkishFamily, false, kTurkishPhones, "example.com"},
    {kSpanishGiven, kSpanishFamily, false, kSpanishPhones, "example.es"},
    {kEnglishGiven, kEnglishFamily, false, kEnglishPhones, "example.com"},
    {kJapaneseGiven, kJapaneseFamily, true, kJapanesePhones, "example.jp"},
    {kArabicGiven, kArabicFamily, false, kArabicPhones, "example.net"},
    {kVietnameseGiven, kVietnameseFamily, true, kVietnamesePhones, "example.vn"},
    {kFrenchGiven, kFrenchFamily, false, kFrenchPhones, "example.fr"},
    {kCyrillicGiven, kCyrillicFamily, false, kCyrillicPhones, "example.org"},
}};
// German customers dominate a German front desk.
constexpr int kCultureWeights[] = {40, 6, 8, 10, 6, 8, 4, 6, 4, 4, 4};

constexpr const char *kChannels[] = {"whatsapp", "voice", "web", "telegram", "email"};
constexpr int kChannelWeights[] = {35, 25, 20, 10, 10};
constexpr const char *kLeadStatuses[] = {"new",     "contacted", "booking_offered",
                                         "booked",  "confirmed", "completed",
                                         "no_show", "cancelled", "lost"};
constexpr int kLeadStatusWeights[] = {5, 8, 7, 35, 15, 15, 5, 5, 5};

} // namespace

LeadRecord LeadGenerator::make(Rng &rng)
{
    const Culture &culture = kCultures[size_t(rng.weighted(kCultureWeights))];
    const Name &given = rng.pick(culture.given);
    const Name &family = rng.pick(culture.family);
    LeadRecord lead;
    lead.id = rng.uuid();
    const QString givenName = QString::fromUtf8(given.display);
    const QString familyName = QString::fromUtf8(family.display);
    lead.name = culture.familyFirst ? familyName + QLatin1Char(' ') + givenName
                                    : givenName + QLatin1Char(' ') + familyName;
    if (rng.chance(0.01))
        lead.name = givenName; // callers who only gave a first name

    if (!rng.chance(0.15)) {
        const QString g = QLatin1String(given.ascii);
        const QString f = QLatin1String(family.ascii);
        QString local;
        switch (rng.bounded(4)) {
        case 0:
            local = g + QLatin1Char('.') + f;
            break;
        case 1:
            local = g + f + QString::number(rng.between(1, 99));
            break;
        case 2:
            local = g.left(1) + QLatin1Char('.') + f;
            break;
        default:
            local = f + QLatin1Char('_') + g;
        }
        const char *domain = rng.chance(0.3) ? "mail.example.net" : culture.domain;
        lead.email = local + QLatin1Char('@') + QLatin1String(domain);
    }
    if (!rng.chance(0.10))
        lead.phone = phone(rng, rng.pick(culture.phoneStyles));
    lead.channel = QLatin1String(kChannels[rng.weighted(kChannelWeights)]);
    lead.status = QLatin1String(kLeadStatuses[rng.weighted(kLeadStatusWeights)]);
    return lead;
}

QString LeadGenerator::phone(Rng &rng, int style)
{
    // '#' becomes a random digit; filled strictly left to right so the draw order is fixed.
    static const char *const patterns[] = {
        "+49 15# ########",  "015#/#######",      "+4915#########",   "+49 (0)30 #######",
        "+1 (555) 01#-####", "+44 7700 900###",   "+34 6## ## ## ##", "+33 6 ## ## ## ##",
        "+81 90-####-####",  "+90 53# ### ## ##", "+48 5## ### ###",  "+46 70-### ## ##",
        "+971 50 ### ####",  "+84 9## ### ###",   "+7 9## ###-##-##",
    };
    QString out = QString::fromLatin1(patterns[style]);
    for (QChar &c : out) {
        if (c == QLatin1Char('#'))
            c = QLatin1Char(char('0' + rng.bounded(10)));
    }
    return out;
}
