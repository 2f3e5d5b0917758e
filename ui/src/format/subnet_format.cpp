// How subnets are spelled and coloured everywhere in the GUI.
#include "ipc/ui/format/subnet_format.h"

#include <array>

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace ipc::ui {

QString statusText(devnet::SubnetStatus status) {
    switch (status) {
        case devnet::SubnetStatus::Running:
            return QCoreApplication::translate("ipc::ui::SubnetFormat", "running");
        case devnet::SubnetStatus::Halted:
            return QCoreApplication::translate("ipc::ui::SubnetFormat", "halted");
        case devnet::SubnetStatus::Killed:
            return QCoreApplication::translate("ipc::ui::SubnetFormat", "killed");
    }
    return {};
}

QColor statusColor(devnet::SubnetStatus status) {
    switch (status) {
        case devnet::SubnetStatus::Running:
            return QColor(0x2f, 0xb3, 0x5d);
        case devnet::SubnetStatus::Halted:
            return QColor(0xe0, 0xa1, 0x1b);
        case devnet::SubnetStatus::Killed:
            return QColor(0x8c, 0x8c, 0x8c);
    }
    return {};
}

QIcon statusIcon(devnet::SubnetStatus status) {
    static std::array<QIcon, 3> cache;
    QIcon& icon = cache.at(static_cast<std::size_t>(status));
    if (icon.isNull()) {
        for (const int size : {12, 16, 24, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const QColor c = statusColor(status);
            p.setPen(QPen(c.darker(130), size / 12.0));
            p.setBrush(c);
            const qreal margin = size * 0.2;
            p.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
            p.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

}  // namespace ipc::ui
