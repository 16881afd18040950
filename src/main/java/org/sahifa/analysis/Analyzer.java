package org.sahifa.analysis;

import java.util.List;
import org.sahifa.analysis.entities.EntityFilter;
import org.sahifa.analysis.entities.NameMender;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.extract.HtmlExtractor;
import org.sahifa.load.BundledSample;
import org.sahifa.load.DocumentKind;
import org.sahifa.load.LoadException;
import org.sahifa.load.RawDocument;
import org.sahifa.load.SourceLoader;
import org.sahifa.load.VisibleText;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Interruption;
import org.sahifa.model.Quote;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.nlp.Gazetteer;
import org.sahifa.quote.MarkedSpan;
import org.sahifa.quote.QuoteFinder;
import org.sahifa.quote.ScoredQuotes;
import org.sahifa.quote.SpanClassifier;
import org.sahifa.quote.attribution.SpeakerRanker;

/** The pipeline: load, extract, find entities, find quotations. Thread-safe; build one and share it. */
public final class Analyzer {
    /**
     * Most characters of text analysed (entities, quotations); a longer article is still shown, but not analysed.
     * About 3.7 MB of Arabic in UTF-8, some 350,000 words: measured in {@code SizeBenchmark}, see
     * docs/robustness-limits.md.
     */
    public static final long MAX_ANALYSED_CHARS = 2_000_000;

    private final EntityRecognizer recognizer;
    private final QuoteFinder quoteFinder;
    private final long maxAnalysedChars;
    /** Fills the rules' gaps among each quotation's candidates; null keeps the rules' answer. */
    private final SpeakerRanker speakerRanker;
    /** Drops listed entities the trained filter judges unlikely (docs/entity-filter.md); null keeps them all. */
    private final EntityFilter entityFilter;
    /** Completes names the list holds cut short, before the filter judges them (docs/entity-filter.md); null: none. */
    private final NameMender nameMender;

    /** With the rules' speakers only (no speaker model): what the speaker model is trained on. */
    public Analyzer(EntityRecognizer recognizer, QuoteFinder quoteFinder) {
        this(recognizer, quoteFinder, MAX_ANALYSED_CHARS);
    }

    /** With another limit on the text analysed (benchmarks measure beyond the usual one); rules' speakers only. */
    public Analyzer(EntityRecognizer recognizer, QuoteFinder quoteFinder, long maxAnalysedChars) {
        this(recognizer, quoteFinder, null, maxAnalysedChars);
    }

    /**
     * With a speaker model naming a speaker where the rules named none and the span classifier trusts the quotation
     * ({@link SpeakerRanker#fillGaps}; null: the rules' answer alone).
     */
    public Analyzer(
            EntityRecognizer recognizer, QuoteFinder quoteFinder, SpeakerRanker speakerRanker, long maxAnalysedChars) {
        this(recognizer, quoteFinder, speakerRanker, maxAnalysedChars, null, null);
    }

    private Analyzer(
            EntityRecognizer recognizer,
            QuoteFinder quoteFinder,
            SpeakerRanker speakerRanker,
            long maxAnalysedChars,
            EntityFilter entityFilter,
            NameMender nameMender) {
        this.recognizer = recognizer;
        this.quoteFinder = quoteFinder;
        this.speakerRanker = speakerRanker;
        this.maxAnalysedChars = maxAnalysedChars;
        this.entityFilter = entityFilter;
        this.nameMender = nameMender;
    }

    /**
     * The same analyzer with a trained filter on its final entity list (docs/entity-filter.md): it drops the entities
     * it judges unlikely, after the speakers have joined the list; null keeps them all.
     */
    public Analyzer withEntityFilter(EntityFilter filter) {
        return new Analyzer(recognizer, quoteFinder, speakerRanker, maxAnalysedChars, filter, nameMender);
    }

    /**
     * The same analyzer completing names its list holds cut short ({@link NameMender}, docs/entity-filter.md, "Round
     * 12"), after the speakers have joined the list and before the entity filter; null completes none.
     */
    public Analyzer withNameMender(NameMender mender) {
        return new Analyzer(recognizer, quoteFinder, speakerRanker, maxAnalysedChars, entityFilter, mender);
    }

    /** This analyzer with a speaker model filling the rules' gaps ({@link SpeakerRanker#fillGaps}); null: rules only. */
    public Analyzer withSpeakerRanker(SpeakerRanker ranker) {
        return new Analyzer(recognizer, quoteFinder, ranker, maxAnalysedChars, entityFilter, nameMender);
    }

    /**
     * An analyzer with the bundled entity model, the quotation rules filtered by the trained span classifier
     * ({@code SpanClassifier.bundledFilter()}: it sets aside quoted names and titles the rules kept; docs/quotations.md,
     * "Round 10"), the rules' speakers, and the trained entity filter on the final entity list (people, places and
     * organisations: {@code EntityFilter.bundledFilter()}, docs/entity-filter.md), and the trained speaker model filling
     * only the rules' gaps ({@code SpeakerRanker.bundled()}: a speaker where the rules named none and the span
     * classifier trusts the quotation; docs/speaker-model.md, "Round 11").
     */
    public static Analyzer standard() {
        return new Analyzer(EntityRecognizer.load(), new QuoteFinder(SpanClassifier.bundledFilter()))
                .withEntityFilter(EntityFilter.bundledFilter())
                .withSpeakerRanker(SpeakerRanker.bundled());
    }

