// Returning freed allocator memory to the system, at most once per interval.
#include "ipc/devnet/memory_trim.h"

#include <cstdlib>  // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ipc::devnet {

bool MemoryTrimmer::due(Clock::time_point now) {
    if (trimmed_ && now - last_ < interval_)
        return false;
    trimmed_ = true;
    last_ = now;
    return true;
}

bool MemoryTrimmer::maybeTrim(Clock::time_point now) {
    if (!due(now))
        return false;
    trimNow();
    return true;
}

void MemoryTrimmer::trimNow() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

}  // namespace ipc::devnet
