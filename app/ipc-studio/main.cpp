// ipc-studio: the desktop app. All logic lives in ipc_ui; this only reads the command line.
//   ipc-studio [--workspace NAME|PATH] [--template NAME] [--speed X] [--theme light|dark]
//              [--lang de|es|en|…]
//   (no workspace and no template: the workspace used last reopens)
//   ipc-studio --help | --version   (no display needed)
//   ipc-studio --screenshot FILE [--template NAME] [--run-ms N] [--size WxH]   (README pictures;
//   without --template it pictures the welcome page)
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include "ipc/devnet/version.h"
#include "ipc/ui/window/main_window.h"
#include "ipc/ui/window/theme.h"
#include "ipc/ui/window/translations.h"

namespace {

// An option's value before the parser runs (--name VALUE or --name=VALUE); null when absent.
QString earlyOption(const QStringList& args, const QString& name) {
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == flag)
            return i + 1 < args.size() ? args[i + 1] : QString(QLatin1String(""));
        if (args[i].startsWith(flag + QLatin1Char('=')))
            return args[i].mid(flag.size() + 1);
    }
    return {};
}

// The command line, built after the translations are installed so --help speaks the language.
struct CommandLine {
    QCommandLineParser parser;
    const QCommandLineOption templateOption{
        QStringLiteral("template"),
        QCoreApplication::translate("main", "Start a built-in template right away."),
        QStringLiteral("name")};
    const QCommandLineOption workspaceOption{
        QStringLiteral("workspace"),
        QCoreApplication::translate("main",
                                    "Open a workspace (a name or a file path); with --template, a "
                                    "new one starts that template."),
        QStringLiteral("name|path")};
    const QCommandLineOption rpcPortOption{
        QStringLiteral("rpc-port"),
        QCoreApplication::translate("main",
                                    "Serve the root's JSON-RPC on <port> and each subnet on the "
                                    "next ports (default 8545)."),
        QStringLiteral("port")};
    const QCommandLineOption noRpcOption{
        QStringLiteral("no-rpc"),
        QCoreApplication::translate("main", "Serve no JSON-RPC endpoints.")};
    const QCommandLineOption speedOption{
        QStringLiteral("speed"), QCoreApplication::translate("main", "Run speed: 1, 10 or 100."),
        QStringLiteral("x")};
    const QCommandLineOption screenshotOption{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to <file> and exit."),
        QStringLiteral("file")};
    const QCommandLineOption runMsOption{
        QStringLiteral("run-ms"),
        QCoreApplication::translate("main", "With --screenshot: let the hierarchy run <ms> first."),
        QStringLiteral("ms"), QStringLiteral("3000")};
    const QCommandLineOption sizeOption{
        QStringLiteral("size"),
        QCoreApplication::translate("main", "With --screenshot: the window size, e.g. 1440x900."),
        QStringLiteral("WxH"), QStringLiteral("1440x900")};
    const QCommandLineOption themeOption{
        QStringLiteral("theme"),
        QCoreApplication::translate("main",
                                    "Use the light or dark palette instead of the desktop's."),
        QStringLiteral("name")};
    const QCommandLineOption langOption{
        QStringLiteral("lang"),
        QCoreApplication::translate("main",
                                    "Use this language for this run: %1 (default: the one chosen "
                                    "in View › Language, else the system's).")
            .arg(ipc::ui::availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("code")};

    CommandLine() {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "IPC Studio: an IPC hierarchy on your desktop"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({workspaceOption, templateOption, rpcPortOption, noRpcOption, speedOption,
                           themeOption, langOption, screenshotOption, runMsOption, sizeOption});
    }
};

// --help and --version need no display: they are answered before any GUI object exists.
bool onlyPrints(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-?" || a == "--help-all" || a == "-v" ||
            a == "--version")
            return true;
    }
    return false;
}

void describe() {
    QCoreApplication::setApplicationName(QStringLiteral("ipc-studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("ipc-studio"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ipc::devnet::kVersion));
}

}  // namespace

int main(int argc, char** argv) {
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        describe();
        const QString language = earlyOption(QCoreApplication::arguments(), QStringLiteral("lang"));
        ipc::ui::installTranslations(language.isNull() ? ipc::ui::savedLanguage() : language);
        CommandLine line;
        line.parser.process(app);  // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    describe();
    QApplication::setApplicationDisplayName(QStringLiteral("IPC Studio"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.ipc_studio.IpcStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    // The language before any text is made: --lang for this run, else the one chosen in
    // View › Language, else the system's.
    const QString language = earlyOption(QApplication::arguments(), QStringLiteral("lang"));
    const bool languageKnown =
        ipc::ui::installTranslations(language.isNull() ? ipc::ui::savedLanguage() : language);

    CommandLine line;
    QCommandLineParser& parser = line.parser;
    parser.process(app);
    if (!language.isNull() && !languageKnown) {
        QTextStream(stderr) << QApplication::translate("main", "unknown language %1 (use %2)")
                                   .arg(language,
                                        ipc::ui::availableLanguages().join(QStringLiteral(", ")))
                            << Qt::endl;
        return 2;
    }
    if (parser.isSet(line.themeOption) && !ipc::ui::applyTheme(parser.value(line.themeOption))) {
        QTextStream(stderr) << QApplication::translate("main", "unknown theme %1 (use %2)")
                                   .arg(parser.value(line.themeOption),
                                        ipc::ui::themeNames().join(QStringLiteral(", ")))
                            << Qt::endl;
        return 2;
    }

    ipc::ui::MainWindow window;
    if (parser.isSet(line.noRpcOption)) {
        window.setRpcPort(std::nullopt);
    } else if (parser.isSet(line.rpcPortOption)) {
        bool ok = false;
        const uint port = parser.value(line.rpcPortOption).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            QTextStream(stderr) << QApplication::translate("main",
                                                           "--rpc-port wants a port "
                                                           "number, got %1")
                                       .arg(parser.value(line.rpcPortOption))
                                << Qt::endl;
            return 2;
        }
        window.setRpcPort(static_cast<quint16>(port));
    }
    if (parser.isSet(line.speedOption))
        window.setSpeed(parser.value(line.speedOption).toDouble());

    const bool screenshot = parser.isSet(line.screenshotOption);
    if (screenshot) {
        const QStringList size = parser.value(line.sizeOption).split(QLatin1Char('x'));
        if (size.size() == 2)
            window.resize(size[0].toInt(), size[1].toInt());
        QObject::connect(&window, &ipc::ui::MainWindow::screenshotSaved,
                         [](const QString& path, bool ok) {
                             QTextStream(ok ? stdout : stderr)
                                 << (ok ? QApplication::translate("main", "saved %1")
                                        : QApplication::translate("main", "could not save %1"))
                                        .arg(path)
                                 << Qt::endl;
                             QApplication::exit(ok ? 0 : 1);
                         });
        window.screenshotAfter(parser.value(line.screenshotOption),
                               parser.value(line.runMsOption).toInt());
    }
    if (parser.isSet(line.workspaceOption))
        window.openWorkspace(parser.value(line.workspaceOption), parser.value(line.templateOption));
    else if (parser.isSet(line.templateOption))
        window.startTemplate(parser.value(line.templateOption));
    else if (!screenshot)
        window.reopenLastWorkspace();
    window.show();
    return QApplication::exec();
}
