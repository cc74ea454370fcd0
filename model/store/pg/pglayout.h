#pragma once

// The statements of a shared timeline's PostgreSQL layout that live beside the replicated tables
// (PgSchema makes the tables, their triggers, indexes and grants): entente_meta, entente_changes
// and the functions its triggers run, and the functions that give ids from the sequences.

#include <span>

namespace entente::pg {

std::span<const char *const> layoutStatements();

} // namespace entente::pg
