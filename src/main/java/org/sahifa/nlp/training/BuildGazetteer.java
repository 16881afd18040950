package org.sahifa.nlp.training;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sahifa.nlp.ArabicWords;
import org.sahifa.nlp.Gazetteer;
import org.sahifa.nlp.Gazetteer.Kind;

/**
 * Writes the compact gazetteer resource ({@code resources/nlp/gazetteer.tsv}) from CLDR (through ICU4J) and the
 * name lists in {@code ../shared/data/gazetteers}. Run from the project folder:
 *
 * <pre>{@code mvn -q -B compile exec:java -Dexec.mainClass=org.sahifa.nlp.training.BuildGazetteer}</pre>
 *
 * Optional arguments: the shared data folder (default {@code ../shared/data}) and the output file.
 */
public final class BuildGazetteer {
    /** A Wikidata name word seen at least this often counts as frequent. */
    static final int FREQUENT_NAME_COUNT = 20;
    /** Latin name forms seen fewer times than this are dropped (noise such as "in", "of"). */
    static final int MIN_LATIN_NAME_COUNT = 3;

    static final int MIN_LATIN_NAME_LENGTH = 3;
    /** Administrative words that open some city names («ولاية قندهار»); the name is also listed without them. */
    static final List<String> ADMIN_PREFIXES =
            List.of("ولايه ", "محافظه ", "مدينه ", "اقليم ", "منطقه ", "مقاطعه ", "مركز ", "مطار ", "قضاء ", "ناحيه ");
    /**
     * A city of at least this many people is not dropped as an everyday word when the corpora saw it inside a name at
     * least once: «مسقط» (5 times in «مسقط رأسه», once the capital) stays; «معرفة», «أبيض», «إنسان», also names of
     * large towns but never seen as names, go.
     */
    static final int LARGE_CITY_POPULATION = 100_000;
    /** … unless the corpora saw it outside names this often: «الجديدة» (the new; also a Moroccan city) goes. */
    static final int OVERWHELMING_EVERYDAY_COUNT = 50;
    /** English names of the Arab countries in world-cities.csv, whose large cities get their common spellings too. */
    static final Set<String> ARAB_COUNTRIES = Set.of(
            "Jordan",
            "Palestinian Territory Occupied",
            "United Arab Emirates",
            "Bahrain",
            "Algeria",
            "Sudan",
            "Somalia",
            "Iraq",
            "Kuwait",
            "Morocco",
            "Saudi Arabia",
            "Yemen",
            "Tunisia",
            "Comoros",
            "Djibouti",
            "Syria",
            "Oman",
            "Qatar",
            "Lebanon",
            "Libya",
            "Egypt",
            "Mauritania");

    /** Corrections to the city file's Arabic names and large cities it lacks ({@code city-names.tsv}), by English name. */
    private static final Map<String, CityName> CITY_NAMES = cityNames();

    /** A word seen outside names at least this often in the corpora may be an everyday word. */
    static final int EVERYDAY_MIN_COUNT = 5;
    /** ... and it is one if it is inside a name less often than this share of its occurrences. */
    static final double EVERYDAY_MAX_NAME_SHARE = 0.2;
    /** A multi-word sequence tagged as one place at least this often in the training part is a corpus place … */
    static final int CORPUS_PLACE_MIN_COUNT = 2;
    /** … if it is tagged so in at least this share of the places where it stands. */
    static final double CORPUS_PLACE_MIN_SHARE = 0.6;

    private final Map<Kind, Set<String>> entries = new EnumMap<>(Kind.class);
    /** Normalised names (and spellings) of cities of at least {@link #LARGE_CITY_POPULATION} people. */
    private final Set<String> largeCities = new TreeSet<>();
    /** The spellings {@link CitySpellings} added beside a listed name, dropped again if they are a person's name. */
    private final Set<String> addedSpellings = new TreeSet<>();

