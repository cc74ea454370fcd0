#include "timelinepainting.h"

#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace entente::timelinepaint {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::TimelineRenderer", text);
}

QPolygonF regular(QPointF c, double r, int corners, double rotation)
{
    QPolygonF poly;
    for (int i = 0; i < corners; ++i) {
        const double a = rotation + 2 * M_PI * i / corners;
        poly << QPointF(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
    }
    return poly;
}

QPen statusPen(const QColor &colour, ClaimStatus status)
{
    QPen pen(colour, 1.4);
    pen.setJoinStyle(Qt::MiterJoin);
    switch (status) {
    case ClaimStatus::Confirmed:
        pen.setColor(colour.darker(140));
        pen.setWidthF(1.0);
        break;
    case ClaimStatus::Reported:
        pen.setWidthF(1.6);
        break;
    case ClaimStatus::Alleged:
        pen.setDashPattern({ 2.0, 1.6 });
        break;
    case ClaimStatus::Disputed:
        pen.setDashPattern({ 3.0, 1.5, 0.8, 1.5 });
        break;
    case ClaimStatus::Denied:
        break;
    }
    return pen;
}

QBrush statusBrush(const TimelineTheme &theme, const QColor &colour, ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Confirmed:
        return colour;
    case ClaimStatus::Disputed: {
        QColor c = colour;
        c.setAlphaF(0.35F);
        return c;
    }
    default:
        return theme.markOutlineFill;
    }
}

// "%n event(s)" in the language's plural form for `count`, its number written as `number`.
QString eventCountWritten(std::size_t count, const QString &number)
{
    const int n = static_cast<int>(std::min<std::size_t>(count, std::numeric_limits<int>::max()));
    return QCoreApplication::translate("entente::TimelineRenderer", "%n event(s)", nullptr, n)
        .replace(QString::number(n), number);
}

} // namespace

void mark(QPainter &p, const TimelineTheme &theme, const QColor &colour, int kind, ClaimStatus status, QPointF centre,
          double size)
{
    // Outlines keep their weight against the mark: the screen's widths are for 10-12 pixel marks.
    const double weight = std::max(1.0, size / 12.0);
    QPen pen = statusPen(colour, status);
    pen.setWidthF(pen.widthF() * weight);
    p.setPen(pen);
    p.setBrush(statusBrush(theme, colour, status));
    const double r = size / 2;
    switch (kind % 10) {
    case 0:
        p.drawEllipse(centre, r, r);
        break;
    case 1:
        p.drawRect(QRectF(centre.x() - r * 0.9, centre.y() - r * 0.9, r * 1.8, r * 1.8));
        break;
    case 2:
        p.drawPolygon(regular(centre, r * 1.15, 4, 0));
        break;
    case 3:
        p.drawPolygon(regular(centre + QPointF(0, r * 0.2), r * 1.15, 3, -M_PI / 2));
        break;
    case 4:
        p.drawPolygon(regular(centre - QPointF(0, r * 0.2), r * 1.15, 3, M_PI / 2));
        break;
    case 5:
        p.drawPolygon(regular(centre, r * 1.05, 6, 0));
        break;
    case 6:
        p.drawPolygon(regular(centre + QPointF(0, r * 0.1), r * 1.1, 5, -M_PI / 2));
        break;
    case 7: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double a = -M_PI / 2 + M_PI * i / 5;
            const double rr = i % 2 ? r * 0.5 : r * 1.25;
            star << QPointF(centre.x() + rr * std::cos(a), centre.y() + rr * std::sin(a));
        }
        p.drawPolygon(star);
        break;
    }
    case 8: {
        const double a = r * 0.38;
        const double b = r * 1.05;
        p.drawPolygon(QPolygonF({ centre + QPointF(-a, -b), centre + QPointF(a, -b), centre + QPointF(a, -a),
                                  centre + QPointF(b, -a), centre + QPointF(b, a), centre + QPointF(a, a),
                                  centre + QPointF(a, b), centre + QPointF(-a, b), centre + QPointF(-a, a),
                                  centre + QPointF(-b, a), centre + QPointF(-b, -a), centre + QPointF(-a, -a) }));
        break;
    }
    default:
        p.drawPolygon(QPolygonF(
            { centre + QPointF(-r, -r), centre + QPointF(r, -r), centre + QPointF(-r, r), centre + QPointF(r, r) }));
        break;
    }
    if (status == ClaimStatus::Denied) {
        // Struck through: the claim is on record, and it is denied.
        p.setPen(QPen(theme.text, 1.3 * weight));
        p.drawLine(QLineF(centre.x() - r * 1.1, centre.y() + r * 1.1, centre.x() + r * 1.1, centre.y() - r * 1.1));
    }
}

