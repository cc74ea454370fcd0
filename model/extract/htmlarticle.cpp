// HTML reports, parsed with gumbo (the WHATWG parsing algorithm, so broken markup is read as a
// browser reads it). Kept: the headline, the dateline and the body's paragraphs; dropped:
// scripts, styles, navigation, headers, footers, asides, forms and figures.
#include "article.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <gumbo.h>

#include <memory>

namespace entente {

namespace {

QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool skipped(const GumboNode *node)
{
    switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
        return true;
    default:
        break;
    }
    const QString cls = attribute(node, "class").toLower() + u' ' + attribute(node, "id").toLower();
    return cls.contains(u"nav") || cls.contains(u"menu") || cls.contains(u"cookie") || cls.contains(u"share")
        || cls.contains(u"related") || cls.contains(u"advert") || cls.contains(u"newsletter");
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_TR:
        return true;
    default:
        return false;
    }
}

struct Walker
{
    QString text;
    QString headline;
    QString title;
    QString published;
    QString outlet;
    QString url;
    QString dateline;
    const GumboNode *article = nullptr;
    int depth = 0;

    void meta(const GumboNode *node)
    {
        const QString key
            = (attribute(node, "property") + attribute(node, "name") + attribute(node, "itemprop")).toLower();
        const QString content = attribute(node, "content");
        if (published.isEmpty()
            && (key.contains(u"published_time") || key == u"date" || key == u"pubdate" || key == u"dc.date"
                || key == u"datepublished" || key == u"article:published" || key == u"publish-date"
                || key == u"dcterms.date" || key == u"sailthru.date"))
            published = content;
        else if (key == u"og:site_name")
            outlet = content;
        else if (key == u"og:url" && url.isEmpty())
            url = content;
        else if ((key == u"og:title" || key == u"twitter:title") && title.isEmpty())
            title = content;
    }

    void find(const GumboNode *node)
    {
        if (node->type != GUMBO_NODE_ELEMENT || ++depth > 400) {
            --depth;
            return;
        }
        const GumboElement &e = node->v.element;
        if (e.tag == GUMBO_TAG_META)
            meta(node);
        else if (e.tag == GUMBO_TAG_LINK && attribute(node, "rel") == u"canonical" && url.isEmpty())
            url = attribute(node, "href");
        else if (e.tag == GUMBO_TAG_TIME && published.isEmpty())
            published = attribute(node, "datetime");
        else if (e.tag == GUMBO_TAG_ARTICLE && !article)
            article = node;
        else if (e.tag == GUMBO_TAG_TITLE && title.isEmpty() && e.children.length > 0) {
            const auto *child = static_cast<const GumboNode *>(e.children.data[0]);
            if (child->type == GUMBO_NODE_TEXT)
                title = QString::fromUtf8(child->v.text.text).simplified();
        }
        for (unsigned i = 0; i < e.children.length; ++i)
            find(static_cast<const GumboNode *>(e.children.data[i]));
        --depth;
    }

    void collect(const GumboNode *node, QString &out, int level = 0)
    {
        if (level > 400)
            return;
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            out += QString::fromUtf8(node->v.text.text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT || skipped(node))
            return;
        const GumboElement &e = node->v.element;
        const QString cls = attribute(node, "class").toLower();
        if (e.tag == GUMBO_TAG_H1 && headline.isEmpty()) {
            QString h;
            for (unsigned i = 0; i < e.children.length; ++i)
                collect(static_cast<const GumboNode *>(e.children.data[i]), h, level + 1);
            headline = h.simplified();
            return;
        }
        if (cls.contains(u"dateline") && dateline.isEmpty()) {
            QString d;
            for (unsigned i = 0; i < e.children.length; ++i)
                collect(static_cast<const GumboNode *>(e.children.data[i]), d, level + 1);
            dateline = d.simplified();
            return;
        }
        const bool block = isBlock(e.tag);
        if (block)
            out += QStringLiteral("\n\n");
        for (unsigned i = 0; i < e.children.length; ++i)
            collect(static_cast<const GumboNode *>(e.children.data[i]), out, level + 1);
        if (block)
            out += QStringLiteral("\n\n");
    }
};

QString tidy(const QString &raw)
{
    QStringList paragraphs;
    for (const QString &p : raw.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        const QString s = p.simplified();
        if (!s.isEmpty())
            paragraphs.append(s);
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

QByteArray declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression charset(QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = charset.match(QString::fromLatin1(bytes.left(4096)));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

} // namespace

ArticleReader::Result ArticleReader::fromHtml(const QByteArray &bytes, const QString &name)
{
    const auto decoded = decode(bytes, declaredCharset(bytes));
    if (!decoded)
        return { std::nullopt,
                 QCoreApplication::translate("entente::ArticleReader",
                                             "%1 is not in the character set it declares (or not UTF-8 "
                                             "when it declares none).")
                     .arg(name) };
    const QByteArray utf8 = decoded->toUtf8();
    std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), static_cast<size_t>(utf8.size())),
        [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    if (!output || !output->root)
        return { std::nullopt,
                 QCoreApplication::translate("entente::ArticleReader", "%1 cannot be read as HTML.").arg(name) };
    Walker walker;
    walker.find(output->root);
    QString raw;
    walker.collect(walker.article ? walker.article : output->root, raw);
    Article article;
    article.headline = walker.headline.isEmpty() ? walker.title : walker.headline;
    article.outlet = walker.outlet;
    article.url = walker.url;
    QString body = tidy(raw);
    if (body.trimmed().isEmpty())
        return { std::nullopt,
                 QCoreApplication::translate("entente::ArticleReader", "%1 holds no article text.").arg(name) };
    article.dateline = walker.dateline;
    if (article.dateline.isEmpty()) {
        if (const qsizetype n = datelineLength(body); n > 0) {
            article.dateline = body.left(n).trimmed();
            body = body.mid(n);
        }
    }
    article.body = body;
    if (auto d = parsePublished(walker.published)) {
        article.published = d;
        article.publishedFrom = QStringLiteral("meta");
    } else if (auto dd = parsePublished(article.dateline)) {
        article.published = dd;
        article.publishedFrom = QStringLiteral("dateline");
    }
    return { article, {} };
}

} // namespace entente
