#pragma once

#include <atomic>
#include <memory>

namespace entente {

// A flag a job on a worker thread polls to stop early, shared by the one who asked for the job
// (who sets it) and the job (who reads it). Copies share the flag. Made from the
// std::shared_ptr<std::atomic<bool>> the views keep, so a view can cancel what it asked for.
class CancelToken
{
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic<bool>>(false))
    { }
    // NOLINTNEXTLINE(google-explicit-constructor): a view's own flag is its token.
    CancelToken(std::shared_ptr<std::atomic<bool>> flag)
        : m_flag(flag ? std::move(flag) : std::make_shared<std::atomic<bool>>(false))
    { }

    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }
    // For the functions that poll a plain flag (TimelineIndex::build, ActorGraph::build...).
    const std::atomic<bool> *flag() const { return m_flag.get(); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

} // namespace entente