void halo(QPainter &p, const QColor &colour, QPointF centre, double size)
{
    QColor c = colour;
    c.setAlphaF(0.22F);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(centre, size * 1.2, size * 0.75);
}

QString eventCount(std::size_t count, const QLocale &locale)
{
    // In the language's plural form ("1 event", "2 events"), its number written as `locale` writes
    // numbers (the picture's language may group digits otherwise than the window's).
    return eventCountWritten(count, locale.toString(qulonglong(count)));
}

QString lanesLeftOut(int count, LaneMode mode, const QLocale &locale)
{
    static const char *const kTexts[] = {
        QT_TRANSLATE_N_NOOP("entente::TimelineRenderer", "%n more actor(s), with fewer events in view, not shown"),
        QT_TRANSLATE_N_NOOP("entente::TimelineRenderer", "%n more kind(s), with fewer events in view, not shown"),
        QT_TRANSLATE_N_NOOP("entente::TimelineRenderer", "%n more lane(s), with fewer events in view, not shown"),
    };
    const char *text = mode == LaneMode::Actors ? kTexts[0] : mode == LaneMode::Kind ? kTexts[1] : kTexts[2];
    return QCoreApplication::translate("entente::TimelineRenderer", text, nullptr, count)
        .replace(QString::number(count), locale.toString(count));
}

QString overviewCount(std::size_t count, const QLocale &locale, const QFontMetricsF &fm, double width)
{
    // The whole number when it fits ("1,000,000 events"), else a short one ("1.0M events"): a
    // reader at the back of a room gets the size, not "1,000,000 eve…".
    const QString whole = eventCount(count, locale);
    if (fm.horizontalAdvance(whole) <= width || count < 1000)
        return fm.elidedText(whole, Qt::ElideRight, width);
    QString shortNumber;
    if (count >= 1000000)
        shortNumber = count < 10000000 ? locale.toString(double(count) / 1e6, 'f', 1) + QLatin1Char('M')
                                       : locale.toString(qulonglong(count / 1000000)) + QLatin1Char('M');
    else
        shortNumber = locale.toString(qulonglong(count / 1000)) + QLatin1Char('k');
    return fm.elidedText(eventCountWritten(count, shortNumber), Qt::ElideRight, width);
}

QString clusterText(std::uint32_t count, const QLocale &locale)
{
    // Four characters at most, so a count fits its cluster; the hover card gives the exact number.
    if (count < 1000)
        return locale.toString(count);
    if (count < 10000)
        return locale.toString(count / 1000.0, 'f', 1) + QLatin1Char('k');
    return locale.toString(count / 1000) + QLatin1Char('k');
}

void grid(QPainter &p, const TimelineFrame &f, const RenderOptions &options)
{
    // One pixel wide on the pixel grid: filled as boxes without antialiasing, the same pixels as
    // an antialiased line through the pixels' middle at a fraction of the cost.
    const bool antialiased = p.testRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::Antialiasing, false);
    // Thicker in a large picture for readers, so print keeps them.
    const double width = std::max(1.0, std::round(f.scale * 0.75));
    auto line = [&p, &f, width](double tickX, const QColor &colour) {
        const double x = std::round(f.lanesRect.left() + tickX);
        p.fillRect(QRectF(x, f.lanesRect.top(), width, f.lanesRect.height()), colour);
    };
    for (const Tick &t : f.ticks.major)
        line(t.x, options.theme.grid);
    const QColor context = options.theme.kind == TimelineTheme::Kind::Dark ? options.theme.grid.lighter(140)
                                                                           : options.theme.grid.darker(125);
    for (const Tick &t : f.ticks.context) {
        if (t.x > 0)
            line(t.x, context);
    }
    p.setRenderHint(QPainter::Antialiasing, antialiased);
}

