#include "ipc/devnet/version.h"
