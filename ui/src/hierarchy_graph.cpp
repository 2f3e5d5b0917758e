#include "ipc/ui/hierarchy_graph.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include <QApplication>
#include <QCoreApplication>
#include <QEasingCurve>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QVariantAnimation>
#include <QWheelEvent>

#include "ipc/ui/subnet_format.h"

namespace ipc::ui {

namespace {

constexpr qreal kCardWidth = 212;
constexpr qreal kCardHeight = 100;
constexpr qreal kCardRadius = 10;
constexpr qreal kHGap = 40;         // between sibling cards
constexpr qreal kVGap = 84;         // between a parent and its children
constexpr qreal kStackGap = 30;     // between stacked leaf cards
constexpr qreal kStackIndent = 30;  // room for the spine left of stacked cards
constexpr int kStackRows = 4;       // stacked leaves per column
constexpr qreal kSceneMargin = 40;
constexpr qint64 kPulseMs = 450;
constexpr double kMinScale = 0.08;
constexpr double kMaxScale = 4.0;
constexpr double kMaxFitScale = 1.25;

QColor mix(const QColor& a, const QColor& b, qreal t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isDark(const QPalette& p) {
    return p.color(QPalette::Window).lightnessF() < 0.5;
}

QColor amber(const QPalette& p) {
    return isDark(p) ? QColor(0xf2, 0xb5, 0x3a) : QColor(0xb3, 0x6b, 0x00);
}

QColor accent(const QPalette& p) {
    return isDark(p) ? QColor(0x6e, 0xa8, 0xff) : QColor(0x1f, 0x6f, 0xeb);
}

QFont scaledFont(const QFont& base, qreal factor, bool bold = false) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

}  // namespace

namespace graph {

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

    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* /*widget*/) override {
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
        p->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                    view_.status == devnet::SubnetStatus::Running ? blockTimeText()
                                                                  : statusText(view_.status));
        const bool degraded = view_.validatorsOnline < view_.validatorsTotal;
        p->setPen(degraded ? amber(pal) : muted);
        p->drawText(footer, Qt::AlignRight | Qt::AlignVCenter, validatorsText());
    }

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

    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* /*widget*/) override {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(
            QPen(lineColor(option->palette), 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path_);
    }

private:
    QString parentId_;
    QString childId_;
    EdgeLabel* label_;
    QPainterPath path_;
    qint64 lag_ = -1;
    bool stuck_ = false;
};

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

}  // namespace graph

using graph::ParentEdge;
using graph::SubnetCard;

HierarchyGraph::HierarchyGraph(QWidget* parent) : QGraphicsView(parent) {
    setObjectName(QStringLiteral("hierarchyGraph"));
    scene_ = new QGraphicsScene(this);
    setScene(scene_);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(240, 180);
    clock_.start();
    pulseTimer_.setInterval(33);
    connect(&pulseTimer_, &QTimer::timeout, this, &HierarchyGraph::tickPulses);
}

HierarchyGraph::~HierarchyGraph() {
    // Animations reference scene items; stop them before the scene goes.
    qDeleteAll(findChildren<QVariantAnimation*>(Qt::FindDirectChildrenOnly));
}

void HierarchyGraph::clear() {
    qDeleteAll(findChildren<QVariantAnimation*>(Qt::FindDirectChildrenOnly));
    messageAt_.clear();
    animations_ = 0;
    scene_->clear();
    mark_ = nullptr;  // the scene deleted it
    highlight_ = {};
    cards_.clear();
    edges_.clear();
    order_.clear();
    selected_.clear();
    autoFit_ = true;
    viewport()->update();
}

const QString& HierarchyGraph::idText(const SubnetId& id) {
    auto it = idText_.find(id);
    if (it == idText_.end())
        it = idText_.emplace(id, QString::fromStdString(id.toString())).first;
    return it->second;
}

