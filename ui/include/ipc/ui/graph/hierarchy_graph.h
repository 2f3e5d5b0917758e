// HierarchyGraph: the live picture of the hierarchy. Subnets are cards laid out as a tree
// (parent above its children), edges carry the checkpoint lag, and executed checkpoints travel
// up their edge as a dot. Ctrl+wheel or zoomIn()/zoomOut() zoom, dragging pans, fit() frames
// everything; a click on a card emits subnetSelected().
#pragma once

#include <map>
#include <vector>

#include <QElapsedTimer>
#include <QGraphicsView>
#include <QPoint>
#include <QPointer>
#include <QString>
#include <QTimer>

#include "ipc/ui/bridge/devnet_bridge.h"
#include "ipc/ui/format/value_text.h"

class QGraphicsScene;
class QVariantAnimation;

namespace ipc::ui {

namespace graph {
class SubnetCard;
class ParentEdge;
class MessageMark;
}  // namespace graph

class HierarchyGraph : public QGraphicsView {
    Q_OBJECT
public:
    // Checkpoint dots beyond this many in flight are skipped (fast runs make hundreds).
    static constexpr int kMaxAnimations = 20;
    static constexpr int kCheckpointAnimationMs = 600;

    explicit HierarchyGraph(QWidget* parent = nullptr);
    ~HierarchyGraph() override;

    int cardCount() const { return static_cast<int>(cards_.size()); }
    int edgeCount() const { return static_cast<int>(edges_.size()); }
    int animationsInFlight() const { return animations_; }
    QString selectedSubnet() const { return selected_; }
    // For tests and tooltips: the card's text lines, empty when there is no such subnet.
    QStringList cardText(const QString& subnetId) const;
    // The checkpoint lag shown on the edge into `childId` (-1 when there is none).
    qint64 edgeLag(const QString& childId) const;
    // The scene rectangle of a subnet's card (empty when there is none).
    QRectF cardRect(const QString& subnetId) const;
    // The highlighted message and where its mark is (empty when none).
    QString highlightedMessage() const { return highlight_.tracingId; }
    QString highlightedSubnet() const { return highlight_.at; }
    QString highlightedToward() const { return highlight_.toward; }
    QPointF highlightPos() const;
    // The mark is still gliding to where the message is now.
    bool highlightMoving() const;

public slots:
    void setHierarchy(ipc::ui::HierarchyViewPtr view);
    void addBlocks(const QVector<ipc::devnet::BlockProduced>& blocks);
    void addCheckpoints(const QVector<ipc::ui::CheckpointSample>& checkpoints);
    // Every cross-net message that reaches another subnet glides along the edge it took (a
    // small envelope: up towards the parent, down towards a child).
    void addMessages(const QVector<ipc::ui::MessageSample>& messages);
    void setPaused(bool paused);
    void clear();
    // Highlights a card without emitting subnetSelected (the caller already knows).
    void selectSubnet(const QString& subnetId);
    void zoomIn();
    void zoomOut();
    // Frames the whole hierarchy and keeps framing it as it grows, until the user zooms.
    void fit();
    // Marks where a tracked cross-net message is: on `atSubnet`'s card, or on the edge towards
    // `towardSubnet` while it travels; the mark glides there from where it was. `label` says
    // what moves ("5 FIL"). An empty `tracingId` removes the mark.
    void highlightMessage(const QString& tracingId, const QString& atSubnet,
                          const QString& towardSubnet = {}, const QString& label = {});
    void clearMessageHighlight() { highlightMessage({}, {}); }

signals:
    void subnetSelected(const QString& subnetId);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void layoutCards();
    void applyFit();
    void zoomBy(double factor);
    void animateCheckpoint(graph::ParentEdge* edge);
    // A dot of `color` along `edge`'s path from `from` to `to` (0 = parent end, 1 = child end).
    void animateAlong(graph::ParentEdge* edge, double from, double to, const QColor& color,
                      const QString& tip, bool square);
    void tickPulses();
    // Id text is costly to format (base32 and checksums) and ids never change: cached.

    QGraphicsScene* scene_ = nullptr;
    std::map<QString, graph::SubnetCard*> cards_;  // by subnet id text
    std::map<QString, graph::ParentEdge*> edges_;  // by child id text
    std::vector<QString> order_;                   // parents before children
    SubnetIdTexts idText_;
    QString selected_;
    QPoint pressPos_;
    QTimer pulseTimer_;  // repaints block pulses while any is fading
    QElapsedTimer clock_;
    int animations_ = 0;
    std::map<QString, QString> messageAt_;  // tracing id -> the subnet it was last seen on
    int messageAnimations_ = 0;             // message envelopes started (for tests)

public:
    int messageAnimationsStarted() const { return messageAnimations_; }

private:
    bool autoFit_ = true;
    bool paused_ = false;

    // The tracked message's mark (highlightMessage).
    struct Highlight {
        QString tracingId;
        QString at;
        QString toward;
        QString label;
    };
    QPointF highlightTarget() const;
    void placeHighlight(bool animate);
    Highlight highlight_;
    graph::MessageMark* mark_ = nullptr;
    QPointer<QVariantAnimation> markAnimation_;
};

}  // namespace ipc::ui
