// A ui file that walks the engine itself: ui.facade_includes_catches must see the check fail.
#include "ipc/devnet/hierarchy.h"
#include "ipc/ui/bridge/devnet_bridge.h"
