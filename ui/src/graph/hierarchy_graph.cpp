// The hierarchy graph: the live tree of subnet cards, its layout, zoom, pulses and animations.
#include "ipc/ui/graph/hierarchy_graph.h"

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

#include "graph/graph_items.h"
#include "ipc/ui/format/subnet_format.h"

namespace ipc::ui {

namespace {

constexpr qreal kHGap = 40;         // between sibling cards
constexpr qreal kVGap = 84;         // between a parent and its children
constexpr qreal kStackGap = 30;     // between stacked leaf cards
constexpr qreal kStackIndent = 30;  // room for the spine left of stacked cards
constexpr int kStackRows = 4;       // stacked leaves per column
constexpr qreal kSceneMargin = 40;
constexpr double kMinScale = 0.08;
constexpr double kMaxScale = 4.0;
constexpr double kMaxFitScale = 1.25;

}  // namespace

using namespace graph;

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
        ids.push_back(idText_(s.id));
        known += cards_.count(ids.back());
    }
    if (known != cards_.size())
        clear();

    bool added = false;
    for (std::size_t i = 0; i < view->subnets.size(); ++i) {
        const devnet::SubnetView& s = view->subnets[i];
        const QString& id = ids[i];
        const QString parentId = s.parent ? idText_(*s.parent) : QString();
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

void HierarchyGraph::addBlocks(const QVector<devnet::BlockProduced>& blocks) {
    for (const auto& b : blocks) {
        auto it = cards_.find(idText_(b.subnet));
        if (it == cards_.end())
            continue;
        if (b.block.intervalMs > 0)
            it->second->addInterval(b.block.intervalMs);
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
        // Transfers amber, contract calls violet, their results teal.
        QString tip = tr("Cross-net message %1").arg(m.tracingId.left(10));
        QColor color(0xe0, 0x8a, 0x1e);
        if (m.kind == protocol::MsgKind::Call) {
            tip = tr("Cross-net call %1").arg(m.tracingId.left(10));
            color = QColor(0x8e, 0x5c, 0xd9);
        } else if (m.kind == protocol::MsgKind::Result) {
            //: a Result message carries the outcome of a cross-net call back to its sender
            tip = tr("Result of a cross-net call %1").arg(m.tracingId.left(10));
            color = QColor(0x1f, 0xa5, 0x9a);
        }
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