void axis(QPainter &p, const TimelineFrame &f, const RenderOptions &options)
{
    const TimelineTheme &theme = options.theme;
    const QRectF a = f.axisRect;
    p.fillRect(QRectF(f.bounds.left(), a.top(), f.bounds.width(), a.height()), theme.axisBackground);
    const QFontMetricsF fm(p.font());
    const double row = a.height() / 2;
    const double s = f.scale;
    p.save();
    p.setClipRect(a);
    for (const Tick &t : f.ticks.context) {
        if (t.label.isEmpty())
            continue;
        p.setPen(theme.text);
        QFont bold = p.font();
        bold.setBold(true);
        p.setFont(bold);
        // The last month or year runs off the right edge: on screen elided rather than cut
        // mid-letter, while three letters or more show ("Febr…"); in a picture for readers whole
        // or not at all (an "F…" in a corner tells a reader nothing).
        const double room = a.right() - (a.left() + t.x + 3 * s);
        const QString label = QFontMetricsF(bold).elidedText(t.label, Qt::ElideRight, room);
        const bool whole = label == t.label;
        if (whole || (!options.publication && label.size() >= 4))
            p.drawText(QPointF(a.left() + t.x + 3 * s, a.top() + row - 4 * s), label);
        p.setFont(options.font);
    }
    const double labelsBaseline = f.ticks.context.isEmpty() ? a.center().y() + fm.ascent() / 2 : a.bottom() - 5 * s;
    for (const Tick &t : f.ticks.major) {
        const double x = std::round(a.left() + t.x) + 0.5;
        p.setPen(theme.grid.darker(130));
        p.drawLine(QLineF(x, a.bottom() - 5 * s, x, a.bottom()));
        if (!t.label.isEmpty()) {
            p.setPen(f.ticks.context.isEmpty() ? theme.text : theme.mutedText);
            p.drawText(QPointF(a.left() + t.x + 3 * s, labelsBaseline), t.label);
        }
    }
    p.restore();
    p.setPen(theme.grid);
    p.drawLine(QLineF(f.bounds.left(), a.bottom(), f.bounds.right(), a.bottom()));
}

void strip(QPainter &p, const TimelineFrame &f, const TimelineLanes &lanes, const RenderOptions &options)
{
    const TimelineTheme &theme = options.theme;
    const QRectF s = f.stripRect;
    p.fillRect(s, theme.axisBackground);
    const auto &density = lanes.density();
    if (density.empty() || f.stripTo <= f.stripFrom)
        return;
    // Resample the fixed bins to 2-pixel columns; heights on a square-root scale so quiet
    // stretches still show.
    const int columns = std::max(1, static_cast<int>(s.width() / 2));
    std::vector<std::uint32_t> sums(static_cast<std::size_t>(columns), 0);
    const double binSpan = (f.stripTo - f.stripFrom) / columns;
    // The density bins cover the index' span exactly; the strip adds a margin each side.
    const double densityFrom = f.stripFrom + (f.stripTo - f.stripFrom) * 0.02 / 1.04;
    const double densityTo = f.stripTo - (f.stripTo - f.stripFrom) * 0.02 / 1.04;
    const double densityBin = (densityTo - densityFrom) / static_cast<double>(density.size());
    for (std::size_t b = 0; b < density.size(); ++b) {
        const double t = densityFrom + (static_cast<double>(b) + 0.5) * densityBin;
        const auto c = static_cast<std::size_t>(std::clamp((t - f.stripFrom) / binSpan, 0.0, columns - 1.0));
        sums[c] += density[b];
    }
    const double maxSum = std::max<double>(1, *std::max_element(sums.begin(), sums.end()));
    p.setPen(Qt::NoPen);
    p.setBrush(theme.strip);
    const double colWidth = s.width() / columns;
    for (int c = 0; c < columns; ++c) {
        if (!sums[static_cast<std::size_t>(c)])
            continue;
        const double h = std::max(1.0, (s.height() - 2) * std::sqrt(sums[static_cast<std::size_t>(c)] / maxSum));
        p.drawRect(QRectF(s.left() + c * colWidth, s.bottom() - h, colWidth, h));
    }
    // The window in view, on the whole span.
    const double x0 = s.left() + (f.from - f.stripFrom) / (f.stripTo - f.stripFrom) * s.width();
    const double x1 = s.left() + (f.to - f.stripFrom) / (f.stripTo - f.stripFrom) * s.width();
    QColor window = theme.stripWindow;
    window.setAlphaF(0.18F);
    p.setBrush(window);
    p.setPen(QPen(theme.stripWindow, 1.2));
    const QRectF w(std::clamp(x0, s.left(), s.right()), s.top(), 0, s.height());
    p.drawRect(
        QRectF(w.left(), s.top() + 0.5, std::max(2.0, std::clamp(x1, s.left(), s.right()) - w.left()), s.height() - 1));
    p.setPen(theme.mutedText);
    const QRectF label(f.bounds.left() + 8, s.top(), f.headersRect.width() - 14, s.height());
    p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
               overviewCount(lanes.visibleRows(), options.locale, QFontMetricsF(p.font()), label.width()));
}

