package org.sahifa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Interruption;
import org.sahifa.model.LeadImage;
import org.sahifa.model.TextDirection;
import org.sahifa.text.ScriptDirection;
import org.sahifa.text.TextCleaner;

/**
 * Pulls the article out of an HTML page: its content blocks without the page's navigation and
 * boilerplate, and its metadata.
 *
 * <p>The steps, each a class of its own, on a working copy of the page:
 * <ol>
 *   <li>{@link MetadataReader}: title, byline, date, site, language from JSON-LD, meta tags, markup;</li>
 *   <li>{@link PageCleaner}: drop scripts, hidden elements, comment forms, AMP switchers, tag lists,
 *       then furniture named as such (menus, share bars, sidebars, "related" boxes, cookie banners);
 *       {@link LegacyFurniture}: breadcrumbs, print/send rows and comment sections found by structure and words;</li>
 *   <li>{@link ContentScorer}: score containers by the paragraphs they hold;</li>
 *   <li>{@link CandidateSelector}: choose the best container and the siblings that belong with it;</li>
 *   <li>{@link ContentCleaner}: remove boilerplate inside the article and link/form/image boxes;</li>
 *   <li>{@link BlockCollector}: typed blocks (heading, paragraph, quote, list item, caption);</li>
 *   <li>{@link LeadImageFinder}: the picture the article opens with (named by the metadata, else in the content).</li>
 * </ol>
 * When a pass finds less than {@link #MIN_ARTICLE_CHARS} of text, it is run again with fewer
 * removals (first keeping furniture-named elements, then ignoring class names, then keeping every
 * container), and the longest result wins.
 *
 * <p>Pages that are not articles (home pages, listings) come back with {@code readerable == false}
 * and the best content found; {@link #extractAllText} gives all the visible text of such a page.
 */
public final class HtmlExtractor {
    /** Less text than this after a pass means the pass removed too much. */
    static final int MIN_ARTICLE_CHARS = 500;
    /** A descendant with a {@code dir} holding this share of the article's text sets the article's direction. */
    static final double DIR_TEXT_SHARE = 0.9;
    /** A heading at the top of the article sharing this share of words with the title repeats it, and is dropped. */
    static final double TITLE_REPEAT_SIMILARITY = 0.75;
    /** How many leading blocks are checked for a repeated title. */
    static final int TITLE_REPEAT_WINDOW = 3;

    /** Extraction passes, from the strictest to the most lenient. */
    enum Pass {
        STRICT(true, true, true),
        KEEP_UNLIKELY(false, true, true),
        IGNORE_CLASS_NAMES(false, false, true),
        KEEP_CONTAINERS(false, false, false);

        final boolean removeUnlikely;
        final boolean weighClasses;
        final boolean judgeContainers;

        Pass(boolean removeUnlikely, boolean weighClasses, boolean judgeContainers) {
            this.removeUnlikely = removeUnlikely;
            this.weighClasses = weighClasses;
            this.judgeContainers = judgeContainers;
        }
    }

    /** @param image the first picture of the content ({@link LeadImageFinder#inContent}), or null */
    private record Attempt(
            List<Block> blocks, String dirAttribute, int textLength, boolean readerable, LeadImage image) {}

    private HtmlExtractor() {}

    /** The article of the page; the document is not changed. */
    public static Article extract(Document page, String source) {
        PageMetadata meta = MetadataReader.read(page);
        Attempt best = null;
        boolean readerable = false;
        for (Pass pass : Pass.values()) {
            Interruption.check();
            Attempt attempt = attempt(workingCopy(page), meta, pass);
            if (pass == Pass.STRICT) {
                readerable = attempt.readerable();
            }
            if (best == null || attempt.textLength() > best.textLength()) {
                best = attempt;
            }
            if (attempt.textLength() >= MIN_ARTICLE_CHARS) {
                best = attempt;
                break;
            }
        }
        return article(
                        source,
                        meta,
                        best.blocks(),
                        best.dirAttribute(),
                        readerable && !best.blocks().isEmpty())
                .withLeadImage(LeadImageFinder.choose(meta.image(), best.image()));
    }

    /**
     * All the visible text of the page as blocks, for a page that is not an article ("show its
     * text anyway"): only scripts, styles, hidden elements and form controls are dropped.
     */
    public static Article extractAllText(Document doc, String source) {
        PageMetadata meta = MetadataReader.read(doc);
        Document work = doc.clone();
        Element body = work.body();
        PageCleaner.removeNonText(body);
        List<Block> blocks = BlockCollector.collect(List.of(body));
        Element html = work.selectFirst("html");
        String dir = html == null ? null : dirValue(html.attr("dir"));
        if (dir == null) {
            dir = dirValue(body.attr("dir"));
        }
        return article(source, meta, blocks, dir, false).withLeadImage(meta.image());
    }

    /** A copy of the page for one pass to cut up: comment sections, breadcrumbs and tool rows out, then empty elements. */
    private static Document workingCopy(Document page) {
        Document copy = page.clone();
        PageCleaner.removeCommentSections(copy.body());
        LegacyFurniture.remove(copy.body());
        EmptyElements.prune(copy.body());
        return copy;
    }

