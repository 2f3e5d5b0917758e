// The items the hierarchy graph draws: subnet cards, parent-child edges with their lag pills and
// the mark of a tracked message (their painting is in graph_items.cpp).
#pragma once

#include <QApplication>
#include <QColor>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPalette>
#include <QString>
#include <QStringList>

#include <cmath>

#include "ipc/devnet/views.h"
#include "ipc/ui/format/subnet_format.h"
#include "ipc/ui/format/value_text.h"

namespace ipc::ui::graph {

constexpr qreal kCardWidth = 212;
constexpr qreal kCardHeight = 100;
constexpr qreal kCardRadius = 10;
constexpr qint64 kPulseMs = 450;

inline QColor mix(const QColor& a, const QColor& b, qreal t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

inline bool isDark(const QPalette& p) {
    return p.color(QPalette::Window).lightnessF() < 0.5;
}

inline QColor amber(const QPalette& p) {
    return isDark(p) ? QColor(0xf2, 0xb5, 0x3a) : QColor(0xb3, 0x6b, 0x00);
}

inline QColor accent(const QPalette& p) {
    return isDark(p) ? QColor(0x6e, 0xa8, 0xff) : QColor(0x1f, 0x6f, 0xeb);
}

inline QFont scaledFont(const QFont& base, qreal factor, bool bold = false) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

// A subnet card: status light, name, short id, height, block time and validators.
class SubnetCard : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(SubnetCard)

public:
    SubnetCard(QString id, const QElapsedTimer* clock) : id_(std::move(id)), clock_(clock) {
        setZValue(1);
        setAcceptHoverEvents(true);
        setCursor(Qt::PointingHandCursor);
    }

    const QString& id() const { return id_; }
    const QString& parentId() const { return parentId_; }
    const devnet::SubnetView& view() const { return view_; }

    void setView(const devnet::SubnetView& v, QString parentId) {
        view_ = v;
        parentId_ = std::move(parentId);
        setToolTip(QStringLiteral("<b>%1</b><br><tt>%2</tt><br>%3")
                       .arg(QString::fromStdString(v.name).toHtmlEscaped(), id_.toHtmlEscaped(),
                            tr("Chain id %1").arg(v.chainId)));
        update();
    }

    void addInterval(std::uint64_t ms) {
        // A short moving average: steady under ×100, still follows a changed block time.
        intervalMs_ = intervalMs_ <= 0 ? static_cast<double>(ms)
                                       : intervalMs_ * 0.8 + static_cast<double>(ms) * 0.2;
    }

    void pulse() {
        pulseAt_ = clock_->elapsed();
        update();
    }
    bool pulsing() const { return pulseAt_ >= 0 && clock_->elapsed() - pulseAt_ < kPulseMs; }

    void setChosen(bool chosen) {
        if (chosen_ == chosen)
            return;
        chosen_ = chosen;
        update();
    }

    QString heightText() const { return QLocale().toString(static_cast<qulonglong>(view_.height)); }
    QString blockTimeText() const {
        const double ms = intervalMs_ > 0 ? intervalMs_ : static_cast<double>(view_.blockTimeMs);
        //: block time shown on a subnet card, e.g. "1 s blocks"
        return tr("%1 blocks").arg(formatDuration(static_cast<std::uint64_t>(std::llround(ms))));
    }
    QString validatorsText() const {
        //: validators online / in the set, on a subnet card
        return tr("%1/%2 validators").arg(view_.validatorsOnline).arg(view_.validatorsTotal);
    }
    QStringList lines() const {
        return {QString::fromStdString(view_.name), shortSubnetId(id_), heightText(),
                statusText(view_.status),           blockTimeText(),    validatorsText()};
    }

    QRectF boundingRect() const override {
        return QRectF(-kCardWidth / 2, -kCardHeight / 2, kCardWidth, kCardHeight)
            .adjusted(-4, -4, 4, 6);
    }

    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* /*event*/) override {
        hover_ = true;
        update();
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* /*event*/) override {
        hover_ = false;
        update();
    }

private:
    QString id_;
    QString parentId_;
    devnet::SubnetView view_;
    const QElapsedTimer* clock_;
    double intervalMs_ = 0;
    qint64 pulseAt_ = -1;
    bool chosen_ = false;
    bool hover_ = false;
};

