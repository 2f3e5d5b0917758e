// The red, wrapping, selectable label under a form that says why its input is refused, the same
// in every dialog and wizard page.
#pragma once

class QLabel;
class QWidget;

namespace ipc::ui {

QLabel* problemLabel(const char* objectName, QWidget* parent);

}  // namespace ipc::ui
