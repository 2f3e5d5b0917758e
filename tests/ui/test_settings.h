// Settings of the UI tests stay apart from a user's: each test program keeps its own, cleared at
// its start, under the organisation "ipc-studio-tests".
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>

namespace ipc::ui::test {

inline void useTestSettings(const QString& program) {
    QCoreApplication::setOrganizationName(QStringLiteral("ipc-studio-tests"));
    QCoreApplication::setApplicationName(program);
    QSettings().clear();
}

}  // namespace ipc::ui::test
