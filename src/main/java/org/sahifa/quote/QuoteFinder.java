package org.sahifa.quote;

import java.util.ArrayList;
import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Interruption;
import org.sahifa.model.Quote;

/**
 * Finds the quotations of an article and who said each one.
 *
 * <p>Steps, in order: {@link SpanFinder} pairs quotation marks of every style into outermost spans
 * (nested quotations inside, several paragraphs joined, unbalanced marks contained);
 * {@link QuotedNameFilter} sets aside quoted names and titles («وكالة “ريا نوفوستي”»); a trained
 * {@link SpanClassifier}, when given, sets aside more of them ({@link SpanFeatures}); then
 * {@link SpeakerFinder} attributes each remaining quotation, naming speakers as the entity list does
 * ({@link EntityIndex}), or by the longest form of a name read from the text. Only marked direct
 * speech is listed.
 *
 * <p>Holds no state between calls: one instance may serve many threads.
 */
public final class QuoteFinder {
    /** Judges each marked span after the rules (null: the rules' answer stands). */
    private final SpanClassifier classifier;

    /** The hand rules alone tell quotations from quoted names. */
    public QuoteFinder() {
        this(null);
    }

    /** A trained classifier judges the marked spans after the rules ({@link SpanClassifier.Mode}); null: rules only. */
    public QuoteFinder(SpanClassifier classifier) {
        this.classifier = classifier;
    }

    /** Quotations of {@code blocks}, in article order, with speakers named as in {@code entities} where they match. */
    public List<Quote> find(List<Block> blocks, List<Entity> entities) {
        return findScored(blocks, entities).quotes();
    }

    /** Like {@link #find}, with each quotation's span probability (1.0 without a classifier). */
    public ScoredQuotes findScored(List<Block> blocks, List<Entity> entities) {
        Marked m = mark(blocks, entities);
        List<QuoteSpan> spans = m.spans();
        EntityIndex index = m.index();
        int[] firstTokens = m.firstTokens();
        int[] lastTokens = m.lastTokens();
        List<List<Token>> tokens = m.tokens();
        boolean[] isName = m.isName();
        double[] probability = new double[spans.size()];
        java.util.Arrays.fill(probability, 1.0);
        if (classifier != null) {
            List<MarkedSpan> marked = marked(blocks, spans, tokens, firstTokens, index, isName);
            for (int s = 0; s < spans.size(); s++) {
                probability[s] = classifier.probability(marked.get(s).features());
                boolean quotation = classifier.isQuotation(marked.get(s).features(), !isName[s]);
                if (quotation == isName[s]) {
                    setKind(s, tokens.get(spans.get(s).block()), firstTokens[s], isName, !quotation);
                }
            }
            // a list of songs or titles the classifier told one member of: its other members are names too
            for (int s : QuotedLists.namesByList(tokens, isName, texts(blocks, spans), eligible(spans))) {
                markName(s, tokens.get(spans.get(s).block()), firstTokens[s], isName);
            }
        }
        PhraseReader reader = new PhraseReader(blocks, tokens, index);
        SpeakerFinder speakers = new SpeakerFinder(blocks, reader, index, spans, firstTokens, lastTokens);
        String[] speakerOf = new String[spans.size()];
        for (int s = 0; s < spans.size(); s++) {
            Interruption.check();
            if (!isName[s]) {
                speakerOf[s] = speakers.speakerOf(s);
            }
        }
        List<Quote> quotes = new ArrayList<>();
        double[] quoteProbability = new double[spans.size()];
        for (int s = 0; s < spans.size(); s++) {
            if (!isName[s]) {
                quoteProbability[quotes.size()] = probability[s];
                QuoteSpan span = spans.get(s);
                quotes.add(new Quote(
                        span.text(blocks),
                        reader.longestFormRead(speakerOf[s]),
                        span.block(),
                        span.start(),
                        span.endBlock(),
                        span.end()));
            }
        }
        return new ScoredQuotes(quotes, java.util.Arrays.copyOf(quoteProbability, quotes.size()));
    }

