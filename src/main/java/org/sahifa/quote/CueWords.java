package org.sahifa.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahifa.lexicon.Lexicon;
import org.sahifa.lexicon.WordList;

/**
 * Words that say "someone said this": speech verbs in all persons and genders (قال، قالت، يقول،
 * قالوا، قائلا…), relays that name a source (بحسب، وفق، نقلا عن، على لسان), the noun in
 * «نقل عن فلان قوله», and «من جانبه/من جهتها». Lookups take a folded word ({@link ArabicText#fold})
 * and accept a leading و or ف.
 */
final class CueWords {
    /** What kind of cue a word is. */
    enum Kind {
        /** A finite speech verb; its subject may follow it: «وقال لافروف». */
        VERB,
        /** «نقل» and its forms: the speaker is whoever follows «عن», not the subject. */
        REPORT,
        /** An active participle with the subject of the sentence as speaker: «معتبرا». */
        PARTICIPLE,
        /** A preposition naming the source: «بحسب»، «وفق». */
        RELAY,
        /** «قوله» in «نقل عن فلان قوله». */
        QUOTING_NOUN,
        /** «جانبه» in «من جانبه»: the speaker is someone just named. */
        FOR_ONES_PART
    }

    /**
     * One cue word form.
     *
     * @param preposition the folded preposition the verb takes for its object ("ب" for «ندد ب»), or ""
     * @param objectSuffix true for a form carrying an object pronoun («وصفها»), after which a name is rarely the subject
     */
    record Cue(Kind kind, Gender gender, String preposition, boolean objectSuffix) {}

    /**
     * Speech verbs: past (3rd person masculine singular), present stem after the person prefix,
     * active participle (masculine, without ending or "" when it means something else), and the
     * preposition of its object.
     */
    private static final List<String[]> VERBS = rows("speech-verbs", 4);

    /** Irregular forms (weak verbs) with their gender. */
    private static final List<String[]> IRREGULAR = rows("speech-verbs-irregular", 2);

    /** The verb whose source follows «عن»: «نقلت وكالة عن الوزير قوله». */
    private static final String REPORTING_VERB = "نقل";

    private static final String[] OBJECT_SUFFIXES = {"ه", "ها", "هم", "هما"};

    private static final Map<String, Cue> CUES = build();

    private CueWords() {}

    /** The cue a folded word is, with or without a leading و/ف, or null. */
    static Cue lookup(String folded) {
        return CUES.get(folded);
    }

