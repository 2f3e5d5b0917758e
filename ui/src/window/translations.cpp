// The languages IPC Studio speaks: loading the compiled catalogues, choosing one.
#include "ipc/ui/window/translations.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace ipc::ui {

namespace {

// Where qt_add_translations puts the compiled catalogues (ui/CMakeLists.txt).
const QString kDirectory = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("ipc_studio_");
const QString kEnglish = QStringLiteral("en");
const QString kSettingsKey = QStringLiteral("ui/language");

// The built-in templates' descriptions, as resources/templates/*.yaml has them, for lupdate.
// One changed there must change here too (test_translations checks every template).
constexpr const char* kTemplateContext = "ipc::ui::Templates";
constexpr const char* kTemplateDescriptions[] = {
    QT_TRANSLATE_NOOP("ipc::ui::Templates", "Root and one subnet with 4 validators"),
    QT_TRANSLATE_NOOP("ipc::ui::Templates", "Root and two sibling subnets with 4 validators each"),
    QT_TRANSLATE_NOOP("ipc::ui::Templates", "Root, two subnets and four grandchildren (7 chains)"),
    QT_TRANSLATE_NOOP("ipc::ui::Templates",
                      "Root and one subnet with 4 validators and a short checkpoint period "
                      "(5 blocks)"),
    QT_TRANSLATE_NOOP("ipc::ui::Templates",
                      "Cross-net example dApp (counter, ping-pong, token bridge) on root, a subnet "
                      "and a grandchild"),
};

QPointer<QTranslator> appTranslator;
QPointer<QTranslator> qtTranslator;
QString installed = kEnglish;

QString catalogue(const QString& code) {
    return kDirectory + QLatin1Char('/') + kPrefix + code + QStringLiteral(".qm");
}

// "…/ipc_studio_zh_CN.qm" → "zh_CN".
QString codeOf(const QString& path) {
    const QString base = QFileInfo(path).completeBaseName();
    return base.startsWith(kPrefix) ? base.mid(kPrefix.size()) : QString();
}

void removeTranslators() {
    for (QPointer<QTranslator>* t : {&appTranslator, &qtTranslator}) {
        if (*t != nullptr) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
        *t = nullptr;
    }
}

QTranslator* install(std::unique_ptr<QTranslator> t) {
    QTranslator* raw = t.release();
    raw->setParent(QCoreApplication::instance());
    QCoreApplication::installTranslator(raw);
    return raw;
}

}  // namespace

QStringList availableLanguages() {
    QStringList codes{kEnglish};
    const QStringList files =
        QDir(kDirectory).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = codeOf(file);
        if (!code.isEmpty() && !codes.contains(code))
            codes << code;
    }
    return codes;
}

QString languageName(const QString& code) {
    // Each language is named in itself, so it can be found whatever the current one is.
    if (code == kEnglish)
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    const QLocale locale(code);
    if (locale.language() == QLocale::C || locale.nativeLanguageName().isEmpty())
        return code;
    return locale.nativeLanguageName();
}

bool installTranslations(QString language) {
    if (QCoreApplication::instance() == nullptr)
        return false;
    removeTranslators();
    installed = kEnglish;
    language = language.trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
    const bool system = language.isEmpty() || language == QLatin1String("system");

    auto app = std::make_unique<QTranslator>();
    QLocale locale = QLocale::system();
    bool ok = true;
    if (system) {
        // de_AT finds ipc_studio_de; a language without a catalogue gets English.
        if (!app->load(locale, QStringLiteral("ipc_studio"), QStringLiteral("_"), kDirectory))
            locale = QLocale(QLocale::English);
    } else if (language != kEnglish && availableLanguages().contains(language)) {
        locale = QLocale(language);
        ok = app->load(catalogue(language));
    } else {
        locale = QLocale(QLocale::English);
        ok = language == kEnglish;
    }
    // English has a catalogue too: the singular and plural forms of the "%n …" texts.
    if (app->isEmpty() && !app->load(catalogue(kEnglish)))
        return false;
    if (const QString code = codeOf(app->filePath()); !code.isEmpty())
        installed = code;
    appTranslator = install(std::move(app));

    // Qt's own texts (standard buttons, file dialogs) in the same language.
    if (installed != kEnglish) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qtTranslator = install(std::move(qt));
    }
    return ok;
}

QString installedLanguage() {
    return installed;
}

QString savedLanguage() {
    return QSettings().value(kSettingsKey).toString();
}

void saveLanguage(const QString& language) {
    if (language.isEmpty() || language == QLatin1String("system"))
        QSettings().remove(kSettingsKey);
    else
        QSettings().setValue(kSettingsKey, language);
}

QString templateDescription(const std::string& description) {
    return QCoreApplication::translate(kTemplateContext, description.c_str());
}

QStringList knownTemplateDescriptions() {
    QStringList out;
    for (const char* d : kTemplateDescriptions)
        out << QString::fromUtf8(d);
    return out;
}

}  // namespace ipc::ui
