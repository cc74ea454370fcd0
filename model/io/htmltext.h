#pragma once

#include <QString>

namespace entente {

// The text of an HTML fragment from an imported file, as plain text: tags dropped (block
// elements become line breaks), entities decoded, blank space collapsed. Nothing is fetched or
// rendered: imported HTML is untrusted and Entente shows it as plain text only.
QString htmlToPlainText(const QString &html);

} // namespace entente
