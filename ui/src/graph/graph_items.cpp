// Painting the hierarchy graph's items: subnet cards, edges, lag pills and the message mark.
#include "graph/graph_items.h"

#include <QFontDatabase>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace ipc::ui::graph {

void SubnetCard::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* /*widget*/) {
    const QPalette& pal = option->palette;
    const bool dark = isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = mix(text, base, 0.42);
    const QColor faint = mix(text, base, 0.85);
    const QColor status = statusColor(view_.status);
    const QRectF r(-kCardWidth / 2, -kCardHeight / 2, kCardWidth, kCardHeight);
    const QFont font = scene() != nullptr ? scene()->font() : QApplication::font();

    p->setRenderHint(QPainter::Antialiasing);
    // Shadow, body, border.
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0, 0, 0, dark ? 90 : 22));
    p->drawRoundedRect(r.translated(0, 2.5), kCardRadius, kCardRadius);
    p->setBrush(dark ? mix(base, text, 0.06) : base);
    const QColor border = chosen_ ? accent(pal) : (hover_ ? mix(text, base, 0.6) : faint);
    p->setPen(QPen(border, chosen_ ? 2.2 : 1.0));
    p->drawRoundedRect(r, kCardRadius, kCardRadius);

    // Status light, with a ring that fades after each block.
    const QPointF light(r.left() + 19, r.top() + 23);
    if (pulsing()) {
        const qreal t = static_cast<qreal>(clock_->elapsed() - pulseAt_) / kPulseMs;
        QColor ring = status;
        ring.setAlphaF(static_cast<float>(0.55 * (1 - t)));
        p->setPen(Qt::NoPen);
        p->setBrush(ring);
        p->drawEllipse(light, 5 + 6 * t, 5 + 6 * t);
    }
    p->setPen(QPen(status.darker(dark ? 100 : 125), 1));
    p->setBrush(status);
    p->drawEllipse(light, 5, 5);

    // Height, top right: a small caption before the number, on the name's baseline.
    const QFont heightFont = scaledFont(font, 1.45, true);
    const QFont captionFont = scaledFont(font, 0.78);
    const QFontMetricsF heightMetrics(heightFont);
    const qreal heightWidth = heightMetrics.horizontalAdvance(heightText());
    const qreal baseline = r.top() + 30;
    p->setFont(heightFont);
    p->setPen(text);
    p->drawText(QPointF(r.right() - 14 - heightWidth, baseline), heightText());
    //: caption before a subnet's block height on its card in the graph
    const QString caption = tr("height");
    const qreal captionWidth = QFontMetricsF(captionFont).horizontalAdvance(caption);
    p->setFont(captionFont);
    p->setPen(muted);
    p->drawText(QPointF(r.right() - 14 - heightWidth - 5 - captionWidth, baseline), caption);

    // Name, then the subnet id across the whole card.
    const QFont nameFont = scaledFont(font, 1.08, true);
    const qreal nameLeft = r.left() + 32;
    const qreal nameWidth = r.right() - 14 - heightWidth - 5 - captionWidth - 10 - nameLeft;
    p->setFont(nameFont);
    p->setPen(text);
    p->drawText(QPointF(nameLeft, baseline),
                QFontMetricsF(nameFont).elidedText(QString::fromStdString(view_.name),
                                                   Qt::ElideRight, nameWidth));
    QFont idFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    idFont.setPointSizeF(font.pointSizeF() * 0.78);
    const qreal idWidth = r.right() - 14 - nameLeft;
    p->setFont(idFont);
    p->setPen(muted);
    p->drawText(QRectF(nameLeft, r.top() + 37, idWidth, 16), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(idFont).elidedText(shortSubnetId(id_), Qt::ElideLeft, idWidth));

    // Footer: block time and validators.
    p->setPen(QPen(faint, 1));
    p->drawLine(QPointF(r.left() + 12, r.top() + 62), QPointF(r.right() - 12, r.top() + 62));
    const QRectF footer(r.left() + 14, r.top() + 66, kCardWidth - 28, 26);
    p->setFont(scaledFont(font, 0.86));
    p->setPen(muted);
    p->drawText(
        footer, Qt::AlignLeft | Qt::AlignVCenter,
        view_.status == devnet::SubnetStatus::Running ? blockTimeText() : statusText(view_.status));
    const bool degraded = view_.validatorsOnline < view_.validatorsTotal;
    p->setPen(degraded ? amber(pal) : muted);
    p->drawText(footer, Qt::AlignRight | Qt::AlignVCenter, validatorsText());
}

void EdgeLabel::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* /*widget*/) {
    const QPalette& pal = option->palette;
    const QColor ink = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QRectF r = boundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
    const bool stuck = stuck_;
    const QColor tint = stuck ? amber(pal) : mix(ink, base, 0.35);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(stuck ? tint : ParentEdge::lineColor(pal), 1));
    p->setBrush(isDark(pal) ? mix(base, ink, 0.06) : base);
    p->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    p->setFont(font());
    p->setPen(tint);
    p->drawText(r, Qt::AlignCenter, text());
}

void ParentEdge::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* /*widget*/) {
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(lineColor(option->palette), 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path_);
}

void MessageMark::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* /*widget*/) {
    const QColor tint = accent(option->palette);
    p->setRenderHint(QPainter::Antialiasing);
    QColor halo = tint;
    halo.setAlphaF(0.25F);
    p->setPen(Qt::NoPen);
    p->setBrush(halo);
    const QRectF r = pill();
    p->drawRoundedRect(r.adjusted(-6, -6, 6, 6), r.height() / 2 + 6, r.height() / 2 + 6);
    p->setBrush(tint);
    p->setPen(QPen(option->palette.color(QPalette::Base), 2));
    p->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    p->setPen(Qt::white);
    p->setFont(font());
    p->drawText(r, Qt::AlignCenter, text());
}

}  // namespace ipc::ui::graph