int layoutLegend(TimelineFrame &f, const QFontMetricsF &fm, const QStringList &kinds, double width,
                 const LegendContent &content, int maxRows)
{
    f.legend.clear();
    const double u = f.scale;
    const double sample = 10 * u;
    const double rowHeight = TimelineRenderer::kLegendRowHeight * u;
    const double firstRow = TimelineRenderer::kLegendHeight * u / 2;
    const double left = 12 * u;
    const double right = width - 8 * u;
    double x = left;
    int row = 0;
    auto entryWidth
        = [&fm, sample, u](const QString &text) { return sample + 6 * u + fm.horizontalAdvance(text) + 16 * u; };
    auto place = [&](const QString &text, int status, int kind, double extraGap) {
        const double w = entryWidth(text);
        if (x > left)
            x += extraGap;
        if (x > left && x + w > right) {
            x = left;
            ++row;
        }
        const double cy = firstRow + row * rowHeight;
        f.legend.push_back({ text, status, kind, -1, QPointF(x + sample / 2, cy),
                             QPointF(x + sample + 6 * u, cy + fm.ascent() / 2 - 1) });
        x += w;
    };
    if (content.grades) {
        // What the marks' strength says, first: it changes how every mark reads.
        const QString tiers[] = { tr("Grade A–B"), tr("C–D"), tr("E–F, ungraded") };
        for (int t = 0; t < 3; ++t) {
            place(tiers[t], -1, -1, 0);
            f.legend.back().grade = t;
        }
        x += 12 * u;
    }
    for (std::size_t s = 0; s < kAllClaimStatuses.size(); ++s) {
        if (content.statuses & (1U << s))
            place(claimStatusLabel(kAllClaimStatuses[s]), static_cast<int>(s), -1, 0);
    }
    bool firstKind = true;
    for (int k = 0; k < kinds.size(); ++k) {
        if (!content.kinds.empty()
            && (static_cast<std::size_t>(k) >= content.kinds.size() || !content.kinds[static_cast<std::size_t>(k)]))
            continue;
        place(kinds[k].isEmpty() ? tr("no kind") : kinds[k], -1, k, firstKind ? 12 * u : 0);
        firstKind = false;
    }
    if (row < maxRows)
        return row + 1;
    // Too many kinds for the rows there are: the last row ends in a count of the rest.
    const auto lastRowY = firstRow + (maxRows - 1) * rowHeight;
    std::size_t shown = 0;
    while (shown < f.legend.size() && f.legend[shown].sample.y() <= lastRowY + 0.5)
        ++shown;
    auto moreText = [&] { return tr("+%1 more").arg(f.legend.size() - shown); };
    while (shown > 0 && f.legend[shown - 1].sample.y() > lastRowY - 0.5
           && f.legend[shown - 1].baseline.x() + fm.horizontalAdvance(f.legend[shown - 1].text) + 16 * u
                   + fm.horizontalAdvance(moreText())
               > right)
        --shown;
    const double moreX
        = shown ? f.legend[shown - 1].baseline.x() + fm.horizontalAdvance(f.legend[shown - 1].text) + 16 * u : left;
    const QString more = moreText();
    f.legend.resize(shown);
    f.legend.push_back({ more, -1, -1, -1, QPointF(moreX, lastRowY), QPointF(moreX, lastRowY + fm.ascent() / 2 - 1) });
    return maxRows;
}

