// Toolbar icons painted from vector shapes in the palette's text colour.
#include "ipc/ui/window/icons.h"

#include <array>

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ipc::ui {

namespace {

// Draws `kind` in a 24×24 box.
void draw(QPainter& p, IconKind kind, const QColor& ink) {
    const QPen stroke(ink, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(stroke);
    p.setBrush(Qt::NoBrush);
    switch (kind) {
        case IconKind::New:
            p.drawRoundedRect(QRectF(4, 4, 16, 16), 3, 3);
            p.drawLine(QPointF(12, 8.5), QPointF(12, 15.5));
            p.drawLine(QPointF(8.5, 12), QPointF(15.5, 12));
            break;
        case IconKind::Play: {
            QPainterPath tri;
            tri.moveTo(7, 4.5);
            tri.lineTo(19, 12);
            tri.lineTo(7, 19.5);
            tri.closeSubpath();
            p.setBrush(ink);
            p.drawPath(tri);
            break;
        }
        case IconKind::Pause:
            p.setPen(Qt::NoPen);
            p.setBrush(ink);
            p.drawRoundedRect(QRectF(6, 5, 4.5, 14), 1, 1);
            p.drawRoundedRect(QRectF(13.5, 5, 4.5, 14), 1, 1);
            break;
        case IconKind::Step: {
            QPainterPath tri;
            tri.moveTo(5, 5);
            tri.lineTo(15, 12);
            tri.lineTo(5, 19);
            tri.closeSubpath();
            p.setBrush(ink);
            p.drawPath(tri);
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(QRectF(16, 5, 3.5, 14), 1, 1);
            break;
        }
        case IconKind::Fit:
            for (const auto& [x, y, dx, dy] :
                 {std::array<qreal, 4>{4, 4, 1, 1}, std::array<qreal, 4>{20, 4, -1, 1},
                  std::array<qreal, 4>{4, 20, 1, -1}, std::array<qreal, 4>{20, 20, -1, -1}}) {
                QPainterPath corner;
                corner.moveTo(x + 5 * dx, y);
                corner.lineTo(x, y);
                corner.lineTo(x, y + 5 * dy);
                p.drawPath(corner);
            }
            p.drawRoundedRect(QRectF(9, 9, 6, 6), 1, 1);
            break;
        case IconKind::ZoomIn:
        case IconKind::ZoomOut:
            p.drawEllipse(QPointF(10, 10), 6, 6);
            p.drawLine(QPointF(14.5, 14.5), QPointF(20, 20));
            p.drawLine(QPointF(7, 10), QPointF(13, 10));
            if (kind == IconKind::ZoomIn)
                p.drawLine(QPointF(10, 7), QPointF(10, 13));
            break;
        case IconKind::Snapshot: {
            // A camera: body, lens, viewfinder bump.
            QPainterPath body;
            body.moveTo(3.5, 8);
            body.lineTo(8, 8);
            body.lineTo(9.5, 5.5);
            body.lineTo(14.5, 5.5);
            body.lineTo(16, 8);
            body.lineTo(20.5, 8);
            body.lineTo(20.5, 19);
            body.lineTo(3.5, 19);
            body.closeSubpath();
            p.drawPath(body);
            p.drawEllipse(QPointF(12, 13.3), 3.3, 3.3);
            break;
        }
        case IconKind::Revert: {
            // An arc turning back, with its arrow head at the start.
            p.drawArc(QRectF(5, 5, 14, 14), 100 * 16, 280 * 16);
            QPainterPath head;
            head.moveTo(4.5, 5.5);
            head.lineTo(10.8, 5.1);
            head.lineTo(8.6, 10.6);
            head.closeSubpath();
            p.setBrush(ink);
            p.drawPath(head);
            break;
        }
    }
}

}  // namespace

QIcon paintedIcon(IconKind kind, const QPalette& palette) {
    QIcon icon;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Disabled}) {
        const QColor ink = palette.color(group, QPalette::ButtonText);
        for (const int size : {16, 24, 32, 48}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(size / 24.0, size / 24.0);
            draw(p, kind, ink);
            p.end();
            icon.addPixmap(pixmap, group == QPalette::Active ? QIcon::Normal : QIcon::Disabled);
        }
    }
    return icon;
}

}  // namespace ipc::ui
