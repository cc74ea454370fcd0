// Marks drawn by their event's best source grade (RenderOptions::grades): how strong each tier
// is, shared by the marks and the legend that explains them.
#include "timelinerenderer.h"

namespace entente {

int gradeTier(const Grade &grade)
{
    if (grade.reliability) {
        switch (*grade.reliability) {
        case Reliability::A:
        case Reliability::B:
            return 0;
        case Reliability::C:
        case Reliability::D:
            return 1;
        default:
            return 2;
        }
    }
    if (grade.credibility) {
        const int n = credibilityNumber(*grade.credibility);
        return n <= 2 ? 0 : n <= 4 ? 1 : 2;
    }
    return 2;
}

QColor gradedColour(const QColor &colour, const QColor &background, int tier)
{
    // The share of the mark's own colour: full, a little over half, a fifth (still seen, and
    // still told apart by shape).
    static constexpr float kStrength[] = { 1.0F, 0.55F, 0.22F };
    const float s = kStrength[std::clamp(tier, 0, 2)];
    auto mix = [s](float a, float b) { return a * s + b * (1.0F - s); };
    return QColor::fromRgbF(mix(colour.redF(), background.redF()), mix(colour.greenF(), background.greenF()),
                            mix(colour.blueF(), background.blueF()));
}

} // namespace entente