void legend(QPainter &p, const TimelineFrame &f, const RenderOptions &options)
{
    const TimelineTheme &theme = options.theme;
    const QRectF r = f.legendRect;
    p.fillRect(r, theme.axisBackground);
    p.setPen(theme.grid);
    p.drawLine(QLineF(r.left(), r.top(), r.right(), r.top()));
    const QColor neutral = theme.mutedText;
    for (const TimelineFrame::LegendEntry &e : f.legend) {
        if (e.status >= 0)
            mark(p, theme, neutral, 0, kAllClaimStatuses[static_cast<std::size_t>(e.status)], e.sample, 10 * f.scale);
        else if (e.kind >= 0)
            mark(p, theme, neutral, e.kind, ClaimStatus::Confirmed, e.sample, 10 * f.scale);
        else if (e.grade >= 0)
            mark(p, theme, gradedColour(theme.laneColour(0), theme.background, e.grade), 0, ClaimStatus::Confirmed,
                 e.sample, 10 * f.scale);
        p.setPen(e.status < 0 && e.kind < 0 && e.grade < 0 ? theme.mutedText : theme.text);
        p.drawText(e.baseline, e.text);
    }
}

void eras(QPainter &p, TimelineFrame &f, const TimelineIndex &index, const RenderOptions &options, EraPart part)
{
    struct Band
    {
        double left;
        double right;
        QString name;
    };
    std::vector<Band> bands;
    int n = 0;
    for (const TimelineIndex::EraInfo &e : index.eras()) {
        const double x0 = std::max(f.xOf(static_cast<double>(e.start)), f.lanesRect.left());
        const double x1 = std::min(f.xOf(static_cast<double>(e.end)), f.lanesRect.right());
        ++n;
        if (x1 <= x0)
            continue;
        if (part == EraPart::Bands) {
            const QRectF band(x0, f.lanesRect.top(), x1 - x0, f.lanesRect.height());
            p.fillRect(band, options.theme.eraColour(n - 1, e.colour));
            QColor edge = options.theme.eraColour(n - 1, e.colour);
            edge.setAlphaF(0.6F);
            p.setPen(QPen(edge, 1, Qt::DashLine));
            p.drawLine(QLineF(x0, band.top(), x0, band.bottom()));
        }
        bands.push_back({ x0, x1, e.name });
    }
    if (part == EraPart::Bands)
        return;
    std::sort(bands.begin(), bands.end(), [](const Band &a, const Band &b) { return a.left < b.left; });
    // Names along the bottom, drawn over the marks on a veil so a cluster in the last lane never
    // hides one. A name starts in its band and runs on over the ground to its right
    // until the next band; a band with no room after it (the last in view) ends its name at its
    // right edge instead. Only a name that fits neither way is elided.
    QFont italic = p.font();
    italic.setItalic(true);
    const QFontMetricsF fm(italic);
    p.setFont(italic);
    QColor veil = options.theme.background;
    veil.setAlphaF(0.85F);
    const double y = f.lanesRect.bottom() - fm.height() - 4;
    double previousRight = f.lanesRect.left();
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const Band &b = bands[i];
        const double from = std::max(previousRight + 8, f.lanesRect.left() + 4);
        const double to = (i + 1 < bands.size() ? std::max(bands[i + 1].left, b.right) : f.lanesRect.right()) - 4;
        const double width = fm.horizontalAdvance(b.name);
        double left = std::max(b.left + 4, from);
        if (left + width > to)
            left = std::max(from, to - width);
        const double room = to - left;
        const QString text = width <= room ? b.name : fm.elidedText(b.name, Qt::ElideRight, room);
        if (text.isEmpty() || text == QStringLiteral("…") || left >= b.right)
            continue;
        const QRectF box(left, y, std::min(width, room), fm.height());
        p.fillRect(box.adjusted(-2, 0, 2, 0), veil);
        p.setPen(options.theme.mutedText);
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        f.eraLabels.push_back({ 0, box, text });
        previousRight = box.right();
    }
    p.setFont(options.font);
}

void today(QPainter &p, const TimelineFrame &f, const RenderOptions &options)
{
    const double now = static_cast<double>(options.today.value_or(QDateTime::currentSecsSinceEpoch()));
    if (now < f.from || now > f.to)
        return;
    const double x = f.xOf(now);
    p.setPen(QPen(options.theme.today, 1.5));
    p.drawLine(QLineF(x, f.lanesRect.top(), x, f.lanesRect.bottom()));
    const QString text = tr("Today");
    const QFontMetricsF fm(p.font());
    const double w = fm.horizontalAdvance(text) + 8;
    const QRectF box(x + w + 2 > f.lanesRect.right() ? x - w - 2 : x + 2, f.lanesRect.top() + 2, w, fm.height() + 2);
    p.fillRect(box, options.theme.today);
    p.setPen(options.theme.background);
    p.drawText(box, Qt::AlignCenter, text);
}

} // namespace entente::timelinepaint