void HierarchyGraph::setHierarchy(HierarchyViewPtr view) {
    if (view == nullptr) {
        clear();
        return;
    }
    // Another hierarchy (a subnet disappeared): start over.
    std::size_t known = 0;
    std::vector<QString> ids;
    ids.reserve(view->subnets.size());
    for (const auto& s : view->subnets) {
        ids.push_back(idText(s.id));
        known += cards_.count(ids.back());
    }
    if (known != cards_.size())
        clear();

    bool added = false;
    for (std::size_t i = 0; i < view->subnets.size(); ++i) {
        const devnet::SubnetView& s = view->subnets[i];
        const QString& id = ids[i];
        const QString parentId = s.parent ? idText(*s.parent) : QString();
        auto it = cards_.find(id);
        if (it == cards_.end()) {
            auto* card = new SubnetCard(id, &clock_);
            scene_->addItem(card);
            it = cards_.emplace(id, card).first;
            order_.push_back(id);
            if (!parentId.isEmpty() && cards_.count(parentId) != 0) {
                auto* edge = new ParentEdge(parentId, id);
                scene_->addItem(edge);
                scene_->addItem(edge->label());
                edges_.emplace(id, edge);
            }
            added = true;
        }
        it->second->setView(s, parentId);
        if (auto e = edges_.find(id); e != edges_.end())
            e->second->setLag(s);
    }
    if (added) {
        layoutCards();
        if (!selected_.isEmpty())
            selectSubnet(selected_);
    }
}

void HierarchyGraph::addBlocks(const QVector<BlockSample>& blocks) {
    for (const auto& b : blocks) {
        auto it = cards_.find(b.subnet);
        if (it == cards_.end())
            continue;
        if (b.intervalMs > 0)
            it->second->addInterval(b.intervalMs);
        it->second->pulse();
    }
    if (!blocks.isEmpty() && !pulseTimer_.isActive())
        pulseTimer_.start();
}

void HierarchyGraph::tickPulses() {
    bool any = false;
    for (auto& [id, card] : cards_) {
        if (card->pulsing()) {
            card->update();
            any = true;
        }
    }
    if (!any) {
        pulseTimer_.stop();
        for (auto& [id, card] : cards_)
            card->update();  // the last frame without the ring
    }
}

void HierarchyGraph::addCheckpoints(const QVector<CheckpointSample>& checkpoints) {
    for (const auto& c : checkpoints) {
        if (c.stage != devnet::CheckpointStage::Executed)
            continue;
        auto it = edges_.find(c.subnet);
        if (it != edges_.end())
            animateCheckpoint(it->second);
    }
}

void HierarchyGraph::animateCheckpoint(ParentEdge* edge) {
    // The path runs parent → child; a checkpoint goes up.
    animateAlong(edge, 1.0, 0.0, accent(palette()), tr("Checkpoint executed in the parent"), false);
}

void HierarchyGraph::addMessages(const QVector<MessageSample>& messages) {
    for (const auto& m : messages) {
        if (m.subnet.isEmpty())
            continue;
        auto seen = messageAt_.find(m.tracingId);
        if (seen == messageAt_.end()) {
            if (messageAt_.size() > 4096)
                messageAt_.clear();  // old messages are long delivered
            messageAt_.emplace(m.tracingId, m.subnet);
            continue;
        }
        const QString from = seen->second;
        if (from == m.subnet)
            continue;
        seen->second = m.subnet;
        const QString tip = tr("Cross-net message %1").arg(m.tracingId.left(10));
        const QColor color(0xe0, 0x8a, 0x1e);
        // Down: the edge into the new subnet; up: the edge out of the old one.
        if (auto down = edges_.find(m.subnet);
            down != edges_.end() && down->second->parentId() == from) {
            ++messageAnimations_;
            animateAlong(down->second, 0.0, 1.0, color, tip, true);
        } else if (auto up = edges_.find(from);
                   up != edges_.end() && up->second->parentId() == m.subnet) {
            ++messageAnimations_;
            animateAlong(up->second, 1.0, 0.0, color, tip, true);
        }
    }
}

