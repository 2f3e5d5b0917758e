// ipc-studio: the desktop app. All logic lives in ipc_ui; this only reads the command line.
//   ipc-studio [--template NAME] [--speed X] [--theme light|dark]
//   ipc-studio --screenshot FILE [--template NAME] [--run-ms N] [--size WxH]   (README pictures;
//   without --template it pictures the welcome page)
#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QIcon>

#include "ipc/devnet/version.h"
#include "ipc/ui/main_window.h"
#include "ipc/ui/theme.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ipc-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("IPC Studio"));
    QApplication::setOrganizationName(QStringLiteral("ipc-studio"));
    QApplication::setApplicationVersion(QString::fromLatin1(ipc::devnet::kVersion));

    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.ipc_studio.IpcStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "IPC Studio: an IPC hierarchy on your desktop"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        QApplication::translate("main", "Start a built-in template right away."),
        QStringLiteral("name"));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"), QApplication::translate("main", "Run speed: 1, 10 or 100."),
        QStringLiteral("x"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <file> and exit."),
        QStringLiteral("file"));
    const QCommandLineOption runMsOption(
        QStringLiteral("run-ms"),
        QApplication::translate("main", "With --screenshot: let the hierarchy run <ms> first."),
        QStringLiteral("ms"), QStringLiteral("3000"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QApplication::translate("main", "With --screenshot: the window size, e.g. 1440x900."),
        QStringLiteral("WxH"), QStringLiteral("1440x900"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QApplication::translate("main", "Use the light or dark palette instead of the desktop's."),
        QStringLiteral("name"));
    parser.addOptions(
        {templateOption, speedOption, themeOption, screenshotOption, runMsOption, sizeOption});
    parser.process(app);
    if (parser.isSet(themeOption) && !ipc::ui::applyTheme(parser.value(themeOption))) {
        QTextStream(stderr) << QApplication::translate("main", "unknown theme %1 (use %2)")
                                   .arg(parser.value(themeOption),
                                        ipc::ui::themeNames().join(QStringLiteral(", ")))
                            << Qt::endl;
        return 2;
    }

    ipc::ui::MainWindow window;
    if (parser.isSet(speedOption))
        window.setSpeed(parser.value(speedOption).toDouble());

    const bool screenshot = parser.isSet(screenshotOption);
    if (screenshot) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        if (size.size() == 2)
            window.resize(size[0].toInt(), size[1].toInt());
        QObject::connect(&window, &ipc::ui::MainWindow::screenshotSaved,
                         [](const QString& path, bool ok) {
                             QTextStream(ok ? stdout : stderr)
                                 << (ok ? "saved " : "could not save ") << path << Qt::endl;
                             QApplication::exit(ok ? 0 : 1);
                         });
        window.screenshotAfter(parser.value(screenshotOption), parser.value(runMsOption).toInt());
    }
    if (parser.isSet(templateOption))
        window.startTemplate(parser.value(templateOption));
    window.show();
    return QApplication::exec();
}
