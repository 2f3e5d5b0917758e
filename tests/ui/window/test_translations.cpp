// The translations: every catalogue in translations/ is complete (no unfinished or empty
// message, placeholders kept) and knows every text the sources have today (lupdate is run over
// ui/ and app/ipc-studio into a temporary catalogue); and for each language the main window and
// the main dialogs show the catalogue's texts, with no label or button cut short at the default
// window size.
#include <optional>
#include <set>
#include <tuple>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOption>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QWizard>
#include <QXmlStreamReader>

#include "ipc/devnet/topology.h"
#include "ipc/devnet/wallet.h"
#include "ipc/ui/bridge/devnet_bridge.h"
#include "ipc/ui/dialogs/create_subnet_dialog.h"
#include "ipc/ui/dialogs/fund_dialog.h"
#include "ipc/ui/dialogs/hierarchy_settings_form.h"
#include "ipc/ui/dialogs/validator_dialog.h"
#include "ipc/ui/dialogs/workspace_dialog.h"
#include "ipc/ui/transfer/transfer_wizard.h"
#include "ipc/ui/wallet/wallet_dialogs.h"
#include "ipc/ui/window/main_window.h"
#include "ipc/ui/window/translations.h"
#include "test_settings.h"

using ipc::ui::MainWindow;

namespace {

constexpr int kTimeout = 20000;
const QSize kDefaultSize(1320, 820);  // MainWindow's size without saved geometry

// The shipped languages besides English; each has translations/ipc_studio_<code>.ts.
const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("zh_CN")};

QString translationsDir() {
    return QStringLiteral(IPC_SOURCE_DIR "/translations");
}

struct Message {
    QString context;
    QString source;
    QString comment;  // disambiguation: part of the key
    bool numerus = false;
    bool finished = false;
    QStringList translations;  // one, or the plural forms
};

using Key = std::tuple<QString, QString, QString>;

Key keyOf(const Message& m) {
    return {m.context, m.source, m.comment};
}

// The messages of a .ts file; an empty list when it cannot be read.
QList<Message> readCatalogue(const QString& path) {
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            m.finished = type.isEmpty();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        m.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.translations << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        return {};
    return out;
}

QString describe(const Message& m) {
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
}

std::set<QString> placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%[1-9]"));
    std::set<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

// Labels, buttons and check boxes showing less than their text: narrower than their size hint.
// Word-wrapped labels wrap instead of being cut, and empty ones show nothing.
// The width a line edit has for its text: inside the frame, the text margins and the icons
// (clear button, actions) it shows, less the two pixels Qt keeps on each side.
int textRoom(const QLineEdit* edit) {
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->rect();
    option.lineWidth = edit->hasFrame()
                           ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
                           : 0;
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    const QRect contents = edit->style()
                               ->subElementRect(QStyle::SE_LineEditContents, &option, edit)
                               .marginsRemoved(edit->textMargins());
    int room = contents.width() - 2 * 2;
    for (const QWidget* icon :
         edit->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (icon->isVisible())
            room -= icon->width();
    }
    return room;
}

QStringList clippedIn(const QWidget* top) {
    QStringList out;
    for (const QWidget* w : top->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        // A placeholder wider than its field is cut mid-word (it used to happen in German).
        if (const auto* edit = qobject_cast<const QLineEdit*>(w)) {
            const QString hint = edit->placeholderText();
            const int needs = edit->fontMetrics().horizontalAdvance(hint);
            if (edit->text().isEmpty() && !hint.isEmpty() && needs > textRoom(edit)) {
                out << QStringLiteral("QLineEdit %1 placeholder \"%2\": %3 px for text, needs %4")
                           .arg(edit->objectName(), hint)
                           .arg(textRoom(edit))
                           .arg(needs);
            }
            continue;
        }
        QString text;
        if (const auto* label = qobject_cast<const QLabel*>(w)) {
            if (label->wordWrap())
                continue;
            text = label->text();
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            text = button->text();
        } else {
            continue;
        }
        if (text.isEmpty() || w->sizeHint().width() <= w->width())
            continue;
        out << QStringLiteral("%1 %2 \"%3\": %4 px wide, needs %5")
                   .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text)
                   .arg(w->width())
                   .arg(w->sizeHint().width());
    }
    return out;
}