void HierarchyGraph::animateAlong(ParentEdge* edge, double from, double to, const QColor& color,
                                  const QString& tip, bool square) {
    if (animations_ >= kMaxAnimations || edge->path().isEmpty())
        return;
    const QPalette pal = palette();
    QAbstractGraphicsShapeItem* dot = nullptr;
    if (square)
        dot = new QGraphicsRectItem(-7, -5, 14, 10);
    else
        dot = new QGraphicsEllipseItem(-7, -7, 14, 14);
    dot->setBrush(color);
    dot->setPen(QPen(pal.color(QPalette::Base), 2.0));
    dot->setZValue(0.5);  // over the edge, under its label and the cards
    dot->setToolTip(tip);
    dot->setPos(edge->path().pointAtPercent(from));
    scene_->addItem(dot);

    auto* animation = new QVariantAnimation(this);
    animation->setStartValue(from);
    animation->setEndValue(to);
    animation->setDuration(kCheckpointAnimationMs);
    animation->setEasingCurve(QEasingCurve::InOutCubic);
    const QPainterPath path = edge->path();
    connect(animation, &QVariantAnimation::valueChanged, this,
            [dot, path](const QVariant& v) { dot->setPos(path.pointAtPercent(v.toDouble())); });
    connect(animation, &QVariantAnimation::finished, this, [this, dot, animation] {
        scene_->removeItem(dot);
        delete dot;
        --animations_;
        animation->deleteLater();
    });
    ++animations_;
    animation->start();
}

namespace {

// Where everything goes for one way of arranging the tree.
struct Layout {
    std::map<QString, QPointF> centers;
    std::map<QString, std::pair<QPainterPath, QPointF>> edges;  // by child: path, label
    QRectF bounds;
};

// A tidy tree: each parent centred over its children. Parents with more than `stackAbove`
// children that are all leaves stack them in columns of kStackRows under a spine, which turns
// a wide level into a taller, narrower block.
Layout arrange(const std::vector<QString>& roots,
               const std::map<QString, std::vector<QString>>& children, int stackAbove) {
    const auto kids = [&](const QString& id) -> const std::vector<QString>& {
        static const std::vector<QString> none;
        auto it = children.find(id);
        return it == children.end() ? none : it->second;
    };
    const auto stacked = [&](const QString& id) {
        const auto& c = kids(id);
        if (static_cast<int>(c.size()) <= stackAbove)
            return false;
        return std::all_of(c.begin(), c.end(), [&](const QString& k) { return kids(k).empty(); });
    };
    const auto stackColumns = [&](const QString& id) {
        const int n = static_cast<int>(kids(id).size());
        return (n + kStackRows - 1) / kStackRows;
    };

    struct Size {
        qreal width = 0;
        qreal height = 0;
    };
    std::map<QString, Size> sizes;
    std::function<Size(const QString&)> measure = [&](const QString& id) {
        Size s{kCardWidth, kCardHeight};
        const auto& c = kids(id);
        if (stacked(id)) {
            const int cols = stackColumns(id);
            const int rows = std::min<int>(kStackRows, static_cast<int>(c.size()));
            s.width = std::max(kCardWidth, cols * (kStackIndent + kCardWidth) + (cols - 1) * kHGap);
            s.height = kCardHeight + kVGap + rows * kCardHeight + (rows - 1) * kStackGap;
        } else if (!c.empty()) {
            qreal width = kHGap * static_cast<qreal>(c.size() - 1);
            qreal height = 0;
            for (const auto& k : c) {
                const Size ks = measure(k);
                width += ks.width;
                height = std::max(height, ks.height);
            }
            s.width = std::max(kCardWidth, width);
            s.height = kCardHeight + kVGap + height;
        }
        sizes[id] = s;
        return s;
    };

    Layout out;
    std::function<void(const QString&, qreal, qreal)> place = [&](const QString& id, qreal left,
                                                                  qreal top) {
        const Size s = sizes.at(id);
        const QPointF center(left + s.width / 2, top + kCardHeight / 2);
        out.centers[id] = center;
        const QPointF bottom(center.x(), top + kCardHeight);
        const auto& c = kids(id);
        if (stacked(id)) {
            const int cols = stackColumns(id);
            const qreal groupWidth = cols * (kStackIndent + kCardWidth) + (cols - 1) * kHGap;
            const qreal groupLeft = left + (s.width - groupWidth) / 2;
            const qreal busY = bottom.y() + kVGap / 2;
            for (std::size_t i = 0; i < c.size(); ++i) {
                const int col = static_cast<int>(i) / kStackRows;
                const int row = static_cast<int>(i) % kStackRows;
                const qreal cardLeft =
                    groupLeft + col * (kStackIndent + kCardWidth + kHGap) + kStackIndent;
                const qreal cardTop = bottom.y() + kVGap + row * (kCardHeight + kStackGap);
                out.centers[c[i]] = QPointF(cardLeft + kCardWidth / 2, cardTop + kCardHeight / 2);
                const qreal spineX = cardLeft - kStackIndent / 2;
                const qreal midY = cardTop + kCardHeight / 2;
                QPainterPath path(bottom);
                path.lineTo(bottom.x(), busY);
                path.lineTo(spineX, busY);
                path.lineTo(spineX, midY);
                path.lineTo(cardLeft, midY);
                const qreal gapAbove = row == 0 ? kVGap / 2 : kStackGap;
                out.edges[c[i]] = {path, QPointF(spineX, cardTop - gapAbove / 2)};
            }
            return;
        }
        qreal childrenWidth = kHGap * static_cast<qreal>(c.empty() ? 0 : c.size() - 1);
        for (const auto& k : c)
            childrenWidth += sizes.at(k).width;
        qreal x = left + (s.width - childrenWidth) / 2;
        const qreal childTopY = top + kCardHeight + kVGap;
        for (const auto& k : c) {
            place(k, x, childTopY);
            const QPointF childTop(out.centers.at(k).x(), childTopY);
            const qreal midY = (bottom.y() + childTop.y()) / 2;
            QPainterPath path(bottom);
            path.cubicTo(QPointF(bottom.x(), midY), QPointF(childTop.x(), midY), childTop);
            out.edges[k] = {path, path.pointAtPercent(0.5)};
            x += sizes.at(k).width + kHGap;
        }
    };

    qreal left = 0;
    qreal height = 0;
    for (const auto& r : roots) {
        const Size s = measure(r);
        place(r, left, 0);
        left += s.width + kHGap;
        height = std::max(height, s.height);
    }
    out.bounds = QRectF(0, 0, std::max<qreal>(0, left - kHGap), height);
    return out;
}

}  // namespace