    /** Loads, extracts and analyses what the user named (a path or an http(s) URL). */
    public Analysis analyzeSource(String source) throws LoadException {
        return analyze(extractSource(source));
    }

    /** Like {@link #analyzeSource}, but a web page's whole visible text, for pages that do not look like articles. */
    public Analysis analyzeSourceAllText(String source) throws LoadException {
        return analyze(extractSourceAllText(source));
    }

    /** The article shipped with the app. */
    public Analysis analyzeSample() {
        return analyze(extractSample());
    }

    /** Loads and extracts what the user named, without analysing it (no model needed, so a reader can show it first). */
    public static Article extractSource(String source) throws LoadException {
        RawDocument doc = SourceLoader.load(source);
        return withVisibleText(ArticleExtractor.extract(doc), doc.source());
    }

    /** A web page's whole visible text as an article, for pages that do not look like articles (see {@link #extractSource}). */
    public static Article extractSourceAllText(String source) throws LoadException {
        RawDocument doc = SourceLoader.load(source);
        if (doc.kind() != DocumentKind.HTML) {
            return withVisibleText(ArticleExtractor.extract(doc), doc.source());
        }
        Article all = HtmlExtractor.extractAllText(ArticleExtractor.parseHtml(doc), doc.source());
        // The reader asked to read this page as it is: it is no longer flagged as "not an article".
        return withVisibleText(
                new Article(
                        all.source(),
                        all.title(),
                        all.byline(),
                        all.published(),
                        all.site(),
                        all.lang(),
                        all.dir(),
                        all.blocks(),
                        true),
                doc.source());
    }

    /**
     * The article, unless it has nothing to read: a page of only no-break spaces, direction marks or
     * empty markup is refused as empty, like a blank file (issue 18), rather than shown as a blank reader.
     */
    static Article withVisibleText(Article article, String shown) throws LoadException {
        if (article.title() != null && !VisibleText.isAbsent(article.title())) {
            return article;
        }
        for (Block block : article.blocks()) {
            if (!VisibleText.isAbsent(block.text())) {
                return article;
            }
        }
        throw LoadException.empty(shown);
    }

    /** The article shipped with the app, extracted but not analysed. */
    public static Article extractSample() {
        return ArticleExtractor.extract(BundledSample.load());
    }

    /**
     * Entities and quotations of an article. Over-long paragraphs are analysed in segments cut at sentence ends
     * ({@link AnalysisSegments}), which bounds the window of every step; an article longer than
     * {@link #MAX_ANALYSED_CHARS} (or the limit given) is refused at once ({@link ArticleTooLongException}). Stops with a
     * {@link java.util.concurrent.CancellationException} soon after the thread is interrupted.
     */
    public Analysis analyze(Article article) {
        long chars = 0;
        for (Block block : article.blocks()) {
            chars += block.text().length();
        }
        if (chars > maxAnalysedChars) {
            throw new ArticleTooLongException(chars, maxAnalysedChars);
        }
        AnalysisSegments segments = AnalysisSegments.of(article.blocks());
        List<Entity> entities = recognizer.recognize(segments.segments());
        Interruption.check();
        ScoredQuotes scored = quoteFinder.findScored(segments.segments(), entities);
        List<Quote> quotes = scored.quotes();
        List<Entity> found = segments.toBlocks(entities);
        List<Quote> blockQuotes =
                SpeakerCheck.checked(article.blocks(), found, segments.quotesToBlocks(quotes), Gazetteer.shared());
        List<Entity> blockEntities = SpeakerPersons.withSpeakers(article.blocks(), found, blockQuotes);
        if (nameMender != null) {
            blockEntities = nameMender.mend(article.blocks(), blockEntities);
        }
        if (entityFilter != null) {
            blockEntities = entityFilter.filter(article.blocks(), blockEntities, blockQuotes);
        }
        if (speakerRanker != null) {
            // the model sees the rules' answers and the final entities, as in training (docs/speaker-model.md)
            blockQuotes =
                    speakerRanker.fillGaps(article.blocks(), blockEntities, blockQuotes, scored.spanProbabilities());
        }
        return new Analysis(article, blockEntities, blockQuotes);
    }

    /**
     * Every marked span of the article as the quote step sees it, with its features and the rules' decision: what the
     * span classifier is trained on (docs/quotations.md, "Round 10").
     */
    public List<MarkedSpan> markedSpans(Article article) {
        AnalysisSegments segments = AnalysisSegments.of(article.blocks());
        List<Entity> entities = recognizer.recognize(segments.segments());
        return quoteFinder.markedSpans(segments.segments(), entities);
    }

    public EntityRecognizer recognizer() {
        return recognizer;
    }
}
