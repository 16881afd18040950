package org.sahifa.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.load.FileLoader;
import org.sahifa.model.Article;
import org.sahifa.model.LeadImage;

/** The lead image of a page: from JSON-LD, Open Graph, or the content's first picture; icons and pixels passed over. */
class LeadImageFinderTest {
    private static LeadImage leadOf(String fixture) {
        return Fixtures.extractHtml("lead-image/" + fixture).leadImage();
    }

    @Test
    void openGraphImageWithItsAltTextAndSize() {
        LeadImage image = leadOf("og-image.html");
        assertNotNull(image);
        assertEquals(
                "https://cdn.example.org/photos/2024/market-opening.jpg",
                image.url(),
                "og:image beats twitter:image and the inline picture");
        assertEquals("تجار أمام محلاتهم في السوق الجديد", image.alt());
        assertNull(image.caption());
        assertEquals(1200, image.width());
        assertEquals(630, image.height());
    }

    @Test
    void jsonLdImageObjectComesFirstAndIsResolvedAgainstThePage() {
        LeadImage image = leadOf("jsonld-image.html");
        assertNotNull(image);
        assertEquals(
                "https://example.org/media/ld/market-wide.jpg",
                image.url(),
                "JSON-LD beats og:image; the root-relative address is resolved");
        assertEquals("السوق الجديد من الجو", image.caption());
        assertEquals(1600, image.width());
        assertEquals(900, image.height());
    }

    @Test
    void withoutMetadataTheFirstFigureOfTheContentWithItsCaption() {
        LeadImage image = leadOf("first-figure.html");
        assertNotNull(image);
        assertEquals(
                "https://example.org/lead-image/images/market-gate.jpg", image.url(), "relative to the page's folder");
        assertEquals("البوابة الرئيسية للسوق بعد الترميم (المدينة)", image.caption());
        assertEquals("بوابة السوق", image.alt());
    }

    @Test
    void trackingPixelSpriteAvatarAndPlaceholderArePassedOver() {
        LeadImage image = leadOf("tracking-pixel.html");
        assertNotNull(image);
        assertEquals(
                "https://example.org/photos/market-crowd.jpg",
                image.url(),
                "the lazy-loaded picture behind the data: placeholder");
        assertEquals("حشود في السوق", image.alt());
    }

    @Test
    void pictureSourceTakesTheWidestDrawableCandidateWithinTheLimit() {
        LeadImage image = leadOf("picture-srcset.html");
        assertNotNull(image);
        assertEquals("https://example.org/img/market-1200.jpg", image.url(), "WebP skipped, 2400w too wide");
        assertEquals("ممرات السوق الداخلية", image.caption());
    }

    @Test
    void aLogoSvgAndAFileAddressInAWebPageAreNoLeadImage() {
        assertNull(leadOf("no-image.html"));
        String page = "<html><body><article><img src=\"file:///etc/passwd\" width=\"800\" height=\"600\">"
                + "<p>نص المقال الأول هنا.</p></article></body></html>";
        assertNull(HtmlExtractor.extract(Jsoup.parse(page, "https://example.org/a.html"), "https://example.org/a.html")
                .leadImage());
    }

    @Test
    void aLocalFilesPictureResolvesToItsFolder(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("مقال محفوظ.html");
        Files.writeString(
                page,
                "<html><body><article><h1>عنوان</h1><img src=\"صور/السوق 1.jpg\" alt=\"السوق\">"
                        + "<p>نص المقال الأول هنا، وهو طويل بما يكفي ليكون فقرة.</p></article></body></html>",
                StandardCharsets.UTF_8);
        Article article = ArticleExtractor.extract(FileLoader.load(page));
        assertNotNull(article.leadImage());
        java.net.URL url = new java.net.URL(article.leadImage().url());
        assertEquals("file", url.getProtocol());
        Path resolved = Path.of(java.net.URLDecoder.decode(url.getPath(), StandardCharsets.UTF_8));
        assertEquals(dir.resolve("صور").resolve("السوق 1.jpg").toAbsolutePath(), resolved);
    }

    @Test
    void aParagraphThatOpensWithThePictureGivesIt() {
        String base = "https://example.org/news/a.html";
        String opening =
                "<article><p><a href=\"/big.jpg\"><img src=\"/photo.jpg\" width=\"640\"></a>افتتحت البلدية السوق.</p>"
                        + "<p><img src=\"/later.jpg\" width=\"640\"></p></article>";
        assertEquals(
                "https://example.org/photo.jpg",
                LeadImageFinder.inContent(Jsoup.parse(opening, base).body(), base)
                        .url());
        String later = "<article><p>افتتحت البلدية السوق. <img src=\"/inline.jpg\" width=\"640\"></p></article>";
        assertNull(
                LeadImageFinder.inContent(Jsoup.parse(later, base).body(), base),
                "a picture after the text has started is not the lead");
    }

    @Test
    void furnitureWordsAreWholeWords() {
        assertTrue(LeadImageFinder.isFurniture("/static/site-logo.png"));
        assertTrue(LeadImageFinder.isFurniture("/img/icons/share.png"));
        assertTrue(
                !LeadImageFinder.isFurniture("/photos/silicon-valley-logotype-exhibit.jpg"),
                "'silicon' and 'logotype' are not 'icon' and 'logo'");
    }

    @Test
    void srcsetCandidates() {
        assertEquals("b.jpg", LeadImageFinder.fromSrcset("a.jpg 480w, b.jpg 1200w, c.jpg 3000w"));
        assertEquals("big.jpg", LeadImageFinder.fromSrcset("small.jpg 1x, big.jpg 2x"));
        assertEquals("huge.jpg", LeadImageFinder.fromSrcset("huge.jpg 4000w"), "only one candidate: take it");
        assertNull(LeadImageFinder.fromSrcset(""));
    }

    @Test
    void plainTextAndMarkdownHaveNoLeadImage() {
        assertNull(org.sahifa.extract.PlainTextExtractor.extract("عنوان\n\nفقرة أولى من المقال.", "a.txt")
                .leadImage());
        assertNull(MarkdownExtractor.extract("# عنوان\n\n![صورة](photo.jpg)\n\nفقرة.", "a.md")
                .leadImage());
    }
}