void HierarchyGraph::layoutCards() {
    std::map<QString, std::vector<QString>> children;
    std::vector<QString> roots;
    for (const auto& id : order_) {
        const QString& parentId = cards_.at(id)->parentId();
        if (!parentId.isEmpty() && cards_.count(parentId) != 0)
            children[parentId].push_back(id);
        else
            roots.push_back(id);
    }
    // Side by side reads best; stack leaves only when that lets the fitted cards be clearly
    // larger in this viewport (a root with many children, 15+ subnets).
    const QSizeF room = QSizeF(viewport()->size()).expandedTo(QSizeF(400, 300));
    const auto fittedScale = [&](const Layout& l) {
        const QRectF b =
            l.bounds.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
        return std::min({room.width() / b.width(), room.height() / b.height(), kMaxFitScale});
    };
    Layout best = arrange(roots, children, std::numeric_limits<int>::max());
    double bestScale = fittedScale(best);
    for (const int stackAbove : {4, 2}) {
        Layout candidate = arrange(roots, children, stackAbove);
        const double scale = fittedScale(candidate);
        if (scale > bestScale * 1.1) {
            best = std::move(candidate);
            bestScale = scale;
        }
    }
    for (const auto& [id, center] : best.centers)
        cards_.at(id)->setPos(center);
    for (const auto& [id, edge] : best.edges) {
        if (auto e = edges_.find(id); e != edges_.end())
            e->second->setPath(edge.first, edge.second);
    }
    scene_->setSceneRect(
        best.bounds.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
    if (autoFit_)
        applyFit();
    placeHighlight(false);  // the cards moved: so does a tracked message's mark
}

QStringList HierarchyGraph::cardText(const QString& subnetId) const {
    auto it = cards_.find(subnetId);
    return it == cards_.end() ? QStringList() : it->second->lines();
}

qint64 HierarchyGraph::edgeLag(const QString& childId) const {
    auto it = edges_.find(childId);
    return it == edges_.end() ? -1 : it->second->lag();
}

QRectF HierarchyGraph::cardRect(const QString& subnetId) const {
    auto it = cards_.find(subnetId);
    if (it == cards_.end())
        return {};
    return QRectF(it->second->pos() - QPointF(kCardWidth / 2, kCardHeight / 2),
                  QSizeF(kCardWidth, kCardHeight));
}

void HierarchyGraph::selectSubnet(const QString& subnetId) {
    selected_ = subnetId;
    for (auto& [id, card] : cards_)
        card->setChosen(id == subnetId);
}

void HierarchyGraph::setPaused(bool paused) {
    if (paused_ == paused)
        return;
    paused_ = paused;
    viewport()->update();
}

void HierarchyGraph::zoomBy(double factor) {
    const double current = transform().m11();
    const double target = std::clamp(current * factor, kMinScale, kMaxScale);
    if (target == current)
        return;
    autoFit_ = false;
    scale(target / current, target / current);
}

void HierarchyGraph::zoomIn() {
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    zoomBy(1.25);
    setTransformationAnchor(anchor);
}

void HierarchyGraph::zoomOut() {
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    zoomBy(1 / 1.25);
    setTransformationAnchor(anchor);
}

void HierarchyGraph::fit() {
    autoFit_ = true;
    applyFit();
}

void HierarchyGraph::applyFit() {
    if (cards_.empty())
        return;
    const QRectF bounds = scene_->sceneRect();
    fitInView(bounds, Qt::KeepAspectRatio);
    // Small hierarchies would be blown up; keep them at a readable size instead.
    if (transform().m11() > kMaxFitScale) {
        setTransform(QTransform::fromScale(kMaxFitScale, kMaxFitScale));
        centerOn(bounds.center());
    }
}

void HierarchyGraph::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            zoomBy(std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void HierarchyGraph::mousePressEvent(QMouseEvent* event) {
    pressPos_ = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void HierarchyGraph::mouseReleaseEvent(QMouseEvent* event) {
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    if ((pos - pressPos_).manhattanLength() >= QApplication::startDragDistance()) {
        autoFit_ = false;  // the user panned
        return;
    }
    for (QGraphicsItem* item : items(pos)) {
        if (auto* card = dynamic_cast<SubnetCard*>(item)) {
            selectSubnet(card->id());
            emit subnetSelected(card->id());
            return;
        }
    }
}

void HierarchyGraph::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    // While fitting, the arrangement follows the window's shape too (stacked or side by side).
    if (autoFit_ && !cards_.empty())
        layoutCards();
}

void HierarchyGraph::changeEvent(QEvent* event) {
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        scene_->setFont(font());
        scene_->update();
    }
}

void HierarchyGraph::drawBackground(QPainter* painter, const QRectF& rect) {
    const QPalette& pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::Text);
    painter->fillRect(
        rect, isDark(pal) ? window.darker(115) : mix(window, pal.color(QPalette::Base), 0.5));
    // A faint dot grid: gives panning and zooming something to hold on to.
    const qreal step = 24;
    const QColor dotColor = mix(window, text, 0.14);
    painter->setPen(QPen(dotColor, 1.6, Qt::SolidLine, Qt::RoundCap));
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    if (rect.width() / step * rect.height() / step > 40000)
        return;  // zoomed far out: dots would be noise
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step)
            dots.push_back(QPointF(x, y));
    }
    painter->drawPoints(dots.constData(), static_cast<int>(dots.size()));
}