    /** One pass over {@code work}, which it changes. */
    private static Attempt attempt(Document work, PageMetadata meta, Pass pass) {
        Element body = work.body();
        PageCleaner.removeNonText(body);
        PageCleaner.removeStructuralBoilerplate(work, body);
        Element byline = MetadataReader.bylineElement(body);
        if (byline != null) {
            byline.remove();
        }
        if (pass.removeUnlikely) {
            PageCleaner.removeUnlikelyCandidates(body);
        }
        boolean readerable = pass == Pass.STRICT && ReaderableCheck.isProbablyArticle(body);

        Map<Element, ContentScorer.Candidate> candidates = ContentScorer.score(body, pass.weighClasses);
        Element top = CandidateSelector.chooseTop(candidates, body);
        List<Element> parts = top == null ? List.of(body) : CandidateSelector.withSiblings(top, candidates);
        String dir = dirAttribute(top == null ? body : top, parts);

        Element article = new Element("div");
        for (Element part : new ArrayList<>(parts)) {
            article.appendChild(part);
        }
        ContentCleaner.clean(article, pass.judgeContainers);
        List<Block> blocks = new ArrayList<>(BlockCollector.collect(List.of(article)));
        dropRepeatedTitle(blocks, meta.title());
        // the date is shown in the header; a copyright notice comes in with the page's frame when the article is short
        blocks.removeIf(b -> b.type() != BlockType.BLOCKQUOTE
                && (ArabicDates.isDateLine(b.text()) || SiteNameFallback.isCopyrightLine(b.text())));
        int length = 0;
        for (Block b : blocks) {
            length += b.text().length();
        }
        return new Attempt(blocks, dir, length, readerable, LeadImageFinder.inContent(article, work.baseUri()));
    }

    /** {@code dir} of the chosen element or its nearest ancestor that has one; else of a descendant holding nearly all the text. */
    static String dirAttribute(Element top, List<Element> parts) {
        for (Element el = top; el != null; el = el.parent()) {
            String dir = dirValue(el.attr("dir"));
            if (dir != null) {
                return dir;
            }
        }
        int total = 0;
        for (Element part : parts) {
            total += NodeText.length(part);
        }
        for (Element part : parts) {
            for (Element el : part.select("[dir]")) {
                String dir = dirValue(el.attr("dir"));
                if (dir != null && NodeText.length(el) >= DIR_TEXT_SHARE * total) {
                    return dir;
                }
            }
        }
        return null;
    }

    private static String dirValue(String attr) {
        String v = attr.strip().toLowerCase(Locale.ROOT);
        return v.equals("rtl") || v.equals("ltr") ? v : null;
    }

    /** Drops a heading near the top that repeats the title. */
    static void dropRepeatedTitle(List<Block> blocks, String title) {
        if (title == null) {
            return;
        }
        String cleanTitle = TextCleaner.clean(title);
        for (int i = 0; i < Math.min(TITLE_REPEAT_WINDOW, blocks.size()); i++) {
            Block b = blocks.get(i);
            if (b.type() == BlockType.HEADING
                    && (b.text().equals(cleanTitle)
                            || TitleSimilarity.of(cleanTitle, b.text()) >= TITLE_REPEAT_SIMILARITY
                                    && TitleSimilarity.of(b.text(), cleanTitle) >= TITLE_REPEAT_SIMILARITY)) {
                blocks.remove(i);
                return;
            }
        }
    }

    /** Drops a leading block that is the byline written as text ({@link MetadataReader#TEXT_BYLINE}). */
    static List<Block> withoutTextByline(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        for (int i = 0; i < Math.min(MetadataReader.TEXT_BYLINE_WINDOW, out.size()); i++) {
            Block b = out.get(i);
            if (b.type() == BlockType.PARAGRAPH
                    && b.text().length() <= MetadataReader.MAX_BYLINE_CHARS
                    && MetadataReader.TEXT_BYLINE.matcher(b.text()).matches()) {
                out.remove(i);
                break;
            }
        }
        return out;
    }

    private static Article article(
            String source, PageMetadata meta, List<Block> blocks, String dirAttribute, boolean readerable) {
        String byline = meta.byline();
        if (meta.bylineFromText()) {
            blocks = withoutTextByline(blocks);
        }
        TextDirection dir = dirAttribute != null
                ? (dirAttribute.equals("rtl") ? TextDirection.RTL : TextDirection.LTR)
                : ScriptDirection.of(allText(blocks, meta.title()), TextDirection.LTR);
        String lang = meta.lang();
        if (lang == null
                && !blocks.isEmpty()
                && ScriptDirection.hasArabic(allText(blocks, null))
                && BlockFactory.directionOf(blocks) == TextDirection.RTL) {
            lang = "ar";
        }
        return new Article(
                source,
                clean(meta.title()),
                clean(byline),
                clean(meta.published()),
                clean(meta.site()),
                lang,
                dir,
                blocks,
                readerable);
    }

    private static String allText(List<Block> blocks, String title) {
        StringBuilder sb = new StringBuilder(title == null ? "" : title);
        for (Block b : blocks) {
            sb.append('\n').append(b.text());
        }
        return sb.toString();
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = TextCleaner.clean(s);
        return c.isEmpty() ? null : c;
    }
}