    /**
     * The cue the word at token {@code i} is, like {@link #lookup}; also «بيّن» («وبين أن …», «وبينت: "…"»), which
     * without its shadda is written as the preposition «بين» and is read as a verb only before «أن», a colon or a
     * quotation, and «جاء» before «في» ({@link #cameIn}).
     */
    static Cue lookupAt(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!t.isWord()) {
            return null;
        }
        Cue cue = lookup(t.folded());
        if (cue != null || i + 1 >= toks.size()) {
            return cue;
        }
        String w = t.folded().startsWith("و") || t.folded().startsWith("ف")
                ? t.folded().substring(1)
                : t.folded();
        Token next = toks.get(i + 1);
        if (cameIn(w, next) != null) {
            return cameIn(w, next);
        }
        boolean saysNext = next.isPunctuation(':')
                || next.kind() == Token.Kind.QUOTATION
                || (next.isWord() && next.folded().equals("ان"));
        if (!saysNext) {
            return null;
        }
        return switch (w) {
            case "بين" -> new Cue(Kind.VERB, Gender.MASCULINE, "", false);
            case "بينت" -> new Cue(Kind.VERB, Gender.FEMININE, "", false);
            default -> null;
        };
    }

    /** «وجاء في البيان», «جاء في بيان الوزارة»: «جاء» before «في» introduces what a statement says. */
    private static Cue cameIn(String w, Token next) {
        return w.equals("جاء") && next.isWord() && next.folded().equals("في")
                ? new Cue(Kind.VERB, Gender.UNKNOWN, "", false)
                : null;
    }

    /** True when the last word of {@code text} is a speech verb or participle («… وقال»). */
    static boolean endsWithSpeechVerb(String text) {
        int end = text.length();
        int start = end;
        while (start > 0 && ArabicText.isWordChar(text.charAt(start - 1))) {
            start--;
        }
        if (start == end) {
            return false;
        }
        Cue cue = lookup(ArabicText.fold(text.substring(start, end)));
        return cue != null && (cue.kind() == Kind.VERB || cue.kind() == Kind.PARTICIPLE);
    }

    private static Map<String, Cue> build() {
        Map<String, Cue> map = new HashMap<>();
        for (String[] v : VERBS) {
            String prep = ArabicText.fold(v[3]);
            Kind kind = v[0].equals(REPORTING_VERB) ? Kind.REPORT : Kind.VERB;
            addVerb(map, kind, ArabicText.fold(v[0]), Gender.MASCULINE, prep);
            addVerb(map, kind, ArabicText.fold(v[0] + "ت"), Gender.FEMININE, prep);
            addVerb(map, kind, ArabicText.fold(v[0] + "وا"), Gender.PLURAL, prep);
            addVerb(map, kind, ArabicText.fold(v[0] + "ا"), Gender.PLURAL, prep);
            addVerb(map, kind, ArabicText.fold(v[0] + "تا"), Gender.PLURAL, prep);
            String present = v[1];
            addVerb(map, kind, ArabicText.fold("ي" + present), Gender.MASCULINE, prep);
            addVerb(map, kind, ArabicText.fold("ت" + present), Gender.FEMININE, prep);
            addVerb(map, kind, ArabicText.fold("ي" + present + "ون"), Gender.PLURAL, prep);
            addVerb(map, kind, ArabicText.fold("ن" + present), Gender.PLURAL, prep);
            if (!v[2].isEmpty()) {
                String participle = ArabicText.fold(v[2]);
                put(map, participle + "ا", new Cue(Kind.PARTICIPLE, Gender.MASCULINE, prep, false));
                put(map, participle + "ه", new Cue(Kind.PARTICIPLE, Gender.FEMININE, prep, false));
                put(map, participle + "ين", new Cue(Kind.PARTICIPLE, Gender.PLURAL, prep, false));
            }
        }
        for (String[] irregular : IRREGULAR) {
            Gender g = switch (irregular[1]) {
                case "m" -> Gender.MASCULINE;
                case "f" -> Gender.FEMININE;
                case "p" -> Gender.PLURAL;
                default -> Gender.UNKNOWN;
            };
            Kind kind = irregular[0].endsWith("يا") || irregular[0].endsWith("ية") ? Kind.PARTICIPLE : Kind.VERB;
            put(map, ArabicText.fold(irregular[0]), new Cue(kind, g, "", false));
        }
        for (String relay : Lexicon.words("relay-words")) {
            put(map, relay, new Cue(Kind.RELAY, Gender.UNKNOWN, "", false));
        }
        put(map, "قوله", new Cue(Kind.QUOTING_NOUN, Gender.MASCULINE, "", false));
        put(map, "قولها", new Cue(Kind.QUOTING_NOUN, Gender.FEMININE, "", false));
        put(map, "قولهم", new Cue(Kind.QUOTING_NOUN, Gender.PLURAL, "", false));
        put(map, "قولهما", new Cue(Kind.QUOTING_NOUN, Gender.PLURAL, "", false));
        for (String part : new String[] {"جانب", "جهت", "ناحيت"}) {
            put(map, part + "ه", new Cue(Kind.FOR_ONES_PART, Gender.MASCULINE, "", false));
            put(map, part + "ها", new Cue(Kind.FOR_ONES_PART, Gender.FEMININE, "", false));
            put(map, part + "هم", new Cue(Kind.FOR_ONES_PART, Gender.PLURAL, "", false));
        }
        Map<String, Cue> withConjunctions = new HashMap<>(map);
        map.forEach((form, cue) -> {
            if (form.length() > 2) {
                withConjunctions.putIfAbsent("و" + form, cue);
                withConjunctions.putIfAbsent("ف" + form, cue);
            }
        });
        return Map.copyOf(withConjunctions);
    }

    /** The entries of lexicon list {@code name}, each as {@code columns} strings ("" for a column left empty). */
    private static List<String[]> rows(String name, int columns) {
        List<String[]> out = new ArrayList<>();
        for (List<String> row : WordList.load(name).rows()) {
            String[] cells = new String[columns];
            for (int c = 0; c < columns; c++) {
                cells[c] = WordList.cell(row, c);
            }
            out.add(cells);
        }
        return List.copyOf(out);
    }

    private static void addVerb(Map<String, Cue> map, Kind kind, String form, Gender gender, String prep) {
        put(map, form, new Cue(kind, gender, prep, false));
        for (String suffix : OBJECT_SUFFIXES) {
            String base = form.endsWith("ا") && form.length() > 3 && gender == Gender.PLURAL
                    ? form.substring(0, form.length() - 1)
                    : form;
            put(map, base + suffix, new Cue(kind, gender, prep, true));
        }
    }

    /** Keeps the first meaning of a form: a plain verb wins over the same letters read as verb plus suffix. */
    private static void put(Map<String, Cue> map, String form, Cue cue) {
        map.putIfAbsent(form, cue);
    }
}
