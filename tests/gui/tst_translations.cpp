#include "apiclient.h"
#include "bookingactions.h"
#include "bookingcache.h"
#include "bookingtablemodel.h"
#include "daysheet.h"
#include "daysheetdialog.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "sessionmanager.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "translationloader.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolBar>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// One user-visible text and where it was found, so a failure names the widget.
struct VisibleText
{
    QString where;
    QString text;
};

class TextCollector
{
public:
    QList<VisibleText> texts;

    void add(const QString &where, const QString &text)
    {
        if (!text.trimmed().isEmpty())
            texts.append({where, text});
    }

    void addAction(const QString &where, const QAction *action, qsizetype index)
    {
        if (action->isSeparator())
            return;
        const QString name = where + QStringLiteral("/action%1").arg(index);
        add(name + QStringLiteral(" text"), action->text());
        add(name + QStringLiteral(" toolTip"), action->toolTip());
        add(name + QStringLiteral(" statusTip"), action->statusTip());
        add(name + QStringLiteral(" whatsThis"), action->whatsThis());
        if (QMenu *menu = action->menu())
            addMenu(name, menu);
    }

    void addMenu(const QString &where, const QMenu *menu)
    {
        add(where + QStringLiteral(" menu title"), menu->title());
        const QList<QAction *> actions = menu->actions();
        for (qsizetype i = 0; i < actions.size(); ++i)
            addAction(where, actions.at(i), i);
    }

    void addModel(const QString &where, const QAbstractItemModel *model)
    {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                add(QStringLiteral("%1 header %2 role %3").arg(where).arg(column).arg(role),
                    model->headerData(column, Qt::Horizontal, role).toString());
            }
        }
    }

    void addWidget(const QWidget *widget)
    {
        const QString where = QString::fromLatin1(widget->metaObject()->className()) +
                              QLatin1Char('#') + widget->objectName();
        if (widget->isWindow() || qobject_cast<const QToolBar *>(widget) ||
            qobject_cast<const QDockWidget *>(widget))
            add(where + QStringLiteral(" windowTitle"), widget->windowTitle());
        add(where + QStringLiteral(" toolTip"), widget->toolTip());
        add(where + QStringLiteral(" statusTip"), widget->statusTip());
        add(where + QStringLiteral(" whatsThis"), widget->whatsThis());
        // Screen readers say these aloud: they are visible text for some users.
        add(where + QStringLiteral(" accessibleName"), widget->accessibleName());
        add(where + QStringLiteral(" accessibleDescription"), widget->accessibleDescription());

        if (const auto *label = qobject_cast<const QLabel *>(widget))
            add(where + QStringLiteral(" text"), label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            add(where + QStringLiteral(" text"), button->text());
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            add(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (const auto *edit = qobject_cast<const QTextEdit *>(widget)) {
            add(where + QStringLiteral(" placeholder"), edit->placeholderText());
            add(where + QStringLiteral(" text"), edit->toPlainText());
        }
        if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            add(where + QStringLiteral(" title"), box->title());
        if (const auto *spin = qobject_cast<const QSpinBox *>(widget)) {
            add(where + QStringLiteral(" specialValueText"), spin->specialValueText());
            add(where + QStringLiteral(" prefix"), spin->prefix());
            add(where + QStringLiteral(" suffix"), spin->suffix());
        }
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            // Past the first ("System"), the time zone list holds IANA ids: names, no words.
            const int count =
                widget->objectName() == QLatin1String("timeZoneCombo") ? 1 : combo->count();
            for (int i = 0; i < count; ++i) {
                add(where + QStringLiteral(" item %1").arg(i), combo->itemText(i));
                add(where + QStringLiteral(" item tip %1").arg(i),
                    combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget);
            view && view->model())
            addModel(where, view->model());
        if (const auto *bar = qobject_cast<const QStatusBar *>(widget))
            add(where + QStringLiteral(" message"), bar->currentMessage());
        if (const auto *bar = qobject_cast<const QMenuBar *>(widget)) {
            const QList<QAction *> actions = bar->actions();
            for (qsizetype i = 0; i < actions.size(); ++i)
                addAction(where, actions.at(i), i);
        }
        if (const auto *menu = qobject_cast<const QMenu *>(widget)) {
            addMenu(where, menu);
        } else {
            // Actions of tool bars, tool buttons and the window itself (shortcuts).
            const QList<QAction *> actions = widget->actions();
            for (qsizetype i = 0; i < actions.size(); ++i)
                addAction(where, actions.at(i), i);
        }
    }

    // The menu bar's overflow button repeats its menus, depending on how wide they are: longer
    // German titles would change what the two passes see.
    static bool insideMenuBarExtension(const QWidget *widget)
    {
        for (; widget; widget = widget->parentWidget()) {
            if (widget->objectName() == QLatin1String("qt_menubar_ext_button"))
                return true;
            const auto *menu = qobject_cast<const QMenu *>(widget);
            const auto *bar = qobject_cast<const QMenuBar *>(widget->parentWidget());
            if (menu && bar && !bar->actions().contains(menu->menuAction()))
                return true;
        }
        return false;
    }

    void addTree(const QWidget *root)
    {
        addWidget(root);
        for (const QWidget *child : root->findChildren<QWidget *>()) {
            if (!insideMenuBarExtension(child))
                addWidget(child);
        }
    }
};

// Texts that are spelled the same in German: names, and words German has borrowed.
bool sameInGerman(const QString &text)
{
    static const QStringList words = {
        QStringLiteral("Status"), QStringLiteral("Frontdesk"), QStringLiteral("Offline"),
        QStringLiteral("Cal.com"), QStringLiteral("WhatsApp"), QStringLiteral("Telegram"),
        QStringLiteral("Web"), QStringLiteral("Server"), QStringLiteral("name@example.com"),
        // Languages in their own names, as the settings offer them.
        QStringLiteral("English"), QStringLiteral("Deutsch"),
        QStringLiteral("OK"), // Qt's own button text, the same in German
    };
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    plain.remove(QRegularExpression(QStringLiteral("[:…]$")));
    if (words.contains(plain.trimmed()))
        return true;
    // Only digits, punctuation and placeholders filled with data: nothing to translate.
    return !plain.contains(QRegularExpression(QStringLiteral("[A-Za-z]")));
}

struct TsMessage
{
    QString context;
    QString source;
    QString type;
    QStringList forms;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append({context, {}, {}, {}});
        } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            TsMessage &message = messages.last();
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            bool numerus = false;
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    message.forms.append(xml.readElementText());
                } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
                    break;
                }
            }
            if (!numerus)
                message.forms.append(text.trimmed());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