void HierarchyGraph::drawForeground(QPainter* painter, const QRectF& /*rect*/) {
    if (cards_.empty())
        return;
    // Viewport coordinates: the legend and the paused badge do not zoom.
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QRect area = viewport()->rect();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter->setFont(small);
    const QFontMetrics fm(small);

    const QString legend =
        tr("Edges: checkpoint lag in blocks  ·  dot: checkpoint executed in "
           "the parent  ·  Ctrl+wheel zooms, drag pans, F fits");
    const QRect legendRect(area.left() + 12, area.bottom() - fm.height() - 14,
                           fm.horizontalAdvance(legend) + 20, fm.height() + 8);
    QColor legendBg = base;
    legendBg.setAlpha(210);
    painter->setPen(Qt::NoPen);
    painter->setBrush(legendBg);
    painter->drawRoundedRect(legendRect, 6, 6);
    painter->setPen(mix(text, base, 0.35));
    painter->drawText(legendRect, Qt::AlignCenter, legend);

    if (paused_) {
        QFont bold = font();
        bold.setBold(true);
        painter->setFont(bold);
        const QFontMetrics bm(bold);
        const QString label = tr("Paused");
        const QRect badge(area.right() - bm.horizontalAdvance(label) - 44, area.top() + 12,
                          bm.horizontalAdvance(label) + 32, bm.height() + 10);
        painter->setPen(Qt::NoPen);
        painter->setBrush(amber(pal));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setPen(isDark(pal) ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
        painter->drawText(badge, Qt::AlignCenter, label);
    }
    painter->restore();
}

// ---------------------------------------------------------------- tracked message

namespace graph {

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
    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* /*widget*/) override {
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

private:
    QString label_;
};

}  // namespace graph

