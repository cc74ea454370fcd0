#pragma once

#include <cstdint>

namespace entente {

// Ids from `from` up to but not including `to`: how a reader splits a table between threads, and
// how a view asks for the rows a change touched.
struct IdRange
{
    std::int64_t from = 0;
    std::int64_t to = 0;

    bool contains(std::int64_t id) const { return id >= from && id < to; }
    bool isEmpty() const { return to <= from; }
};

} // namespace entente
