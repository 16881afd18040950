package org.sahifa.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What unlabelled news says about a word, counted once by {@code org.sahifa.nlp.training.BuildWordEvidence} and read
 * from {@value #RESOURCE} (gzipped lines «kind TAB word», normalised words):
 *
 * <ul>
 *   <li>{@code whole}: a word whose first letter looks like a clitic («و», «ف», «ب», «ل», «ك») but belongs to it:
 *       each shorter reading is at most {@link Counter#WHOLE_RATIO} times as frequent as the whole form, which occurs {@link
 *       Counter#MIN_WHOLE} times or more («وارين», Warren, 5 times beside «ارين» 8 times; «بنزيمة»); «واحمد» is not,
 *       «احمد» being ten times as frequent. Counts this small are weak evidence: the rules use it with other evidence.
 *   <li>{@code everyday}: a frequent word that seldom stands where names stand (after a title, beside a listed given
 *       or family name): «شيء», «الهام», «نادر». Under {@link Counter#NAME_CONTEXT_SHARE} of its occurrences, from
 *       {@link Counter#MIN_EVERYDAY} occurrences on.
 *   <li>{@code first}: a word mostly written right before another name word, as a first name is («اليزابيث»).
 *   <li>{@code family}: a word with the article written right after a given name in {@link Counter#FAMILY_NAME_SHARE}
 *       of its occurrences or more, from {@link Counter#MIN_FAMILY} on, after {@link Counter#MIN_FAMILY_GIVEN_NAMES}
 *       different given names or more: a family name («العتيبي», «الدخيل»), not a set phrase («حسن الجوار»).
 * </ul>
 *
 * Immutable; one shared instance.
 */
public final class WordEvidence {
    public static final String RESOURCE = "/nlp/word-evidence.tsv.gz";
    static final String WHOLE = "whole";
    static final String EVERYDAY = "everyday";
    static final String FIRST = "first";
    static final String FAMILY = "family";

    private static volatile WordEvidence shared;

    private final Set<String> whole;
    private final Set<String> everyday;
    private final Set<String> first;
    private final Set<String> family;

    WordEvidence(Set<String> whole, Set<String> everyday, Set<String> first) {
        this(whole, everyday, first, Set.of());
    }

    WordEvidence(Set<String> whole, Set<String> everyday, Set<String> first, Set<String> family) {
        this.whole = Set.copyOf(whole);
        this.everyday = Set.copyOf(everyday);
        this.first = Set.copyOf(first);
        this.family = Set.copyOf(family);
    }

    public static WordEvidence shared() {
        WordEvidence e = shared;
        if (e == null) {
            synchronized (WordEvidence.class) {
                e = shared;
                if (e == null) {
                    e = readResource();
                    shared = e;
                }
            }
        }
        return e;
    }

    static WordEvidence readResource() {
        try (InputStream in = WordEvidence.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " (build it with BuildWordEvidence)");
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            Set<String> whole = new HashSet<>();
            Set<String> everyday = new HashSet<>();
            Set<String> first = new HashSet<>();
            Set<String> family = new HashSet<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                String kind = line.substring(0, tab);
                Set<String> set = switch (kind) {
                    case WHOLE -> whole;
                    case FIRST -> first;
                    case FAMILY -> family;
                    default -> everyday;
                };
                set.add(line.substring(tab + 1));
            }
            return new WordEvidence(whole, everyday, first, family);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** True if the normalised word's first letter belongs to it, not a clitic, by how often each reading is written. */
    public boolean keepsFirstLetter(String norm) {
        return whole.contains(norm);
    }

    /** True if the normalised word is a frequent word that news seldom writes where a name stands. */
    public boolean isEverydayWord(String norm) {
        return everyday.contains(norm);
    }

    /** True if the normalised word is mostly written right before another name word: a first name («اليزابيث»). */
    public boolean isFirstName(String norm) {
        return first.contains(norm);
    }

    /**
     * True if the normalised word, with the article, is mostly written right after a given name, as a family name is
     * («العتيبي», «الدخيل» after «سلطان», «بندر» …).
     */
    public boolean isFamilyName(String norm) {
        return family.contains(norm);
    }

    /** Counts over sentences of unlabelled news, turned into the four word sets by {@link #lines}. */
    public static final class Counter {
        /** How many times as frequent as the whole form a shorter reading may be. */
        static final int WHOLE_RATIO = 2;
        /** Fewest occurrences of a whole form. */
        static final int MIN_WHOLE = 3;
        /** Fewest occurrences of an everyday word. */
        static final int MIN_EVERYDAY = 50;
        /** Largest share of an everyday word's occurrences in name context. */
        static final double NAME_CONTEXT_SHARE = 0.02;
        /** Fewest occurrences of a first name. */
        static final int MIN_FIRST = 5;
        /** Smallest share of a first name's occurrences with a listed name word right after it. */
        static final double FIRST_NAME_SHARE = 0.5;
        /** Fewest occurrences of a family name with the article. */
        static final int MIN_FAMILY = 5;
        /** Smallest share of a family name's occurrences right after a given name (without the article). */
        static final double FAMILY_NAME_SHARE = 0.25;
        /** Fewest different given names before a family name: «حسن الجوار» (good neighbourliness) has one. */
        static final int MIN_FAMILY_GIVEN_NAMES = 3;

        private final Gazetteer gazetteer;
        private final Map<String, int[]> counts = new HashMap<>(1 << 20);
        /** Up to {@link #MIN_FAMILY_GIVEN_NAMES} different given names seen before each word with the article. */
        private final Map<String, Set<String>> givenNamesBefore = new HashMap<>();

        public Counter() {
            this.gazetteer = Gazetteer.shared();
        }

        /** Counts the words of one sentence: occurrences, and occurrences in name context. */
        public void add(String[] tokens) {
            SentenceWords s = SentenceWords.analyze(tokens, gazetteer);
            for (int i = 0; i < tokens.length; i++) {
                if (!s.shape[i].equals("ar")) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(s.norm[i], k -> new int[4]);
                c[0]++;
                if (isNameContext(s, i)) {
                    c[1]++;
                }
                if (i + 1 < s.length() && isListedPersonWord(s.norm[i + 1])) {
                    c[2]++;
                }
                if (i > 0
                        && s.clitic[i].isEmpty()
                        && !s.norm[i - 1].startsWith("ال")
                        && isGivenNameWord(s.norm[i - 1])) {
                    c[3]++;
                    Set<String> before = givenNamesBefore.computeIfAbsent(s.norm[i], k -> new HashSet<>(4));
                    if (before.size() < MIN_FAMILY_GIVEN_NAMES) {
                        before.add(s.norm[i - 1]);
                    }
                }
            }
        }

        private boolean isNameContext(SentenceWords s, int i) {
            return NameWords.followsTitle(s, i)
                    || i > 0 && isNameWord(s.norm[i - 1])
                    || i + 1 < s.length() && isNameWord(s.norm[i + 1]);
        }

        /** A word on the Arabic name lists or frequent in Wikidata person names, and no everyday word. */
        private boolean isNameWord(String norm) {
            Gazetteer.Kind kind = gazetteer.nameKind(norm);
            return (kind == Gazetteer.Kind.GIVEN
                            || kind == Gazetteer.Kind.FAMILY
                            || kind == Gazetteer.Kind.NAME_FREQUENT)
                    && !gazetteer.isCommon(norm)
                    && !NameWords.AMBIGUOUS_NAMES.contains(norm);
        }

        /** A word of the given-name lists, everyday or not («سلطان», «أمل»): what stands before a family name. */
        private boolean isGivenNameWord(String norm) {
            Gazetteer.Kind kind = gazetteer.nameKind(norm);
            return kind == Gazetteer.Kind.GIVEN
                    || kind == Gazetteer.Kind.NAME_FREQUENT
                    || NameWords.AMBIGUOUS_NAMES.contains(norm);
        }

        private boolean isListedPersonWord(String norm) {
            Gazetteer.Kind kind = gazetteer.nameKind(norm);
            return (kind == Gazetteer.Kind.GIVEN
                            || kind == Gazetteer.Kind.FAMILY
                            || kind == Gazetteer.Kind.NAME_FREQUENT)
                    && !gazetteer.isCommon(norm)
                    && !NameWords.AMBIGUOUS_NAMES.contains(norm);
        }

        /** Every counted word with its occurrences and its occurrences in name context, tab-separated. */
        public List<String> counts() {
            List<String> out = new java.util.ArrayList<>();
            counts.forEach((word, c) -> out.add(word + "\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + c[3]));
            out.sort(null);
            return out;
        }

        /** The resource's lines, sorted: every whole form, then every everyday word, first name and family name. */
        public List<String> lines() {
            List<String> wholeLines = new java.util.ArrayList<>();
            List<String> everydayLines = new java.util.ArrayList<>();
            List<String> firstLines = new java.util.ArrayList<>();
            List<String> familyLines = new java.util.ArrayList<>();
            counts.forEach((word, c) -> {
                if (isWhole(word, c[0])) {
                    wholeLines.add(WHOLE + "\t" + word);
                }
                if (c[0] >= MIN_EVERYDAY && c[1] < NAME_CONTEXT_SHARE * c[0]) {
                    everydayLines.add(EVERYDAY + "\t" + word);
                }
                if (c[0] >= MIN_FIRST && c[2] >= FIRST_NAME_SHARE * c[0]) {
                    firstLines.add(FIRST + "\t" + word);
                }
                if (word.startsWith("ال")
                        && c[0] >= MIN_FAMILY
                        && c[3] >= FAMILY_NAME_SHARE * c[0]
                        && givenNamesBefore.getOrDefault(word, Set.of()).size() >= MIN_FAMILY_GIVEN_NAMES) {
                    familyLines.add(FAMILY + "\t" + word);
                }
            });
            wholeLines.sort(null);
            everydayLines.sort(null);
            firstLines.sort(null);
            familyLines.sort(null);
            wholeLines.addAll(everydayLines);
            wholeLines.addAll(firstLines);
            wholeLines.addAll(familyLines);
            return wholeLines;
        }

        private boolean isWhole(String word, int count) {
            List<String> readings = ArabicWords.procliticSplits(word);
            if (readings.size() < 2 || count < MIN_WHOLE) {
                return false;
            }
            for (int r = 1; r < readings.size(); r++) {
                int[] c = counts.get(readings.get(r));
                if (c != null && c[0] > count * WHOLE_RATIO) {
                    return false;
                }
            }
            return true;
        }
    }
}
