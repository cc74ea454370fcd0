// Reading news reports: plain text, Markdown, HTML (gumbo) and .eml, the publication date from
// each, and one sentence, with nothing changed, for input that is not a report.
#include "extract/article.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

class TestArticleReader : public QObject
{
    Q_OBJECT

private slots:
    void plainTextWithDateline()
    {
        const auto r = ArticleReader::fromText(
            u"Trump and Kim meet\n\nSINGAPORE, June 12, 2018 (Wire) — The two leaders met on Tuesday.\n"_s);
        QVERIFY(r.article);
        QCOMPARE(r.article->headline, u"Trump and Kim meet"_s);
        QCOMPARE(r.article->published, QDate(2018, 6, 12));
        QCOMPARE(r.article->publishedFrom, u"dateline"_s);
        QVERIFY(r.article->dateline.startsWith(u"SINGAPORE"));
        QVERIFY(r.article->body.startsWith(u"The two leaders"));
    }

    void markdownWithByline()
    {
        const auto r = ArticleReader::readFile(QStringLiteral(ENTENTE_TEST_DATA "/extract/colombia-farc.md"));
        QVERIFY2(r.article, qPrintable(r.error));
        QCOMPARE(r.article->headline, u"Colombians reject peace deal with FARC rebels"_s);
        QCOMPARE(r.article->published, QDate(2016, 10, 3));
    }

    void htmlKeepsHeadlineDatelineBody()
    {
        const auto r = ArticleReader::readFile(QStringLiteral(ENTENTE_TEST_DATA "/extract/abraham-accords.html"));
        QVERIFY2(r.article, qPrintable(r.error));
        const Article &a = *r.article;
        QCOMPARE(a.headline, u"Israel, UAE and Bahrain sign accords at the White House"_s);
        QCOMPARE(a.published, QDate(2020, 9, 16));
        QCOMPARE(a.publishedFrom, u"meta"_s);
        QCOMPARE(a.outlet, u"The Daily Ledger"_s);
        QCOMPARE(a.dateline, u"WASHINGTON —"_s);
        QVERIFY(a.body.contains(u"South Lawn"));
        QVERIFY(!a.body.contains(u"analytics")); // script
        QVERIFY(!a.body.contains(u"font-family")); // style
        QVERIFY(!a.body.contains(u"briefing")); // nav
        QVERIFY(!a.body.contains(u"newsletter")); // footer
    }

    void brokenHtmlIsReadAsABrowserWould()
    {
        const auto r = ArticleReader::fromBytes(
            "<html><p>Leaders met on <b>Friday<p>and agreed <i>a truce</html><div><span", u"html"_s, u"x.html"_s);
        QVERIFY2(r.article, qPrintable(r.error));
        QVERIFY(r.article->body.contains(u"Leaders met on Friday"));
        QVERIFY(r.article->body.contains(u"agreed a truce"));
        const auto empty = ArticleReader::fromBytes("<html><script>var a = 1;</script></html>", u"html"_s, u"s.html"_s);
        QVERIFY(!empty.article);
        QCOMPARE(empty.error, u"s.html holds no article text."_s);
    }

    void emlWithQuotedPrintableAndBase64()
    {
        const auto r = ArticleReader::readFile(QStringLiteral(ENTENTE_TEST_DATA "/extract/us-cuba.eml"));
        QVERIFY2(r.article, qPrintable(r.error));
        QCOMPARE(r.article->headline, u"U.S. and Cuba to restore diplomatic ties"_s);
        QCOMPARE(r.article->published, QDate(2014, 12, 17));
        QCOMPARE(r.article->publishedFrom, u"Date header"_s);
        QCOMPARE(r.article->outlet, u"Caribbean Monitor"_s);
        QVERIFY(r.article->body.contains(u"Raúl Castro announced on Wednesday"));
        const QByteArray body
            = QByteArray("Fidan confirmed on Friday that the talks would resume. Ümit said so.").toBase64();
        const QByteArray mail = "From: desk@example.org\r\nDate: Fri, 16 May 2025 10:00:00 +0000\r\n"
                                "Subject: Talks\r\nMIME-Version: 1.0\r\n"
                                "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
                                "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                "Content-Transfer-Encoding: base64\r\n\r\n"
            + body + "\r\n--b1--\r\n";
        const auto m = ArticleReader::fromBytes(mail, u"eml"_s, u"m.eml"_s);
        QVERIFY2(m.article, qPrintable(m.error));
        QCOMPARE(m.article->published, QDate(2025, 5, 16));
        QVERIFY(m.article->body.contains(u"Ümit said so."));
    }

    void malformedInputGetsOneSentence()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
            return dir.filePath(name);
        };
        auto refused = [](const ArticleReader::Result &r) {
            return !r.article && !r.error.isEmpty() && !r.error.contains(u'\n') && r.error.endsWith(u'.');
        };
        QVERIFY(refused(ArticleReader::readFile(write(u"empty.txt"_s, QByteArray()))));
        QVERIFY(refused(ArticleReader::readFile(write(u"blank.txt"_s, "  \n\n "))));
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = static_cast<char>(i * 7);
        const auto bin = ArticleReader::readFile(write(u"photo.txt"_s, binary));
        QVERIFY(refused(bin));
        QVERIFY(bin.error.contains(u"binary"));
        // Latin-1 bytes with no declared charset.
        const auto latin
            = ArticleReader::readFile(write(u"latin.txt"_s, "Les ministres se sont r\xe9unis \xe0 Gen\xe8ve."));
        QVERIFY(refused(latin));
        QVERIFY(latin.error.contains(u"UTF-8"));
        // A declared charset is honoured.
        const auto declared = ArticleReader::fromBytes(
            "<html><head><meta charset=\"iso-8859-1\"></head><body><p>R\xe9union \xe0 Gen\xe8ve.</p></body></html>",
            u"html"_s, u"d.html"_s);
        QVERIFY2(declared.article, qPrintable(declared.error));
        QVERIFY(declared.article->body.contains(u"Réunion à Genève."));
        // A 50 MB page is refused by its size, before it is read.
        QFile big(dir.filePath(u"big.html"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(50LL * 1024 * 1024));
        big.close();
        const auto large = ArticleReader::readFile(big.fileName());
        QVERIFY(refused(large));
        QVERIFY(large.error.contains(u"too large"));
        QVERIFY(refused(ArticleReader::readFile(dir.filePath(u"missing.txt"_s))));
        // Under the size limit but far more text than a report.
        const QByteArray paragraph = "<p>Leaders met on Friday in Geneva and agreed to talk again.</p>\n";
        const auto book = ArticleReader::readFile(write(u"book.html"_s, "<html><body>" + paragraph.repeated(6000)));
        QVERIFY(refused(book));
        QVERIFY(book.error.contains(u"character"));
    }
};

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
