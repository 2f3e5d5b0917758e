// The devnet's version text.
#include "ipc/devnet/version.h"