// The lag pill on an edge: its own item so checkpoint dots pass under it, not over the number.
// It keeps its own copy of what it shows (the scene deletes items in no particular order).
class EdgeLabel : public QGraphicsItem {
public:
    EdgeLabel() { setZValue(0.8); }

    void set(QString text, bool stuck) {
        prepareGeometryChange();
        text_ = std::move(text);
        stuck_ = stuck;
        update();
    }
    const QString& text() const { return text_; }
    QFont font() const {
        QFont f = scene() != nullptr ? scene()->font() : QApplication::font();
        f.setPointSizeF(f.pointSizeF() * 0.8);
        return f;
    }
    QRectF boundingRect() const override {
        const qreal w = QFontMetricsF(font()).horizontalAdvance(text()) + 18;
        return QRectF(-w / 2, -10, w, 20);
    }
    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString text_;
    bool stuck_ = false;
};

// The link from a parent to a child, labelled with the child's checkpoint lag: its height minus
// the last checkpoint the parent accepted. The layout gives it its path.
class ParentEdge : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(ParentEdge)

public:
    ParentEdge(QString parentId, QString childId)
        : parentId_(std::move(parentId)), childId_(std::move(childId)), label_(new EdgeLabel) {
        setZValue(0);
    }
    ParentEdge(const ParentEdge&) = delete;
    ParentEdge& operator=(const ParentEdge&) = delete;

    // Added to the scene with the edge, which then owns it.
    EdgeLabel* label() const { return label_; }
    const QString& childId() const { return childId_; }
    const QString& parentId() const { return parentId_; }
    const QPainterPath& path() const { return path_; }
    qint64 lag() const { return lag_; }
    bool stuck() const { return stuck_; }

    void setPath(const QPainterPath& path, QPointF labelAt) {
        prepareGeometryChange();
        path_ = path;
        label_->setPos(labelAt);
    }

    void setLag(const devnet::SubnetView& child) {
        const qint64 lag =
            static_cast<qint64>(child.height) - static_cast<qint64>(child.lastCheckpointAccepted);
        const bool stuck =
            child.checkpointPeriod > 0 && lag > 2 * static_cast<qint64>(child.checkpointPeriod);
        if (lag == lag_ && stuck == stuck_)
            return;
        lag_ = lag;
        stuck_ = stuck;
        label_->setToolTip(tr("Checkpoint lag: %1 blocks of %2 not yet covered by a checkpoint "
                              "its parent accepted (last accepted: height %3, period %4)")
                               .arg(lag)
                               .arg(QString::fromStdString(child.name))
                               .arg(child.lastCheckpointAccepted)
                               .arg(child.checkpointPeriod));
        label_->set(labelText(), stuck_);
    }

    QString labelText() const {
        //: checkpoint lag in blocks, on an edge of the hierarchy graph
        return tr("lag %1").arg(lag_);
    }

    static QColor lineColor(const QPalette& pal) {
        return mix(pal.color(QPalette::Text), pal.color(QPalette::Window), 0.62);
    }

    QRectF boundingRect() const override { return path_.boundingRect().adjusted(-2, -2, 2, 2); }

    QPainterPath shape() const override {
        QPainterPathStroker stroker;
        stroker.setWidth(6);
        return stroker.createStroke(path_);
    }

    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString parentId_;
    QString childId_;
    EdgeLabel* label_;
    QPainterPath path_;
    qint64 lag_ = -1;
    bool stuck_ = false;
};

// The mark of a tracked cross-net message: a pill with an envelope and what moves, above the
// cards and edges, in the accent colour with a soft halo.
class MessageMark : public QGraphicsItem {
public:
    MessageMark() {
        setZValue(3);
        setAcceptHoverEvents(true);
    }
    void setLabel(QString label) {
        prepareGeometryChange();
        label_ = std::move(label);
        update();
    }
    QFont font() const {
        QFont f = scene() != nullptr ? scene()->font() : QApplication::font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        f.setBold(true);
        return f;
    }
    QString text() const { return QStringLiteral("✉ ") + label_; }
    QRectF pill() const {
        const qreal w = QFontMetricsF(font()).horizontalAdvance(text()) + 22;
        return QRectF(-w / 2, -13, w, 26);
    }
    QRectF boundingRect() const override { return pill().adjusted(-8, -8, 8, 8); }
    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString label_;
};

}  // namespace ipc::ui::graph
