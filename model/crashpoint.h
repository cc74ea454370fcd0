#pragma once

namespace entente {

// A named moment of a write (an import's phases, a commit, a recovery, a save-as) at which a test
// can make the program kill itself (SIGKILL, as a power cut or `kill -9` would), to check that
// the file opens afterwards and holds what it held before or all of the write. Set
// ENTENTE_CRASH_AT=PHASE (or PHASE:N for its Nth passage); unset, this costs one flag test.
void crashPoint(const char *phase);

} // namespace entente