// The German UI under the offscreen platform: every text a receptionist sees in the main
// window and the sign-in dialog comes out of frontdesk_de.ts, and the catalogue is complete.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_cacheCount = 0;

    // The windows built as app/main.cpp builds them, over an empty cache.
    QList<VisibleText> collectUi()
    {
        ApiClient client;
        BookingCache cache;
        QString error;
        if (!cache.open(m_dir.filePath(QStringLiteral("cache%1.sqlite").arg(++m_cacheCount)),
                        &error)) {
            qWarning("cache: %s", qPrintable(error));
            return {};
        }
        BookingTableModel model(&cache);
        BookingActions actions(&client, &cache);
        MainWindow window(&model, &cache, &actions);
        window.resize(1400, 900);
        window.show();
        // The offline state adds its indicator and status texts.
        window.setOffline(true, QDateTime(QDate(2026, 3, 20), QTime(9, 30)));
        MemoryTokenStore tokens;
        SessionManager session(&client, &tokens);
        SignInDialog signIn(&session, &window);
        signIn.show();

        AppSettings settings;
        settings.server = QUrl(QStringLiteral("https://desk.example"));
        SettingsDialog settingsDialog(settings, &window);
        settingsDialog.show();
        // Both notes' second texts: another server and another language chosen.
        SettingsDialog changedSettings(settings, &window);
        changedSettings.serverField()->setText(QStringLiteral("https://other.example"));
        changedSettings.languageCombo()->setCurrentIndex(2);
        changedSettings.timeZoneCombo()->setEditText(QStringLiteral("Nowhere"));
        changedSettings.show();
        changedSettings.accept(); // shows the problem
        DaySheetDialog printSheet(DaySheetDialog::Purpose::Print, QDate(2026, 3, 20), &window);
        DaySheetDialog pdfSheet(DaySheetDialog::Purpose::Pdf, QDate(2026, 3, 20), &window);
        printSheet.show();
        pdfSheet.show();

        TextCollector collector;
        collector.addTree(&window);
        collector.addTree(&settingsDialog);
        collector.addTree(&changedSettings);
        collector.addTree(&printSheet);
        collector.addTree(&pdfSheet);
        // The day sheet's own words, empty and with a booking without customer or service.
        Booking booking;
        booking.id = QStringLiteral("x");
        booking.startTime = QDateTime(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC);
        booking.endTime = booking.startTime.addSecs(1800);
        const QTimeZone zone("Europe/Berlin");
        for (const DaySheet &sheet : {DaySheet(QDate(2026, 3, 20), zone, {}),
                                      DaySheet(QDate(2026, 3, 20), zone, {booking})}) {
            const QStringList lines = sheet.document()->toPlainText().split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i)
                collector.add(
                    QStringLiteral("day sheet %1 line %2").arg(sheet.bookings().size()).arg(i),
                    lines.at(i));
        }
        collector.addTree(&signIn);
        // The demo check box turns the OK button into "Start Demo".
        if (auto *demo = signIn.findChild<QCheckBox *>(); demo && demo->isVisible()) {
            demo->setChecked(true);
            collector.addTree(&signIn);
        }
        return collector.texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("EmpfioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("FrontdeskTranslationsTest"));
        QSettings().clear();
    }

    void germanUiHasNoEnglishText()
    {
        // First without any translator: the English source texts, in the order the widgets
        // are built; then the same windows in German.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QList<VisibleText> english = collectUi();
        QVERIFY(english.size() > 20);

        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(TranslationLoader::install(QCoreApplication::instance(), QLocale()));
        const QList<VisibleText> german = collectUi();
        QLocale::setDefault(QLocale::system());

        // Both passes build the same widgets: a difference means a layout-dependent widget the
        // collector should skip, and the two lists show which.
        if (german.size() != english.size()) {
            for (const VisibleText &text : english)
                qInfo("en %s: %s", qPrintable(text.where), qPrintable(text.text));
            for (const VisibleText &text : german)
                qInfo("de %s: %s", qPrintable(text.where), qPrintable(text.text));
        }
        QCOMPARE(german.size(), english.size());
        QStringList untranslated;
        for (qsizetype i = 0; i < english.size(); ++i) {
            QCOMPARE(german.at(i).where, english.at(i).where);
            if (german.at(i).text == english.at(i).text && !sameInGerman(english.at(i).text))
                untranslated.append(english.at(i).where + QStringLiteral(": ") +
                                    english.at(i).text);
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("Still English in the German UI:\n") +
                            untranslated.join(QLatin1Char('\n'))));
    }

    void germanCatalogueIsComplete()
    {
        QString error;
        const QList<TsMessage> messages =
            readTs(QStringLiteral(FRONTDESK_TS_DIR "/frontdesk_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList missing;
        for (const TsMessage &message : messages) {
            if (message.type == QLatin1String("vanished") ||
                message.type == QLatin1String("obsolete"))
                continue;
            const bool empty = message.forms.isEmpty() || message.forms.contains(QString());
            if (message.type == QLatin1String("unfinished") || empty)
                missing.append(message.context + QStringLiteral(": ") + message.source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    // Issue 20: one German word per concept. translations/glossary-de.tsv names each
    // concept's German term and the variants no translation may use; the status labels are
    // exactly the glossary's words.
    void germanCatalogueFollowsGlossary()
    {
        QFile glossaryFile(QStringLiteral(FRONTDESK_TS_DIR "/glossary-de.tsv"));
        QVERIFY2(glossaryFile.open(QIODevice::ReadOnly | QIODevice::Text),
                 qPrintable(glossaryFile.errorString()));
        struct Term
        {
            QString term; // the concept
            QString german;
            QStringList forbidden;
            QString statusSource;
        };
        QList<Term> terms;
        const QStringList lines = QString::fromUtf8(glossaryFile.readAll()).split(u'\n');
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList columns = line.split(u'\t');
            QVERIFY2(columns.size() >= 3, qPrintable(line));
            Term term{columns.at(0), columns.at(1), {}, columns.value(3).trimmed()};
            for (const QString &variant : columns.at(2).split(u';', Qt::SkipEmptyParts)) {
                if (!variant.trimmed().isEmpty())
                    term.forbidden.append(variant.trimmed());
            }
            terms.append(term);
        }
        QVERIFY(terms.size() >= 6);

        QString error;
        const QList<TsMessage> messages =
            readTs(QStringLiteral(FRONTDESK_TS_DIR "/frontdesk_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        QSet<QString> statusesSeen;
        for (const TsMessage &message : messages) {
            if (message.type == QLatin1String("vanished") ||
                message.type == QLatin1String("obsolete"))
                continue;
            for (const Term &term : std::as_const(terms)) {
                for (const QString &form : message.forms) {
                    for (const QString &variant : term.forbidden) {
                        if (form.contains(variant))
                            problems.append(
                                QStringLiteral("%1: \"%2\" uses \"%3\" (say \"%4\" "
                                               "for %5)")
                                    .arg(message.context, form, variant, term.german, term.term));
                    }
                }
                if (!term.statusSource.isEmpty() && message.source == term.statusSource) {
                    QString expected = term.german;
                    expected[0] = expected.at(0).toUpper();
                    statusesSeen.insert(term.statusSource);
                    if (message.forms != QStringList{expected})
                        problems.append(QStringLiteral("%1: status \"%2\" is \"%3\", not \"%4\"")
                                            .arg(message.context, message.source,
                                                 message.forms.join(u'|'), expected));
                }
            }
        }
        for (const Term &term : std::as_const(terms)) {
            if (!term.statusSource.isEmpty() && !statusesSeen.contains(term.statusSource))
                problems.append(
                    QStringLiteral("no message for the status \"%1\"").arg(term.statusSource));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void englishPluralsReadNaturally()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("frontdesk_en"), QStringLiteral(":/i18n")));
        QCOMPARE(translator.translate("CliListCommands", "%n booking(s)", nullptr, 1),
                 QStringLiteral("%n booking"));
        QCOMPARE(translator.translate("CliListCommands", "%n booking(s)", nullptr, 2),
                 QStringLiteral("%n bookings"));
    }

    void languageSetting_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QLocale::Language>("language");

        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale germany(QLocale::German, QLocale::Germany);
        QTest::newRow("unset") << QVariant() << germany << QLocale::German;
        QTest::newRow("empty: system") << QVariant(QString()) << us << QLocale::English;
        QTest::newRow("de") << QVariant(QStringLiteral("de")) << us << QLocale::German;
        QTest::newRow("en") << QVariant(QStringLiteral("en")) << germany << QLocale::English;
        QTest::newRow("case and spaces")
            << QVariant(QStringLiteral(" DE ")) << us << QLocale::German;
        QTest::newRow("unknown") << QVariant(QStringLiteral("xx")) << germany << QLocale::German;
        QTest::newRow("unsupported") << QVariant(QStringLiteral("fr")) << us << QLocale::English;
        QTest::newRow("not a string") << QVariant(42) << us << QLocale::English;
    }

    void languageSetting()
    {
        QFETCH(QVariant, value);
        QFETCH(QLocale, system);
        QFETCH(QLocale::Language, language);
        QCOMPARE(TranslationLoader::localeForSetting(value, system).language(), language);
    }

    void languageSettingKeepsTerritory()
    {
        const QLocale austria(QLocale::German, QLocale::Austria);
        const QLocale chosen = TranslationLoader::localeForSetting(QStringLiteral("en"), austria);
        QCOMPARE(chosen.language(), QLocale::English);
        QCOMPARE(chosen.territory(), QLocale::Austria);
        QCOMPARE(TranslationLoader::localeForSetting(QStringLiteral("de"), austria), austria);
    }

    void languageFromSettings()
    {
        QSettings().setValue(TranslationLoader::settingsKey(), QStringLiteral("de"));
        QCOMPARE(TranslationLoader::selectedLocale().language(), QLocale::German);
        QSettings().setValue(TranslationLoader::settingsKey(), QStringLiteral("klingon"));
        QCOMPARE(TranslationLoader::selectedLocale(), QLocale::system());
        QSettings().remove(TranslationLoader::settingsKey());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