    private BuildGazetteer() {
        for (Kind k : Kind.values()) {
            entries.put(k, new TreeSet<>());
        }
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path out = Path.of(args.length > 1 ? args[1] : "resources/nlp/gazetteer.tsv");
        BuildGazetteer builder = new BuildGazetteer();
        builder.addCldr();
        Path gaz = data.resolve("gazetteers");
        builder.addWorldCities(gaz.resolve("world-cities.csv"));
        builder.addNameWords(gaz.resolve("wikidata-name-tokens.tsv"));
        builder.addList(gaz.resolve("male-first-names-in-arabic.txt"), Kind.GIVEN);
        builder.addList(gaz.resolve("female-first-names-in-arabic.txt"), Kind.GIVEN);
        builder.addList(gaz.resolve("last-names-in-arabic.txt"), Kind.FAMILY);
        builder.dropEverydayWords(data.resolve("ner"));
        builder.addCorpusPlaces(data.resolve("ner"));
        builder.write(out);
    }

    private void addPlace(String arabicName) {
        String norm = String.join(" ", ArabicWords.normalize(arabicName).trim().split("[\\s\\u200f\\u200e]+"));
        if (norm.isEmpty() || !ArabicWords.isArabic(norm)) {
            return;
        }
        entries.get(Kind.PLACE).add(norm);
        int paren = norm.indexOf('(');
        if (paren > 0) {
            addPlace(norm.substring(0, paren)); // «باتي (الكاميرون)», «ميانمار (بورما)»: the name before its qualifier
        }
        for (String prefix : ADMIN_PREFIXES) {
            if (norm.startsWith(prefix) && norm.length() > prefix.length() + 2) {
                entries.get(Kind.PLACE).add(norm.substring(prefix.length()));
            }
        }
    }

    /** A country's one-word second name CLDR gives in brackets: «بورما» of «ميانمار (بورما)»; empty if none. */
    static String alternativeName(String name) {
        int open = name.indexOf('(');
        int close = name.indexOf(')', open + 1);
        String inside =
                open >= 0 && close > open ? name.substring(open + 1, close).strip() : "";
        return inside.contains(" ") ? "" : inside; // not «منطقة إدارية خاصة» (special administrative region)
    }

    private void addLatinPlace(String englishName) {
        String lower = englishName.trim().toLowerCase(Locale.ROOT);
        if (lower.length() >= 3 && lower.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-')) {
            entries.get(Kind.LATIN_PLACE).add(lower);
        }
    }

