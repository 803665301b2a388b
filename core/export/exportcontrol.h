// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>

namespace bw {

// How long work (export, print, preview) reports progress and learns that it should stop.
// The work runs on a worker thread; `progress` is called from that thread (the receiver
// queues it to the GUI), and `cancel` is set from the GUI thread. A default-constructed
// control reports nothing and never cancels.
struct ExportControl {
    // done/total in the work's own unit (pages laid out for paged formats, activities
    // written for the others); total may grow while laying out.
    std::function<void(int done, int total)> progress;
    const std::atomic_bool *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(int done, int total) const
    {
        if (progress)
            progress(done, total);
    }
};

} // namespace bw