QPointF HierarchyGraph::highlightPos() const {
    return mark_ != nullptr ? mark_->pos() : QPointF();
}

bool HierarchyGraph::highlightMoving() const {
    return markAnimation_ != nullptr && markAnimation_->state() == QAbstractAnimation::Running;
}

QPointF HierarchyGraph::highlightTarget() const {
    const auto card = cards_.find(highlight_.at);
    if (card == cards_.end())
        return {};
    if (!highlight_.toward.isEmpty()) {
        // Edges are kept by child: going down the child is `toward`, going up it is `at`.
        auto edge = edges_.find(highlight_.toward);
        bool down = true;
        if (edge == edges_.end() || edge->second->path().isEmpty()) {
            edge = edges_.find(highlight_.at);
            down = false;
        }
        if (edge != edges_.end() && !edge->second->path().isEmpty()) {
            // The path runs parent → child; keep clear of the lag label in its middle.
            return edge->second->path().pointAtPercent(down ? 0.68 : 0.32);
        }
    }
    // On the card: astride its top edge, where it does not hide the name or the height.
    return card->second->pos() + QPointF(0, -kCardHeight / 2);
}

void HierarchyGraph::placeHighlight(bool animate) {
    if (highlight_.tracingId.isEmpty() || cards_.count(highlight_.at) == 0) {
        if (mark_ != nullptr)
            mark_->hide();
        return;
    }
    if (mark_ == nullptr) {
        mark_ = new graph::MessageMark;
        scene_->addItem(mark_);
        animate = false;
    }
    mark_->setLabel(highlight_.label);
    mark_->setToolTip(tr("Tracked transfer %1 (%2)").arg(highlight_.label, highlight_.tracingId));
    mark_->show();
    const QPointF target = highlightTarget();
    if (markAnimation_ != nullptr) {
        markAnimation_->stop();
        markAnimation_->deleteLater();
    }
    if (!animate || mark_->pos() == target) {
        mark_->setPos(target);
        return;
    }
    auto* animation = new QVariantAnimation(this);
    animation->setStartValue(mark_->pos());
    animation->setEndValue(target);
    animation->setDuration(kCheckpointAnimationMs);
    animation->setEasingCurve(QEasingCurve::InOutCubic);
    graph::MessageMark* mark = mark_;
    connect(animation, &QVariantAnimation::valueChanged, this,
            [mark](const QVariant& v) { mark->setPos(v.toPointF()); });
    connect(animation, &QVariantAnimation::finished, animation, &QObject::deleteLater);
    markAnimation_ = animation;
    animation->start();
}

void HierarchyGraph::highlightMessage(const QString& tracingId, const QString& atSubnet,
                                      const QString& towardSubnet, const QString& label) {
    const bool sameMessage = tracingId == highlight_.tracingId;
    highlight_ = Highlight{tracingId, atSubnet, towardSubnet, label};
    placeHighlight(sameMessage);
}

}  // namespace ipc::ui