    /** CLDR: Arabic and English names of countries/territories (long and short) and time-zone exemplar cities. */
    private void addCldr() {
        ULocale arabic = new ULocale("ar");
        List<LocaleDisplayNames> arabicNames = List.of(
                LocaleDisplayNames.getInstance(arabic),
                LocaleDisplayNames.getInstance(arabic, DisplayContext.LENGTH_SHORT));
        LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        for (String region : ULocale.getISOCountries()) {
            for (LocaleDisplayNames names : arabicNames) {
                String name = names.regionDisplayName(region);
                if (name != null && !name.equals(region)) {
                    addPlace(name);
                    addPlace(alternativeName(name));
                }
            }
            addLatinPlace(english.regionDisplayName(region));
        }
        TimeZoneNames arabicZones = TimeZoneNames.getInstance(arabic);
        TimeZoneNames englishZones = TimeZoneNames.getInstance(ULocale.ENGLISH);
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String city = arabicZones.getExemplarLocationName(id);
            if (city != null) {
                addPlace(city);
            }
            String englishCity = englishZones.getExemplarLocationName(id);
            if (englishCity != null) {
                addLatinPlace(englishCity);
            }
        }
    }

    /**
     * world-cities.csv: CountryNameAr,CountryNameEn,CityNameAr,CityNameEn,Population (quoted fields), with the
     * corrections and additions of {@code city-names.tsv}: a row whose Arabic column names something else («فاموتيدين»,
     * a drug, for Mosul) gets the city's name, and large Arab cities the file lacks («صنعاء») are added.
     */
    private void addWorldCities(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = splitCsv(line);
            if (fields.size() < 4) {
                continue;
            }
            CityName fix = CITY_NAMES.get(fields.get(3));
            if (fix != null && fix.country().isEmpty()) {
                fields = new ArrayList<>(fields);
                fields.set(2, fix.arabic());
            }
            addCity(fields);
        }
        for (CityName city : CITY_NAMES.values()) {
            if (!city.country().isEmpty()) {
                addCity(List.of("", city.country(), city.arabic(), city.english(), city.population()));
            }
        }
    }

    /** One city row: its country's and its own names, and for a large city its common spellings. */
    private void addCity(List<String> fields) {
        addPlace(fields.get(0));
        addPlace(fields.get(2));
        addLatinPlace(fields.get(1));
        addLatinPlace(fields.get(3));
        if (fields.size() > 4 && population(fields.get(4)) >= LARGE_CITY_POPULATION) {
            List<String> names = CitySpellings.of(
                    withoutAdminPrefix(ArabicWords.normalize(fields.get(2)).strip()),
                    ARAB_COUNTRIES.contains(fields.get(1)));
            names.forEach(this::addPlace);
            largeCities.addAll(names);
            addedSpellings.addAll(names.subList(1, names.size()));
        }
    }

    /** A row of {@code city-names.tsv}: a correction (no country) or a city the file lacks. */
    private record CityName(String english, String arabic, String country, String population) {}

    private static Map<String, CityName> cityNames() {
        Map<String, CityName> names = new HashMap<>();
        for (List<String> row : org.sahifa.lexicon.WordList.load("city-names").rows()) {
            String country = row.size() > 2 ? row.get(2) : "";
            String population = row.size() > 3 ? row.get(3) : "";
            names.put(row.get(0), new CityName(row.get(0), row.get(1), country, population));
        }
        return names;
    }

    private static long population(String field) {
        try {
            return Long.parseLong(field.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String withoutAdminPrefix(String norm) {
        for (String prefix : ADMIN_PREFIXES) {
            if (norm.startsWith(prefix) && norm.length() > prefix.length() + 2) {
                return norm.substring(prefix.length());
            }
        }
        return norm;
    }

    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** wikidata-name-tokens.tsv: arabic, latin, count; one word may come with several Latin forms. */
    private void addNameWords(Path tsv) throws IOException {
        Map<String, Integer> arabicCounts = new HashMap<>();
        Map<String, Integer> latinCounts = new HashMap<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                continue;
            }
            int count = Integer.parseInt(f[2].trim());
            String word = ArabicWords.normalize(f[0].trim());
            if (word.length() >= 2 && ArabicWords.isArabic(word) && word.indexOf(' ') < 0) {
                arabicCounts.merge(word, count, Integer::sum);
            }
            String latin = f[1].trim().toLowerCase(Locale.ROOT);
            if (latin.length() >= MIN_LATIN_NAME_LENGTH && latin.chars().allMatch(Character::isLetter)) {
                latinCounts.merge(latin, count, Integer::sum);
            }
        }
        arabicCounts.forEach(
                (word, count) -> entries.get(count >= FREQUENT_NAME_COUNT ? Kind.NAME_FREQUENT : Kind.NAME_RARE)
                        .add(word));
        latinCounts.forEach((latin, count) -> {
            if (count >= MIN_LATIN_NAME_COUNT) {
                entries.get(Kind.LATIN_NAME).add(latin);
            }
        });
    }

    private void addList(Path file, Kind kind) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String word = ArabicWords.normalize(line.trim());
            if (!word.isEmpty()) {
                entries.get(kind).add(word);
            }
        }
    }

    /**
     * Removes one-word places and Arabic name words that the annotated corpora show to be everyday words (for
     * example a town called «رئيس» or the name word «الي»): seen outside names at least {@link #EVERYDAY_MIN_COUNT}
     * times and inside names less than {@link #EVERYDAY_MAX_NAME_SHARE} of the time. Those words are listed as
     * {@link Kind#COMMON}, which keeps them from being carried through a document as names. Only the training part
     * of anercorp-train is read, and NewsFANE without the sentences that overlap the development split.
     */
    private void dropEverydayWords(Path nerDir) throws IOException {
        Map<String, int[]> counts = new HashMap<>(); // stem -> {outside names, inside names}
        ConllCorpus.Split aner = ConllCorpus.split(ConllCorpus.read(nerDir.resolve("anercorp-train.conll")));
        List<ConllCorpus.Sentence> newsfane = new ArrayList<>();
        for (ConllCorpus.Sentence s : ConllCorpus.read(nerDir.resolve("newsfane-gold.conll"))) {
            newsfane.add(ConllCorpus.attachProclitics(s));
        }
        List<ConllCorpus.Sentence> sentences = new ArrayList<>(aner.train());
        sentences.addAll(ConllCorpus.withoutOverlap(newsfane, aner.dev()));
        for (ConllCorpus.Sentence s : sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                int[] c = counts.computeIfAbsent(ArabicWords.stem(s.tokens().get(i)), k -> new int[2]);
                c[s.tags().get(i).equals("O") ? 0 : 1]++;
            }
        }
        counts.forEach((stem, c) -> {
            if (isEveryday(c) && ArabicWords.isArabic(stem) && !isProtectedCity(stem, c)) {
                entries.get(Kind.COMMON).add(stem);
            }
        });
        for (Kind kind : List.of(Kind.PLACE, Kind.NAME_FREQUENT, Kind.NAME_RARE, Kind.GIVEN, Kind.FAMILY)) {
            entries.get(kind).removeIf(entry -> {
                int[] c = counts.get(entry);
                return entry.indexOf(' ') < 0
                        && c != null
                        && isEveryday(c)
                        && !(kind == Kind.PLACE && isProtectedCity(entry, c));
            });
        }
        // «الخليل» → «خليل», «الرياض» → «رياض»: a spelling without the article that is a person's name is not added
        entries.get(Kind.PLACE)
                .removeIf(entry -> addedSpellings.contains(entry)
                        && (isPersonNameWord(entry) || counts.containsKey(entry) && isEveryday(counts.get(entry))));
    }

    /**
     * Multi-word places of the training part of anercorp-train that no other list has: a word sequence tagged as one
     * place at least {@link #CORPUS_PLACE_MIN_COUNT} times and in at least {@link #CORPUS_PLACE_MIN_SHARE} of the
     * places where it stands («الضفة الغربية», «الشرق الأوسط», «البحر الأحمر»). The first word is listed without its
     * proclitics («بالشرق الأوسط» counts as «الشرق الأوسط»).
     */
    private void addCorpusPlaces(Path nerDir) throws IOException {
        List<ConllCorpus.Sentence> train = ConllCorpus.split(ConllCorpus.read(nerDir.resolve("anercorp-train.conll")))
                .train();
        Map<String, int[]> counts = new HashMap<>(); // phrase -> {tagged as one place, standing anywhere}
        for (ConllCorpus.Sentence s : train) {
            List<String> tags = s.tags();
            for (int i = 0; i < tags.size(); i++) {
                int end = i + 1;
                while (end < tags.size() && tags.get(end).equals("I-LOC")) {
                    end++;
                }
                if (tags.get(i).equals("B-LOC") && end - i > 1 && end - i <= Gazetteer.MAX_PHRASE) {
                    counts.computeIfAbsent(phrase(s.tokens(), i, end), k -> new int[2])[0]++;
                }
            }
        }
        for (ConllCorpus.Sentence s : train) {
            for (int i = 0; i < s.tokens().size(); i++) {
                for (int end = i + 2; end <= Math.min(s.tokens().size(), i + Gazetteer.MAX_PHRASE); end++) {
                    int[] c = counts.get(phrase(s.tokens(), i, end));
                    if (c != null) {
                        c[1]++;
                    }
                }
            }
        }
        Set<String> places = entries.get(Kind.PLACE);
        counts.forEach((phrase, c) -> {
            if (c[0] >= CORPUS_PLACE_MIN_COUNT
                    && c[0] >= CORPUS_PLACE_MIN_SHARE * c[1]
                    && !places.contains(phrase)
                    && !isListedUnderAnotherReading(phrase, counts.keySet())
                    && !joinsTwoPlaces(phrase)) {
                entries.get(Kind.CORPUS_PLACE).add(phrase);
            }
        });
    }

    /**
     * True if the phrase is listed, or counted, with its first word read without a proclitic («وتل ابيب» is «تل
     * ابيب», «لهونج كونج» is «هونج كونج»): the recogniser tries those readings itself.
     */
    private boolean isListedUnderAnotherReading(String phrase, Set<String> counted) {
        int space = phrase.indexOf(' ');
        String first = phrase.substring(0, space);
        for (String reading : ArabicWords.procliticSplits(first)) {
            String other = reading + phrase.substring(space);
            if (!reading.equals(first) && (entries.get(Kind.PLACE).contains(other) || counted.contains(other))) {
                return true;
            }
        }
        return false;
    }

    /** True for two listed places joined by «و» that the corpus tagged as one («ايطاليا وفرنسا»). */
    private boolean joinsTwoPlaces(String phrase) {
        for (String word : phrase.substring(phrase.indexOf(' ') + 1).split(" ")) {
            if (word.startsWith("و") && entries.get(Kind.PLACE).contains(word.substring(1))) {
                return true;
            }
        }
        return false;
    }

    /** Normalised words {@code from} to {@code to}, the first without its proclitics when a reading has the article. */
    private static String phrase(List<String> tokens, int from, int to) {
        String first = ArabicWords.normalize(tokens.get(from));
        for (String reading : ArabicWords.procliticSplits(first)) {
            if (reading.startsWith("ال")) {
                first = reading;
                break;
            }
        }
        StringBuilder sb = new StringBuilder(first);
        for (int k = from + 1; k < to; k++) {
            sb.append(' ').append(ArabicWords.normalize(tokens.get(k)));
        }
        return sb.toString();
    }

    /** A large city the corpora saw inside a name at least once and not overwhelmingly outside names. */
    private boolean isProtectedCity(String stem, int[] c) {
        return largeCities.contains(stem)
                && !addedSpellings.contains(stem)
                && c[1] > 0
                && c[0] < OVERWHELMING_EVERYDAY_COUNT;
    }

    private boolean isPersonNameWord(String word) {
        for (Kind kind : List.of(Kind.GIVEN, Kind.FAMILY, Kind.NAME_FREQUENT, Kind.NAME_RARE)) {
            if (entries.get(kind).contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Counts {outside names, inside names} of a word that is mostly an everyday word. */
    private static boolean isEveryday(int[] c) {
        return c[0] >= EVERYDAY_MIN_COUNT && c[1] < EVERYDAY_MAX_NAME_SHARE * (c[0] + c[1]);
    }

    private void write(Path out) throws IOException {
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Sahifa gazetteer, generated by org.sahifa.nlp.training.BuildGazetteer; do not edit.\n");
            w.write("# Sources: CLDR via ICU4J (Unicode licence); world-cities-translations (CC BY 4.0);\n");
            w.write("# Everyday words filtered out with ANERcorp (CC BY-SA 4.0) and NewsFANE Gold (CC BY-SA 3.0);"
                    + " corpus places from ANERcorp.\n");
            w.write("# Wikidata person-name words from NETransliteration-COLING2018 (CC0 1.0);"
                    + " arabic-names by AKhateeb (MIT).\n");
            for (Map.Entry<Kind, Set<String>> e : entries.entrySet()) {
                for (String entry : e.getValue()) {
                    w.write(e.getKey().name() + "\t" + entry + "\n");
                }
            }
        }
    }
}
