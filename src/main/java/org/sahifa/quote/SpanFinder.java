package org.sahifa.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;

/**
 * Finds the outermost quoted spans of an article: paired marks in a paragraph, quotations that
 * run over several paragraphs, and a paragraph whose opening mark is never closed.
 *
 * <p>Steps: {@link MarkScanner#scan} each block; join paragraphs where an open mark is continued
 * by the same mark at the start of the next paragraph ({@link #joinParagraphs}); let an unclosed
 * mark after «قال:» run to the end of its own paragraph, never further, and stop before a sentence the writer opens
 * with a speech verb ({@link #narrationAfter}); let a closing mark with no opener after
 * «قال:» close a quotation that starts after the colon; drop spans nested in another.
 */
final class SpanFinder {
    /** The longest quotation, in paragraphs, that repeated opening marks may join. */
    static final int MAX_QUOTE_PARAGRAPHS = 12;
    /** How far before an unclosed mark, in characters, a speech cue lets it run to the paragraph's end. */
    static final int SPEECH_CUE_REACH = 40;
    /** Most words between a speech verb opening the sentence and an unclosed mark: «وقال فلان في مؤتمر صحفي أمس “…». */
    static final int SUBJECT_WORDS = 10;

    private SpanFinder() {}

    static List<QuoteSpan> find(List<Block> blocks) {
        List<MarkScanner.Result> scans = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            scans.add(MarkScanner.scan(block.text()));
        }
        List<QuoteSpan> spans = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b).text();
            List<MarkScanner.Pair> pairs = scans.get(b).pairs();
            for (MarkScanner.Pair p : pairs) {
                // a mark shared with an inner quoted name belongs to the text: «… داخل "فيفا"»
                int end = sharesClose(pairs, p) ? p.close() + 1 : p.close();
                addSpan(spans, b, p.open(), b, end, p.close(), text, text);
            }
        }
        for (int b = 0; b < blocks.size(); b++) {
            List<MarkScanner.Pair> unclosed = scans.get(b).unclosed();
            if (unclosed.isEmpty()) {
                continue;
            }
            MarkScanner.Pair first = unclosed.get(0);
            QuoteSpan joined = joinParagraphs(blocks, scans, b, first);
            if (joined != null) {
                spans.add(joined);
                b = joined.endBlock() - 1;
            } else if (introducedAsSpeech(blocks.get(b).text(), first.open())) {
                String text = blocks.get(b).text();
                addSpan(spans, b, first.open(), b, narrationAfter(text, first.open()), -1, text, text);
            }
        }
        for (int b = 0; b < blocks.size(); b++) {
            addUnopened(spans, b, blocks.get(b).text(), scans.get(b));
        }
        return outermost(spans);
    }

    /**
     * «قال المتحدث: الوضع هادئ».»: a closing mark with nothing to open it, after a speech cue and a colon with no
     * mark between, closes a quotation that starts after the colon.
     */
    private static void addUnopened(List<QuoteSpan> spans, int b, String text, MarkScanner.Result scan) {
        for (MarkScanner.Pair u : scan.unopened()) {
            int colon = text.lastIndexOf(':', u.close());
            boolean markBetween = colon < 0
                    || scan.pairs().stream().anyMatch(p -> p.close() > colon && p.open() < u.close())
                    || scan.unclosed().stream().anyMatch(p -> p.open() > colon && p.open() < u.close());
            if (!markBetween && speechCueBefore(text, colon)) {
                addSpan(spans, b, colon, b, u.close(), u.close(), text, text);
            }
        }
    }

    /** True when a speech verb ends one of the words within {@value #SPEECH_CUE_REACH} characters before {@code at}. */
    private static boolean speechCueBefore(String text, int at) {
        int from = Math.max(0, at - SPEECH_CUE_REACH);
        for (int end = at; end > from; end--) {
            boolean wordEnd = ArabicText.isWordChar(text.charAt(end - 1))
                    && (end == text.length() || !ArabicText.isWordChar(text.charAt(end)));
            if (wordEnd && CueWords.endsWithSpeechVerb(text.substring(from, end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quotation from the unclosed mark {@code first} in block {@code b} to the closing mark in a
     * later paragraph, when every paragraph between opens with the same kind of mark; or null.
     */
    static QuoteSpan joinParagraphs(List<Block> blocks, List<MarkScanner.Result> scans, int b, MarkScanner.Pair first) {
        int last = Math.min(blocks.size() - 1, b + MAX_QUOTE_PARAGRAPHS - 1);
        for (int next = b + 1; next <= last; next++) {
            Block block = blocks.get(next);
            if (block.type() == BlockType.HEADING || block.type() == BlockType.CAPTION) {
                return null;
            }
            int lead = firstNonSpace(block.text());
            MarkScanner.Result scan = scans.get(next);
            MarkScanner.Pair pairedLead = pairOpeningAt(scan.pairs(), lead, first.family());
            if (pairedLead != null) {
                return span(blocks, b, first.open(), next, pairedLead.close(), pairedLead.close());
            }
            boolean continues = !scan.unclosed().isEmpty()
                    && scan.unclosed().get(0).open() == lead
                    && scan.unclosed().get(0).family() == first.family();
            if (continues) {
                continue;
            }
            if (next == b + 1
                    && !scan.unopened().isEmpty()
                    && scan.unopened().get(0).family() == first.family()
                    && (scan.pairs().isEmpty()
                            || scan.pairs().get(0).open()
                                    > scan.unopened().get(0).close())) {
                int close = scan.unopened().get(0).close();
                return span(blocks, b, first.open(), next, close, close);
            }
            return null;
        }
        return null;
    }

    private static MarkScanner.Pair pairOpeningAt(List<MarkScanner.Pair> pairs, int index, QuoteMark.Family family) {
        for (MarkScanner.Pair p : pairs) {
            if (p.open() == index && p.family() == family) {
                return p;
            }
        }
        return null;
    }

    private static QuoteSpan span(
            List<Block> blocks, int block, int openMark, int endBlock, int endIndex, int closeMark) {
        String first = blocks.get(block).text();
        String last = blocks.get(endBlock).text();
        int start = skipSpaceForward(first, openMark + 1, first.length());
        int end = skipSpaceBackward(last, 0, endIndex);
        return new QuoteSpan(block, openMark, start, endBlock, end, closeMark);
    }

    private static void addSpan(
            List<QuoteSpan> spans,
            int block,
            int openMark,
            int endBlock,
            int endIndex,
            int closeMark,
            String firstText,
            String lastText) {
        int start = skipSpaceForward(firstText, openMark + 1, endIndex);
        int end = skipSpaceBackward(lastText, start, endIndex);
        if (closeMark < 0) {
            end = trimTrailingPunctuation(lastText, start, end);
        }
        if (end > start) {
            spans.add(new QuoteSpan(block, openMark, start, endBlock, end, closeMark));
        }
    }

    /** True when a pair opened inside {@code p} closes with the same mark. */
    private static boolean sharesClose(List<MarkScanner.Pair> pairs, MarkScanner.Pair p) {
        for (MarkScanner.Pair other : pairs) {
            if (other.open() > p.open() && other.close() == p.close()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where an unclosed quotation opened at {@code open} ends: at the paragraph's end, or at the end of the first
     * sentence after which the writer speaks again, a sentence opening with a speech verb in the third person
     * («… الحوار. يذكر أن …», «… الحوار. وأضاف …»). One pass over the rest of the paragraph.
     */
    static int narrationAfter(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            if (".!?؟".indexOf(text.charAt(i)) < 0) {
                continue;
            }
            int start = i + 1;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < text.length() && ArabicText.isWordChar(text.charAt(end))) {
                end++;
            }
            if (end > start && isNarratorsVerb(ArabicText.fold(text.substring(start, end)))) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean isNarratorsVerb(String folded) {
        String bare = folded.length() > 3 && (folded.startsWith("و") || folded.startsWith("ف"))
                ? folded.substring(1)
                : folded;
        if (bare.startsWith("ن")) {
            return false; // «نؤكد أن …»: the speaker's «we», not the writer
        }
        CueWords.Cue cue = CueWords.lookup(folded);
        return cue != null && (cue.kind() == CueWords.Kind.VERB || cue.kind() == CueWords.Kind.REPORT);
    }

    /**
     * True when «:» or a speech verb comes shortly before the mark at {@code open}, or «إن»/«أن» after a speech verb
     * within that reach («وقال الوزير إن "…»).
     */
    static boolean introducedAsSpeech(String text, int open) {
        String before =
                text.substring(Math.max(0, open - SPEECH_CUE_REACH), open).strip();
        if (before.endsWith(":") || CueWords.endsWithSpeechVerb(before) || sentenceOpensWithSpeechVerb(text, open)) {
            return true;
        }
        String folded = ArabicText.fold(before);
        boolean that = folded.equals("ان") || folded.endsWith(" ان") || folded.endsWith(" بان");
        int thatStart = text.substring(0, open).stripTrailing().length() - 2; // at or inside «إن»/«بأن»
        return that && speechCueBefore(text, thatStart);
    }

    /**
     * «وقال موتكو في مؤتمر صحفي يوم الجمعة الماضي “…»: the mark's sentence opens with a speech verb and at most
     * {@value #SUBJECT_WORDS} words (the speaker, where and when) stand between, with no other double mark
     * before it in the sentence or after it in the paragraph (a mark inside leaves the reading open).
     */
    private static boolean sentenceOpensWithSpeechVerb(String text, int open) {
        for (int k = open + 1; k < text.length(); k++) {
            QuoteMark.Family family = QuoteMark.familyOf(text.charAt(k));
            if (family != null && !QuoteMark.isSingle(family)) {
                return false;
            }
        }
        int start = open;
        while (start > 0 && ".!?؟\n".indexOf(text.charAt(start - 1)) < 0) {
            char c = text.charAt(start - 1);
            if (QuoteMark.familyOf(c) != null && !QuoteMark.isSingle(QuoteMark.familyOf(c))) {
                return false;
            }
            start--;
        }
        String[] words = text.substring(start, open).strip().split("\\s+");
        if (words.length < 2 || words.length > SUBJECT_WORDS + 1) {
            return false;
        }
        CueWords.Cue cue = CueWords.lookup(ArabicText.fold(words[0]));
        return cue != null && cue.kind() == CueWords.Kind.VERB;
    }

    /**
     * The spans not inside another, in article order. Spans never cross (marks pair like brackets),
     * so one pass in order of start, longest first, keeps a span when it ends after every span kept so far.
     */
    private static List<QuoteSpan> outermost(List<QuoteSpan> spans) {
        List<QuoteSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong((QuoteSpan s) -> SpeakerFinder.position(s.block(), s.openMark()))
                .thenComparing(Comparator.comparingLong(SpanFinder::endPosition).reversed()));
        List<QuoteSpan> kept = new ArrayList<>();
        long reach = -1;
        for (QuoteSpan s : sorted) {
            long end = endPosition(s);
            if (end > reach) {
                kept.add(s);
                reach = end;
            }
        }
        return kept;
    }

    private static long endPosition(QuoteSpan s) {
        return SpeakerFinder.position(s.endBlock(), s.closeMark() >= 0 ? s.closeMark() : s.end());
    }

    private static int firstNonSpace(String s) {
        return skipSpaceForward(s, 0, s.length());
    }

    private static int skipSpaceForward(String s, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaceBackward(String s, int floor, int to) {
        int i = to;
        while (i > floor && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int trimTrailingPunctuation(String s, int floor, int to) {
        int i = to;
        while (i > floor && (Character.isWhitespace(s.charAt(i - 1)) || ".،,؛;".indexOf(s.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i;
    }
}
