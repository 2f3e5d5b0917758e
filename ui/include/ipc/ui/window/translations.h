// The languages IPC Studio speaks: the catalogues in translations/ compiled into the app
// (:/i18n/ipc_studio_<code>.qm), the translators that follow the system locale or the language
// chosen in View › Language, and Qt's own catalogue for the standard buttons and dialogs.
#pragma once

#include <string>

#include <QString>
#include <QStringList>

namespace ipc::ui {

// Codes of the languages with a catalogue, English first: "en", "de", "es", …
QStringList availableLanguages();

// A language's name in that language ("Deutsch", "Español"); the code when it is unknown.
QString languageName(const QString& code);

// Installs the translators for `language` in place of the ones installed before: a code from
// availableLanguages(), or an empty string (or "system") for the system locale. Qt's qtbase
// catalogue for the language is installed too when Qt's translations are there. Returns false,
// leaving English in place, for a language without a catalogue. Call before the widgets are
// built: texts already shown do not change.
bool installTranslations(QString language);

// The language installTranslations installed last ("en" before any call or for English).
QString installedLanguage();

// The language chosen in View › Language (QSettings "ui/language"); empty for the system's.
QString savedLanguage();
void saveLanguage(const QString& language);

// A built-in template's description (resources/templates/*.yaml, English) in the current
// language; as it is when the catalogues do not know it.
QString templateDescription(const std::string& description);
// The descriptions templateDescription knows, in English.
QStringList knownTemplateDescriptions();

}  // namespace ipc::ui
