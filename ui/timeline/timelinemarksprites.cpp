#include "timelinemarksprites.h"

#include "timelinepainting.h"

#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace entente {

bool TimelineMarkSprites::begin(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster)
        return false;
    const QTransform t = painter.deviceTransform();
    if (t.type() > QTransform::TxScale || t.m11() != t.m22() || t.m11() <= 0 || t.m11() > 16)
        return false;
    m_scale = t.m11();
    m_dx = t.dx();
    m_dy = t.dy();
    return true;
}

const QImage &TimelineMarkSprites::sprite(const TimelineTheme &theme, const QColor &colour, int kind,
                                          ClaimStatus status, double size)
{
    const auto sizeKey = static_cast<quint64>(std::lround(size * 8)) & 0xff;
    const auto scaleKey = static_cast<quint64>(std::lround(m_scale * 8)) & 0xff;
    const quint64 key = quint64(colour.rgba()) | (quint64(kind % 10) << 32) | (quint64(status) << 36)
        | (quint64(theme.kind == TimelineTheme::Kind::Dark) << 39) | (sizeKey << 40) | (scaleKey << 48);
    auto it = m_cache.find(key);
    if (it != m_cache.end())
        return *it;
    if (m_cache.size() > 2000)
        m_cache.clear();
    // Room for the widest shape (the star reaches 0.625 × size from the centre), its pen and
    // the strike of a denied claim.
    const int side = static_cast<int>(std::ceil((size * 1.25 + 6) * m_scale)) | 1;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(m_scale);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        const double c = side / 2.0 / m_scale;
        timelinepaint::mark(p, theme, colour, kind, status, QPointF(c, c), size);
    }
    return *m_cache.insert(key, image);
}

void TimelineMarkSprites::draw(QPainter &painter, const TimelineTheme &theme, const QColor &colour, int kind,
                               ClaimStatus status, QPointF centre, double size)
{
    const QImage &image = sprite(theme, colour, kind, status, size);
    // Placed on whole device pixels, so the raster engine copies it rather than resampling.
    const double half = image.width() / 2.0;
    const double x = std::round(centre.x() * m_scale + m_dx - half);
    const double y = std::round(centre.y() * m_scale + m_dy - half);
    painter.drawImage(QPointF((x - m_dx) / m_scale, (y - m_dy) / m_scale), image);
}

} // namespace entente