// A toolbar too narrow for its buttons hides the last ones behind an extension button.
bool toolBarOverflows(const QMainWindow& w) {
    for (const QToolBar* bar : w.findChildren<QToolBar*>()) {
        const auto* extension = bar->findChild<QWidget*>(QStringLiteral("qt_toolbar_ext_button"));
        if (bar->isVisible() && extension != nullptr && extension->isVisible())
            return true;
    }
    return false;
}

// Shows `w` and lists what is cut short in it (empty: nothing). With $IPC_SCREENSHOT_DIR set,
// saves a picture of it there too, as <language>-<objectName>[-<suffix>].png.
QString checkLayout(QWidget* w, const QString& suffix = {}) {
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        return QStringLiteral("%1 not shown").arg(w->objectName());
    QTest::qWait(50);  // queued layout requests
    if (const QString dir = qEnvironmentVariable("IPC_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QString name = ipc::ui::installedLanguage() + QLatin1Char('-') + w->objectName();
        if (!suffix.isEmpty())
            name += QLatin1Char('-') + suffix;
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
    const QStringList clipped = clippedIn(w);
    return clipped.isEmpty()
               ? QString()
               : w->objectName() + QStringLiteral(": ") + clipped.join(QStringLiteral("; "));
}

// The letter after a single '&' (lower case); null without one.
QChar mnemonic(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Entries of one menu (or of the menu bar) that share an accelerator letter.
void collectClashes(const QList<QAction*>& actions, const QString& where, QStringList& out) {
    QHash<QChar, QString> seen;
    for (const QAction* a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        if (a->menu() != nullptr)
            collectClashes(a->menu()->actions(), where + QStringLiteral(" › ") + a->text(), out);
        const QChar c = mnemonic(a->text());
        if (c.isNull())
            continue;
        if (seen.contains(c))
            out << QStringLiteral("%1: %2 / %3").arg(where, seen.value(c), a->text());
        else
            seen.insert(c, a->text());
    }
}

QLabel* labelFor(const QWidget* top, const char* buddyName) {
    for (QLabel* l : top->findChildren<QLabel*>()) {
        if (l->buddy() != nullptr && l->buddy()->objectName() == QLatin1String(buddyName))
            return l;
    }
    return nullptr;
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        ipc::ui::test::useTestSettings(QStringLiteral("test_translations"));
    }

    void cleanup() { ipc::ui::installTranslations(QStringLiteral("en")); }

    void everyLanguageIsBuiltIn() {
        const QStringList languages = ipc::ui::availableLanguages();
        QCOMPARE(languages.value(0), QStringLiteral("en"));
        for (const QString& code : kLanguages) {
            QVERIFY2(languages.contains(code), qPrintable(code));
            QVERIFY(ipc::ui::installTranslations(code));
            QCOMPARE(ipc::ui::installedLanguage(), code);
            QVERIFY(ipc::ui::languageName(code) != code);
        }
        QCOMPARE(ipc::ui::languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QVERIFY(!ipc::ui::installTranslations(QStringLiteral("xx")));
        QCOMPARE(ipc::ui::installedLanguage(), QStringLiteral("en"));
        // The choice in View › Language is kept; empty is the system's language.
        ipc::ui::saveLanguage(QStringLiteral("es"));
        QCOMPARE(ipc::ui::savedLanguage(), QStringLiteral("es"));
        ipc::ui::saveLanguage({});
        QCOMPARE(ipc::ui::savedLanguage(), QString());
    }

    // View › Language: every language offered by its own name, the choice kept for the next
    // start and the window saying so.
    void languageChoiceIsKept() {
        QVERIFY(ipc::ui::installTranslations(QStringLiteral("en")));
        ipc::ui::saveLanguage({});
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList offered;
        QTimer::singleShot(0, &w, [&offered] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog && dialog->objectName() == QLatin1String("languageDialog"));
            auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
            QVERIFY(combo);
            for (int i = 0; i < combo->count(); ++i)
                offered << combo->itemText(i);
            combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
            dialog->accept();
        });
        auto* action = w.findChild<QAction*>(QStringLiteral("actionLanguage"));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        action->trigger();
        QCOMPARE(offered, QStringList({QStringLiteral("System default"), QStringLiteral("English"),
                                       QStringLiteral("Deutsch"), QStringLiteral("Español"),
                                       QStringLiteral("简体中文")}));
        QCOMPARE(ipc::ui::savedLanguage(), QStringLiteral("de"));
        QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("after a restart")));
        ipc::ui::saveLanguage({});
    }

    void englishHasItsPluralForms() {
        QVERIFY(ipc::ui::installTranslations(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("ipc::ui::SubnetPages", "%n block(s)", nullptr, 1),
                 QStringLiteral("1 block"));
        QCOMPARE(QCoreApplication::translate("ipc::ui::SubnetPages", "%n block(s)", nullptr, 3),
                 QStringLiteral("3 blocks"));
    }

    // Each catalogue is finished: every message translated, none empty, the placeholders and
    // plural forms kept. English carries only the plural forms.
    void cataloguesAreComplete_data() {
        QTest::addColumn<QString>("code");
        for (const QString& code : kLanguages)
            QTest::newRow(qPrintable(code)) << code;
        QTest::newRow("en") << QStringLiteral("en");
    }
    void cataloguesAreComplete() {
        QFETCH(QString, code);
        const QString path = translationsDir() + QStringLiteral("/ipc_studio_%1.ts").arg(code);
        const QList<Message> messages = readCatalogue(path);
        QVERIFY2(messages.size() > 500, qPrintable(path));
        QStringList problems;
        for (const Message& m : messages) {
            if (code == QLatin1String("en") && !m.numerus)
                continue;  // the source catalogue: English is the source text itself
            if (!m.finished) {
                problems << QStringLiteral("unfinished: ") + describe(m);
                continue;
            }
            std::set<QString> found;
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + describe(m);
                const auto p = placeholders(t);
                found.insert(p.begin(), p.end());
            }
            if (found != placeholders(m.source))
                problems << QStringLiteral("placeholders differ: ") + describe(m);
            if (m.numerus &&
                !m.translations.value(m.translations.size() - 1).contains(QLatin1String("%n")))
                problems << QStringLiteral("%n missing: ") + describe(m);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate over today's sources finds no text the catalogues lack: a text added without
    // `cmake --build <dir> --target update_translations` and its translations fails here.
    void cataloguesKnowEverySourceText() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("ipc_studio_en.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(
            QStringLiteral(IPC_LUPDATE),
            {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
             QStringLiteral("-no-obsolete"), QStringLiteral("-I"),
             QStringLiteral(IPC_SOURCE_DIR "/ui/include"), QStringLiteral("-I"),
             QStringLiteral(IPC_SOURCE_DIR "/ui/src"), QStringLiteral(IPC_SOURCE_DIR "/ui/src"),
             QStringLiteral(IPC_SOURCE_DIR "/ui/include"),
             QStringLiteral(IPC_SOURCE_DIR "/app/ipc-studio/main.cpp"), QStringLiteral("-ts"),
             fresh});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        const QList<Message> sources = readCatalogue(fresh);
        QVERIFY(sources.size() > 500);

        QStringList problems;
        const QStringList catalogues = QStringList(kLanguages) << QStringLiteral("en");
        for (const QString& code : catalogues) {
            std::set<Key> known;
            for (const Message& m :
                 readCatalogue(translationsDir() + QStringLiteral("/ipc_studio_%1.ts").arg(code)))
                known.insert(keyOf(m));
            for (const Message& m : sources) {
                if (known.count(keyOf(m)) == 0)
                    problems << code + QStringLiteral(" lacks ") + describe(m);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("run `cmake --build <dir> --target "
                                           "update_translations` and translate:\n") +
                            problems.join(QLatin1Char('\n'))));
    }

    void templateDescriptionsAreTranslated() {
        QVERIFY(ipc::ui::installTranslations(QStringLiteral("de")));
        const QStringList known = ipc::ui::knownTemplateDescriptions();
        for (const auto& name : ipc::devnet::builtinTemplateNames()) {
            const std::string description = ipc::devnet::builtinTemplate(name).description;
            QVERIFY2(known.contains(QString::fromStdString(description)), description.c_str());
            QVERIFY(ipc::ui::templateDescription(description) !=
                    QString::fromStdString(description));
        }
    }

    void windowAndDialogsAreTranslated_data() {
        QTest::addColumn<QString>("code");
        QTest::newRow("en") << QStringLiteral("en");  // the source texts, for comparison
        for (const QString& code : kLanguages)
            QTest::newRow(qPrintable(code)) << code;
    }
    void windowAndDialogsAreTranslated() {
        QFETCH(QString, code);
        QVERIFY(ipc::ui::installTranslations(code));
        // What the widgets should say: the catalogue itself, not texts written down here.
        QTranslator expected;
        QVERIFY(expected.load(QStringLiteral(":/i18n/ipc_studio_%1.qm").arg(code)));
        const bool english = code == QLatin1String("en");
        const auto T = [&expected, english](const char* context, const char* source) {
            const QString t =
                english ? QString::fromUtf8(source) : expected.translate(context, source);
            return t.isEmpty()
                       ? QStringLiteral("<no translation of %1>").arg(QString::fromUtf8(source))
                       : t;
        };
        const char* kMain = "ipc::ui::MainWindow";

        MainWindow w;
        w.setRpcPort(std::nullopt);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(50);

        // Menus, toolbar, docks, status bar, welcome page.
        QCOMPARE(w.menuBar()->actions().value(0)->text(), T(kMain, "&File"));
        QVERIFY(english || T(kMain, "&File") != QLatin1String("&File"));
        for (const auto& [object, source] :
             {std::pair{"actionNewHierarchy", "&New Hierarchy…"}, std::pair{"actionStep", "&Step"},
              std::pair{"actionPlayPause", "&Pause"}, std::pair{"actionFind", "&Find…"},
              std::pair{"actionTransfer", "&Transfer…"},
              std::pair{"actionLanguage", "&Language…"}}) {
            auto* a = w.findChild<QAction*>(QString::fromLatin1(object));
            QVERIFY2(a, object);
            QCOMPARE(a->text(), T(kMain, source));
        }
        QCOMPARE(w.findChild<QToolBar*>(QStringLiteral("runToolBar"))->windowTitle(),
                 T(kMain, "Run"));
        QCOMPARE(w.findChild<QDockWidget*>(QStringLiteral("hierarchyDock"))->windowTitle(),
                 T(kMain, "Hierarchy"));
        QCOMPARE(w.statusBar()->currentMessage(), T(kMain, "No hierarchy running"));
        // Each menu's accelerators are distinct in German and Spanish (Chinese keeps the
        // English letters, English itself has a few pairs).
        if (code == QLatin1String("de") || code == QLatin1String("es")) {
            QStringList clashes;
            collectClashes(w.menuBar()->actions(), QStringLiteral("menu bar"), clashes);
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        }
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("welcomeStatus"))->text(),
                 T(kMain, "No hierarchy is running yet."));
        auto* threeLevel = w.findChild<QPushButton*>(QStringLiteral("template_three_level"));
        QVERIFY(threeLevel);
        const QString description =
            T("ipc::ui::Templates", "Root, two subnets and four grandchildren (7 chains)");
        QCOMPARE(threeLevel->accessibleDescription(), description);
        bool shown = false;
        for (const QLabel* l : threeLevel->findChildren<QLabel*>())
            shown = shown || l->text() == description;
        QVERIFY2(shown, qPrintable(description));

        // At the default size nothing is cut short and the toolbar keeps all its buttons.
        QVERIFY2(w.minimumSizeHint().width() <= kDefaultSize.width(),
                 qPrintable(QString::number(w.minimumSizeHint().width())));
        QCOMPARE(w.size(), kDefaultSize);
        QCOMPARE(checkLayout(&w), QString());
        QVERIFY(!toolBarOverflows(w));

        // Running: the graph, the subnet pages and the status bar filled in.
        w.startTemplate(QStringLiteral("three-level"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning() && w.bridge()->view() != nullptr &&
                                     w.bridge()->view()->subnets.size() == 7,
                                 kTimeout);
        QTest::qWait(300);
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("templateLabel"))->text(),
                 T(kMain, "Template: %1").arg(QStringLiteral("three-level")));
        // The live block rate's label is as wide as its widest value, whatever it shows now:
        // its width never depends on the rate (or on how loaded the machine is).
        auto* rate = w.findChild<QLabel*>(QStringLiteral("blockRateLabel"));
        for (const double r : {0.0, 6.9, 9.9, 42.0, 999.0, 4321.0}) {
            QLabel probe(MainWindow::blockRateText(r));
            probe.setFont(rate->font());
            probe.setContentsMargins(rate->contentsMargins());
            QVERIFY2(probe.sizeHint().width() <= rate->minimumWidth(),
                     qPrintable(QStringLiteral("%1 needs %2 px, %3 reserved")
                                    .arg(probe.text())
                                    .arg(probe.sizeHint().width())
                                    .arg(rate->minimumWidth())));
        }
        QCOMPARE(w.size(), kDefaultSize);
        QCOMPARE(checkLayout(&w), QString());
        QVERIFY(!toolBarOverflows(w));
        // Every page of the selected subnet.
        auto* pages = w.findChild<QTabWidget*>(QStringLiteral("subnetPages"));
        QVERIFY(pages);
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            QTest::qWait(100);
            QCOMPARE(checkLayout(&w, QStringLiteral("page%1").arg(i)), QString());
        }
        pages->setCurrentIndex(0);
        // …with the wallet, the messages and the charts open too: still the default width, and
        // nothing cut.
        for (const char* toggle :
             {"actionToggleWallet", "actionToggleMessages", "actionToggleCharts"}) {
            auto* a = w.findChild<QAction*>(QString::fromLatin1(toggle));
            QVERIFY2(a, toggle);
            a->trigger();
            QTest::qWait(200);
            QCOMPARE(checkLayout(&w, QString::fromLatin1(toggle)), QString());
            QVERIFY(!toolBarOverflows(w));
            // Docks never make the window wider (it used to grow past a 1600 px screen).
            QCOMPARE(w.width(), kDefaultSize.width());
            QVERIFY2(w.minimumSizeHint().width() <= kDefaultSize.width(),
                     qPrintable(QStringLiteral("%1 wants %2 px")
                                    .arg(QString::fromLatin1(toggle))
                                    .arg(w.minimumSizeHint().width())));
        }

        // The dialogs: titles and labels from the catalogue, nothing cut short.
        const ipc::ui::HierarchyViewPtr view = w.bridge()->view();
        const QString root = QString::fromStdString(view->subnets.front().id.toString());
        ipc::ui::CreateSubnetDialog create(*view, root, &w);
        QCOMPARE(create.windowTitle(), T("ipc::ui::CreateSubnetDialog", "Create Subnet"));
        QVERIFY(labelFor(&create, "subnetName"));
        QCOMPARE(labelFor(&create, "subnetName")->text(),
                 T("ipc::ui::CreateSubnetDialog", "&Name"));
        QCOMPARE(labelFor(&create, "collateral")->text(),
                 T("ipc::ui::CreateSubnetDialog", "&Collateral per validator (FIL)"));
        QCOMPARE(create.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->text(),
                 T("ipc::ui::CreateSubnetDialog", "C&reate"));
        QCOMPARE(checkLayout(&create), QString());

        ipc::ui::FundDialog fund(ipc::ui::FundDialog::Mode::Fund, QStringLiteral("alpha"),
                                 QStringLiteral("root"), &w);
        QCOMPARE(fund.windowTitle(),
                 T("ipc::ui::FundDialog", "Fund %1").arg(QStringLiteral("alpha")));
        QCOMPARE(checkLayout(&fund), QString());

        QTemporaryDir workspaces;
        ipc::ui::WorkspaceDialog manager(workspaces.path(), {}, &w);
        QCOMPARE(manager.windowTitle(), T("ipc::ui::WorkspaceDialog", "Workspaces"));
        QCOMPARE(checkLayout(&manager), QString());

        const auto wallet = w.bridge()->wallet();
        QVERIFY(wallet != nullptr && !wallet->accounts().empty());
        ipc::ui::ImportAccountDialog import(wallet, &w);
        QCOMPARE(import.windowTitle(), T("ipc::ui::ImportAccountDialog", "Import Account"));
        QCOMPARE(checkLayout(&import), QString());
        ipc::ui::ExportAccountDialog exporter(wallet, wallet->accounts().front().address, &w);
        QCOMPARE(checkLayout(&exporter), QString());
        ipc::ui::SendDialog send(
            w.bridge(), [](const QString&, const QString&) { return std::optional<ipc::U256>(); },
            &w);
        QCOMPARE(send.windowTitle(), T("ipc::ui::SendDialog", "Send FIL"));
        QCOMPARE(checkLayout(&send), QString());
        ipc::ui::PasswordDialog password(wallet, ipc::ui::PasswordDialog::Mode::Change, &w);
        QCOMPARE(password.windowTitle(), T("ipc::ui::PasswordDialog", "Change Wallet Password"));
        QCOMPARE(checkLayout(&password), QString());

        ipc::ui::NewHierarchyDialog newHierarchy(QStringLiteral("three-level"), &w);
        QCOMPARE(newHierarchy.windowTitle(), T("ipc::ui::NewHierarchyDialog", "New Hierarchy"));
        QCOMPARE(checkLayout(&newHierarchy), QString());
        ipc::ui::ValidatorDialog join(ipc::ui::ValidatorDialog::Action::Join,
                                      QStringLiteral("alpha"), QStringLiteral("root"), &w);
        QCOMPARE(checkLayout(&join), QString());

        ipc::ui::TransferWizard* wizard = w.openTransferWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->windowTitle(), T("ipc::ui::TransferWizard", "Transfer Between Subnets"));
        // Its buttons speak the language too (Qt's own catalogue may not be installed).
        QCOMPARE(wizard->button(QWizard::NextButton)->text(),
                 T("ipc::ui::TransferWizard", "&Next >"));
        QCOMPARE(wizard->button(QWizard::BackButton)->text(),
                 T("ipc::ui::TransferWizard", "< &Back"));
        QCOMPARE(wizard->button(QWizard::CancelButton)->text(),
                 T("ipc::ui::TransferWizard", "Cancel"));
        if (code != QLatin1String("en")) {
            QVERIFY(wizard->button(QWizard::NextButton)->text() != QLatin1String("&Next >"));
        }
        QCOMPARE(checkLayout(wizard), QString());
        // The next page, where the receiver's address is typed.
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kTimeout);
        wizard->next();
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("toPage"));
        QCOMPARE(checkLayout(wizard, QStringLiteral("to")), QString());
        wizard->close();
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
