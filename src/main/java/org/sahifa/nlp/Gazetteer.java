package org.sahifa.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name lists the recogniser consults: places (multi-word, normalised), person-name words and their Latin forms.
 *
 * <p>Read from the compact resource {@value #RESOURCE}, which {@code org.sahifa.nlp.training.BuildGazetteer}
 * writes. Each line is {@code KIND<TAB>entry}; entries are normalised with {@link ArabicWords#normalize}.
 * Immutable once loaded, so one instance is shared between threads.
 */
public final class Gazetteer {
    public static final String RESOURCE = "/nlp/gazetteer.tsv";
    /** Longest place name, in words, that phrase lookup tries. */
    public static final int MAX_PHRASE = 5;

    /** The kinds of line in the resource file. */
    public enum Kind {
        /** A place name, one or more words. */
        PLACE,
        /** A common Arabic given name. */
        GIVEN,
        /** A common Arabic family name. */
        FAMILY,
        /** A word seen in many person names (Wikidata). */
        NAME_FREQUENT,
        /** A word seen in a few person names (Wikidata). */
        NAME_RARE,
        /** Lower-case Latin form of a person-name word. */
        LATIN_NAME,
        /** Lower-case Latin (English) place name. */
        LATIN_PLACE,
        /** A word (clitic-stripped stem) the annotated corpora show mostly outside names: «دين», «البنك». */
        COMMON,
        /**
         * A multi-word place the annotated training text mostly tags as a place and no other list has: «الضفة
         * الغربية», «الشرق الأوسط». Not a model feature (the bundled model was trained without it): the article rules
         * use it.
         */
        CORPUS_PLACE
    }

    private static volatile Gazetteer shared;

    private final Set<String> places = new HashSet<>();
    private final Set<String> placeFirstWords = new HashSet<>();
    private final Map<String, Kind> nameWords = new HashMap<>();
    private final Set<String> latinNames = new HashSet<>();
    private final Set<String> latinPlaces = new HashSet<>();
    private final Set<String> commonWords = new HashSet<>();
    private final Set<String> corpusPlaces = new HashSet<>();
    private final Set<String> corpusPlaceFirstWords = new HashSet<>();

    Gazetteer() {}

    /** The bundled gazetteer, read once. */
    public static Gazetteer shared() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = shared;
                if (g == null) {
                    g = readResource();
                    shared = g;
                }
            }
        }
        return g;
    }

    static Gazetteer readResource() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static Gazetteer read(BufferedReader reader) throws IOException {
        Gazetteer g = new Gazetteer();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            g.add(Kind.valueOf(line.substring(0, tab)), line.substring(tab + 1));
        }
        return g;
    }

    void add(Kind kind, String entry) {
        switch (kind) {
            case PLACE -> {
                places.add(entry);
                int space = entry.indexOf(' ');
                placeFirstWords.add(space < 0 ? entry : entry.substring(0, space));
            }
            case LATIN_NAME -> latinNames.add(entry);
            case LATIN_PLACE -> latinPlaces.add(entry);
            case COMMON -> commonWords.add(entry);
            case CORPUS_PLACE -> {
                corpusPlaces.add(entry);
                corpusPlaceFirstWords.add(entry.substring(0, Math.max(0, entry.indexOf(' '))));
            }
            default -> nameWords.merge(entry, kind, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
    }

    /**
     * Length in words of the longest place name starting at {@code from}, 0 if none.
     *
     * @param words normalised words; the first word of a name is matched in its clitic-stripped form by the caller
     */
    public int placeLength(String[] words, int from) {
        return phraseLength(places, placeFirstWords, words, from);
    }

    /** Length in words of the longest {@link Kind#CORPUS_PLACE} starting at {@code from}, 0 if none. */
    public int corpusPlaceLength(String[] words, int from) {
        return phraseLength(corpusPlaces, corpusPlaceFirstWords, words, from);
    }

    private static int phraseLength(Set<String> phrases, Set<String> firstWords, String[] words, int from) {
        if (!firstWords.contains(words[from])) {
            return 0;
        }
        int best = 0;
        StringBuilder sb = new StringBuilder(words[from]);
        if (phrases.contains(sb.toString())) {
            best = 1;
        }
        for (int n = 2; n <= MAX_PHRASE && from + n <= words.length; n++) {
            sb.append(' ').append(words[from + n - 1]);
            if (phrases.contains(sb.toString())) {
                best = n;
            }
        }
        return best;
    }

    /** True if a listed place name begins with this normalised word. */
    public boolean opensPlace(String word) {
        return placeFirstWords.contains(word);
    }

    /** True if the normalised text is a place name. */
    public boolean isPlace(String normalized) {
        return places.contains(normalized);
    }

    /** The person-name kind of a normalised word, or null. */
    public Kind nameKind(String normalized) {
        return nameWords.get(normalized);
    }

    /** True if the normalised, clitic-stripped word is mostly an everyday word in the annotated corpora. */
    public boolean isCommon(String stem) {
        return commonWords.contains(stem);
    }

    public boolean isLatinName(String word) {
        return latinNames.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isLatinPlace(String word) {
        return latinPlaces.contains(word.toLowerCase(Locale.ROOT));
    }
}
