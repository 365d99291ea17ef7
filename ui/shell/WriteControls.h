#pragma once

class QAction;
class QWidget;

// The controls that change the office file (add, edit, import, a loop step, the settings) are
// marked where they are made. A window whose file is open read-only (another window holds it,
// or the file is write-protected) disables them all, so a clerk is never offered a change that
// can only fail; the banner says why.
namespace dd::ui::writeControls {

void mark(QWidget* control);
void mark(QAction* action);

// Enables or disables every marked control in `window`, and remembers the state for controls
// made later (the step buttons of the loop item shown).
void apply(QWidget* window, bool writable);

// Whether the window holding `widget` may change its file; when not, says so in a message box.
// For the ways into an edit that are not a marked control (a double-click on a row).
bool ensureWritable(QWidget* widget);

} // namespace dd::ui::writeControls
