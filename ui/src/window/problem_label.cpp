// The label under a form that says why its input is refused.
#include "ipc/ui/window/problem_label.h"

#include <QLabel>

namespace ipc::ui {

QLabel* problemLabel(const char* objectName, QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #dc2626;"));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

}  // namespace ipc::ui