    /**
     * Tokens of every block, each quoted stretch one QUOTATION token; records where each span's
     * token stands among the tokens of its first block and of its last block.
     */
    private static List<List<Token>> tokenize(
            List<Block> blocks, List<QuoteSpan> spans, int[] firstTokens, int[] lastTokens) {
        List<List<Tokenizer.Region>> regions = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            regions.add(new ArrayList<>());
        }
        for (int s = 0; s < spans.size(); s++) {
            QuoteSpan span = spans.get(s);
            for (int b = span.block(); b <= span.endBlock(); b++) {
                int[] r = span.regionIn(b, blocks.get(b).text());
                regions.get(b).add(new Tokenizer.Region(r[0], r[1], Token.Kind.QUOTATION, s));
            }
        }
        List<List<Token>> tokens = new ArrayList<>(blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            List<Tokenizer.Region> list = regions.get(b);
            list.sort((x, y) -> Integer.compare(x.from(), y.from()));
            List<Token> toks = Tokenizer.tokenize(blocks.get(b).text(), list);
            for (int i = 0; i < toks.size(); i++) {
                int s = toks.get(i).span();
                if (s >= 0) {
                    if (spans.get(s).block() == b) {
                        firstTokens[s] = i;
                    }
                    lastTokens[s] = i;
                }
            }
            tokens.add(toks);
        }
        return tokens;
    }

    /** Which spans are quoted names; their tokens become QUOTED_NAME. */
    private static boolean[] markNames(
            List<Block> blocks,
            List<QuoteSpan> spans,
            List<List<Token>> tokens,
            int[] firstTokens,
            EntityIndex index,
            QuotedPersonNames people) {
        boolean[] isName = new boolean[spans.size()];
        List<String> texts = texts(blocks, spans);
        RecurringNames recurring = new RecurringNames(blocks, tokens, texts);
        for (int s = 0; s < spans.size(); s++) {
            QuoteSpan span = spans.get(s);
            if (span.multiParagraph() || span.closeMark() < 0) {
                continue;
            }
            List<Token> toks = tokens.get(span.block());
            int i = firstTokens[s];
            List<Token> before = toks.subList(0, i);
            List<Token> after = toks.subList(Math.min(i + 1, toks.size()), toks.size());
            boolean recurs = recurring.recurs(texts.get(s)) && !ShortQuotedNames.rightAfterColonOrCue(before);
            if (recurs
                    || modelNumber(blocks, span, texts.get(s))
                    || QuotedNameFilter.isName(before, after, texts.get(s), index, span.block())
                    || people.isName(before, texts.get(s))) {
                markName(s, toks, i, isName);
            }
        }
        NamedInMarks named = new NamedInMarks(texts, isName);
        for (int s = 0; s < spans.size(); s++) {
            QuoteSpan span = spans.get(s);
            if (isName[s] || span.multiParagraph() || span.closeMark() < 0) {
                continue;
            }
            List<Token> toks = tokens.get(span.block());
            int i = firstTokens[s];
            if (named.isNamedElsewhere(texts.get(s), toks.subList(0, i))) {
                markName(s, toks, i, isName);
            }
        }
        for (int s : QuotedLists.namesByList(tokens, isName, texts, eligible(spans))) {
            markName(s, tokens.get(spans.get(s).block()), firstTokens[s], isName);
        }
        return isName;
    }

    /** Longest stretch, in words, closed by a double prime that is read as a model's name. */
    static final int MAX_MODEL_WORDS = 4;

    /**
     * «مقاتلات “إف-16″», «الهاتف “لوميا 535″»: a short stretch closed by the double prime the publishing tool types after
     * a final digit names a product or a model; a sentence ending in a figure is rarely that short.
     */
    private static boolean modelNumber(List<Block> blocks, QuoteSpan span, String text) {
        return span.closeMark() >= 0
                && blocks.get(span.endBlock()).text().charAt(span.closeMark()) == QuoteMark.DOUBLE_PRIME
                && ArabicText.wordCount(text) <= MAX_MODEL_WORDS;
    }

    /** Which spans may become names: closed, within one paragraph. */
    private static boolean[] eligible(List<QuoteSpan> spans) {
        boolean[] eligible = new boolean[spans.size()];
        for (int s = 0; s < spans.size(); s++) {
            eligible[s] = !spans.get(s).multiParagraph() && spans.get(s).closeMark() >= 0;
        }
        return eligible;
    }

    private static List<String> texts(List<Block> blocks, List<QuoteSpan> spans) {
        List<String> texts = new ArrayList<>(spans.size());
        for (QuoteSpan span : spans) {
            texts.add(span.text(blocks));
        }
        return texts;
    }

    private static void markName(int s, List<Token> toks, int i, boolean[] isName) {
        setKind(s, toks, i, isName, true);
    }

    private static void setKind(int s, List<Token> toks, int i, boolean[] isName, boolean name) {
        isName[s] = name;
        Token t = toks.get(i);
        Token.Kind kind = name ? Token.Kind.QUOTED_NAME : Token.Kind.QUOTATION;
        toks.set(i, new Token(t.start(), t.end(), t.folded(), kind, s));
    }

    /**
     * Every marked span of {@code blocks} with its features and the hand rules' decision, in article order: what the
     * span classifier is trained and scored on (docs/quotations.md, "Round 10").
     */
    public List<MarkedSpan> markedSpans(List<Block> blocks, List<Entity> entities) {
        Marked m = mark(blocks, entities);
        return marked(blocks, m.spans(), m.tokens(), m.firstTokens(), m.index(), m.isName());
    }

    /** The marked spans of an article, tokenised, with the hand rules' decision of which hold a name. */
    private record Marked(
            List<QuoteSpan> spans,
            EntityIndex index,
            int[] firstTokens,
            int[] lastTokens,
            List<List<Token>> tokens,
            boolean[] isName) {}

    private Marked mark(List<Block> blocks, List<Entity> entities) {
        List<QuoteSpan> spans = SpanFinder.find(blocks);
        EntityIndex index = new EntityIndex(entities);
        int[] firstTokens = new int[spans.size()];
        int[] lastTokens = new int[spans.size()];
        List<List<Token>> tokens = tokenize(blocks, spans, firstTokens, lastTokens);
        boolean[] isName = markNames(blocks, spans, tokens, firstTokens, index, new QuotedPersonNames(entities));
        return new Marked(spans, index, firstTokens, lastTokens, tokens, isName);
    }

    private static List<MarkedSpan> marked(
            List<Block> blocks,
            List<QuoteSpan> spans,
            List<List<Token>> tokens,
            int[] firstTokens,
            EntityIndex index,
            boolean[] isName) {
        List<MarkedSpan> out = new ArrayList<>(spans.size());
        java.util.Set<String> outsideMarks = ArticleWords.outsideMarks(tokens);
        for (int s = 0; s < spans.size(); s++) {
            QuoteSpan span = spans.get(s);
            String text = span.text(blocks);
            int to = span.multiParagraph() ? blocks.get(span.block()).text().length() : span.end();
            List<String> features = SpanFeatures.of(
                    tokens.get(span.block()),
                    firstTokens[s],
                    text,
                    !isName[s],
                    span.multiParagraph(),
                    span.closeMark() < 0,
                    index,
                    span.block(),
                    span.start(),
                    to,
                    outsideMarks);
            out.add(new MarkedSpan(text, span.block(), span.start(), features, !isName[s]));
        }
        return out;
    }

    /**
     * True when a speaker this finder gave is a person's name read from the text: not an unnamed source
     * («مسؤول أمريكي», «شهود عيان»), not a phrase with the article («الأمم المتحدة») and not a preposition's
     * object («لكرة القدم»).
     */
    public static boolean isPersonName(String speaker) {
        String[] words = ArabicText.fold(speaker.strip()).split("\\s+");
        String first = words[0];
        boolean complement = words.length > 1 && PhraseWords.isPrepositionalComplement(first, words[1]);
        return !first.isEmpty()
                && !WordLists.isUnnamedSource(first)
                && !ArabicText.isDefinite(first)
                && !WordLists.isRole(first)
                && !WordLists.isFunctionWord(first)
                && !complement;
    }

    /**
     * True when {@code speaker} can join the people: a person's name ({@link #isPersonName}) none of whose words
     * is an organisation's head noun («شركة», «مكتب», «وزارة النقل»), a role, an unnamed source or its adjective
     * («قريب», «معارض»): an organisation that speaks is not a person.
     */
    public static boolean isNameLikeSpeaker(String speaker) {
        if (!isPersonName(speaker)) {
            return false;
        }
        for (String word : ArabicText.fold(speaker.strip()).split("\\s+")) {
            if (WordLists.isBody(word)
                    || WordLists.isTitleNoun(word)
                    || WordLists.isRole(word)
                    || WordLists.isUnnamedSource(word)
                    || WordLists.isDescriptor(word)) {
                return false;
            }
        }
        return true;
    }
}
