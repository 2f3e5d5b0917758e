// ipc-studio: the desktop app. All logic lives in ipc_ui.
#include <QApplication>
#include <QCommandLineParser>

#include "ipc/devnet/version.h"
#include "ipc/ui/main_window.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ipc-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("IPC Studio"));
    QApplication::setOrganizationName(QStringLiteral("ipc-studio"));
    QApplication::setApplicationVersion(QString::fromLatin1(ipc::devnet::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("IPC Studio: an IPC hierarchy on your desktop"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    ipc::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
