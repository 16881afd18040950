package org.sahifa.nlp.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import org.sahifa.nlp.ArabicWords;
import org.sahifa.nlp.NameModel;
import org.sahifa.nlp.TextTokens;
import org.sahifa.nlp.training.ConllCorpus.Sentence;
import org.sahifa.text.TextCleaner;

/**
 * Projects the article-level gold of the news evaluation set (docs/news-eval.md: people, locations and organizations
 * as lists of aliases, plus {@code optional} names) onto the tokens the recogniser reads, as CoNLL training
 * sentences. Each line of the materialised article is cleaned and split into sentences by {@link TextTokens}, as at
 * analysis time; every occurrence of an alias is tagged in BIO (PERS, LOC, ORG), longest match first, whole tokens
 * compared in {@link ArabicWords#normalize normalised} form. A first token that carries a proclitic («و», «ف», «ب»,
 * «ل», «ك», «لل» for «ل» + «ال») is tagged with the name, as ANERcorp tags «ولبنان» and «بالعراق» (B-LOC).
 *
 * <p>A sentence in which an {@code optional} name occurs is dropped ({@link Optional#DROP}) or kept with the name
 * left O ({@link Optional#KEEP_AS_O}). Run from the project folder, after the materialiser ({@code eval/news/score.sh}
 * writes {@code target/news-eval/}):
 *
 * <pre>{@code mvn -q -B compile exec:java -Dexec.mainClass=org.sahifa.nlp.training.NewsGoldTokens
 *     -Dexec.args="dev,held target/news-gold.conll"}</pre>
 *
 * <p>Training reads the splits directly ({@link #fromProperties}); the written file is for reading the projection.
 * Never give it blind11 or later: those are the round's unread headline sets.
 */
public final class NewsGoldTokens {
    private static final Logger LOG = Logger.getLogger(NewsGoldTokens.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Gold of each split, committed with the tests. */
    static final Path GOLD_DIR = Path.of("src/test/resources/news-eval");
    /** The articles' texts, written by {@code NewsEvalMaterialiser}. */
    static final Path TEXT_DIR = Path.of("target/news-eval");

    /** Splits whose errors were read (docs/news-eval.md): the only ones training may use. */
    public static final List<String> DEVELOPMENT_SPLITS = List.of(
            "dev", "held", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10");

    /** Comma-separated splits to add to training; none by default. */
    static final String SPLITS_PROPERTY = "sahifa.train.news";
    /** How many times each news sentence is given to the trainer (the news is about a third of ANERcorp's size). */
    static final String REPEAT_PROPERTY = "sahifa.train.newsRepeat";
    /**
     * {@code drop} (default), {@code o} or {@code model}: what a sentence with an optional name becomes
     * ({@link Optional}).
     */
    static final String OPTIONAL_PROPERTY = "sahifa.train.newsOptional";

    /** What to do with a sentence in which an optional name occurs. */
    public enum Optional {
        DROP,
        KEEP_AS_O,
        /**
         * The sentence is kept; where the gold is silent (an optional name, or a MISC the news gold has no class for),
         * a tagger trained on ANERcorp alone gives the tags ({@link #fillFrom}).
         */
        MODEL_TAGS
    }

    private static final String OPTIONAL_TYPE = "optional";
    private static final String CONJUNCTIONS = "وف";
    private static final String PREPOSITIONS = "بلك";

    /** One alias: its normalised tokens and the type it is tagged with. */
    record Alias(List<String> words, String type) {}

    private final List<Alias> aliases;
    private final Optional optional;
    /** BIO tags of a sentence from a model trained without the news; only with {@link Optional#MODEL_TAGS}. */
    private Function<List<String>, List<String>> silver;

    private NewsGoldTokens(List<Alias> aliases, Optional optional) {
        this.aliases = aliases;
        this.optional = optional;
    }

    /** Gives the tagger whose names fill the gold's silences ({@link Optional#MODEL_TAGS}). */
    NewsGoldTokens fillFrom(Function<List<String>, List<String>> tagger) {
        this.silver = tagger;
        return this;
    }

    /** The projector for one article's gold entry. */
    static NewsGoldTokens forArticle(JsonNode article, Optional optional) {
        List<Alias> aliases = new ArrayList<>();
        addGroups(aliases, article.get("people"), "PERS");
        addGroups(aliases, article.get("locations"), "LOC");
        addGroups(aliases, article.get("organizations"), "ORG");
        JsonNode optionalNames = article.get("optional");
        if (optionalNames != null) {
            for (JsonNode name : optionalNames) {
                addAlias(aliases, name.asText(), OPTIONAL_TYPE);
            }
        }
        // Longest first; at equal length a name before an optional one (stable sort keeps gold order otherwise).
        aliases.sort(Comparator.comparingInt((Alias a) -> -a.words().size())
                .thenComparing(a -> a.type().equals(OPTIONAL_TYPE)));
        return new NewsGoldTokens(aliases, optional);
    }

    private static void addGroups(List<Alias> aliases, JsonNode groups, String type) {
        if (groups == null) {
            return;
        }
        for (JsonNode group : groups) {
            for (JsonNode alias : group) {
                addAlias(aliases, alias.asText(), type);
            }
        }
    }

    private static void addAlias(List<Alias> aliases, String text, String type) {
        List<String> words = new ArrayList<>();
        for (List<TextTokens.Token> sentence : TextTokens.sentences(TextCleaner.clean(text))) {
            for (TextTokens.Token t : sentence) {
                words.add(ArabicWords.normalize(t.text()));
            }
        }
        if (!words.isEmpty()) {
            aliases.add(new Alias(words, type));
        }
    }

    /** The article's sentences, tagged; those the optional policy drops are left out. */
    List<Sentence> project(String text) {
        List<Sentence> out = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            String cleaned = TextCleaner.clean(line);
            for (List<TextTokens.Token> sentence : TextTokens.sentences(cleaned)) {
                List<String> tokens =
                        sentence.stream().map(TextTokens.Token::text).toList();
                Sentence tagged = tag(tokens);
                if (tagged != null) {
                    out.add(tagged);
                }
            }
        }
        return out;
    }

    /** BIO tags of one sentence, or null when it holds an optional name and those sentences are dropped. */
    Sentence tag(List<String> tokens) {
        List<String> words = tokens.stream().map(ArabicWords::normalize).toList();
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, "O");
        boolean[] optionalName = new boolean[tokens.size()];
        int i = 0;
        while (i < words.size()) {
            Alias match = longestAt(words, i);
            if (match == null) {
                i++;
                continue;
            }
            if (match.type().equals(OPTIONAL_TYPE)) {
                if (optional == Optional.DROP) {
                    return null;
                }
                Arrays.fill(optionalName, i, i + match.words().size(), true);
            } else {
                tags[i] = "B-" + match.type();
                for (int k = 1; k < match.words().size(); k++) {
                    tags[i + k] = "I-" + match.type();
                }
            }
            i += match.words().size();
        }
        if (optional == Optional.MODEL_TAGS && silver != null) {
            fillSilences(tags, optionalName, silver.apply(tokens));
        }
        return new Sentence(tokens, List.of(tags));
    }

    /**
     * Copies each name of {@code model} that lies wholly where the gold tags nothing and is either a MISC or wholly
     * inside an optional name.
     */
    static void fillSilences(String[] tags, boolean[] optionalName, List<String> model) {
        int start = 0;
        while (start < model.size()) {
            if (!model.get(start).startsWith("B-") && !model.get(start).startsWith("I-")) {
                start++;
                continue;
            }
            String type = model.get(start).substring(2);
            int end = start + 1;
            while (end < model.size() && model.get(end).equals("I-" + type)) {
                end++;
            }
            boolean silent = true;
            boolean allOptional = true;
            for (int k = start; k < end; k++) {
                silent &= tags[k].equals("O");
                allOptional &= optionalName[k];
            }
            if (silent && (type.equals("MISC") || allOptional)) {
                for (int k = start; k < end; k++) {
                    tags[k] = (k == start ? "B-" : "I-") + type;
                }
            }
            start = end;
        }
    }

    private Alias longestAt(List<String> words, int i) {
        for (Alias alias : aliases) {
            List<String> a = alias.words();
            if (i + a.size() > words.size() || !firstWordMatches(words.get(i), a.get(0))) {
                continue;
            }
            if (words.subList(i + 1, i + a.size()).equals(a.subList(1, a.size()))) {
                return alias;
            }
        }
        return null;
    }

    /**
     * The token is the alias's first word, bare or after proclitics: a conjunction («و», «ف») and/or a preposition
     * («ب», «ل», «ك»); «ل» before «ال» drops the article's alef («للسعودية»).
     */
    static boolean firstWordMatches(String token, String word) {
        if (token.equals(word)) {
            return true;
        }
        if (!token.endsWith(word) && !(word.startsWith("ال") && token.endsWith(word.substring(1)))) {
            return false;
        }
        String prefix = token.endsWith(word)
                ? token.substring(0, token.length() - word.length())
                : token.substring(0, token.length() - word.length() + 1);
        boolean lamBeforeArticle = !token.endsWith(word);
        if (lamBeforeArticle && !prefix.endsWith("ل")) {
            return false;
        }
        return isProcliticRun(prefix, lamBeforeArticle);
    }

    private static boolean isProcliticRun(String prefix, boolean mustEndWithLam) {
        if (prefix.isEmpty() || prefix.length() > 2) {
            return false;
        }
        int p = 0;
        if (CONJUNCTIONS.indexOf(prefix.charAt(0)) >= 0) {
            p = 1;
        }
        if (p < prefix.length()) {
            char c = prefix.charAt(p);
            if (PREPOSITIONS.indexOf(c) < 0 || p + 1 != prefix.length()) {
                return false;
            }
            return !mustEndWithLam || c == 'ل';
        }
        return !mustEndWithLam;
    }

    /** The projected sentences of every article of {@code split}. */
    static List<Sentence> readSplit(String split, Optional optional) throws IOException {
        return readSplit(split, optional, null);
    }

    private static List<Sentence> readSplit(
            String split, Optional optional, Function<List<String>, List<String>> silver) throws IOException {
        if (!DEVELOPMENT_SPLITS.contains(split)) {
            throw new IllegalArgumentException(split + " is not a development split: it must stay unread");
        }
        JsonNode gold = JSON.readTree(GOLD_DIR.resolve(split + ".json").toFile());
        List<Sentence> out = new ArrayList<>();
        for (JsonNode article : gold.get("articles")) {
            Path file = TEXT_DIR.resolve(split).resolve(article.get("file").asText());
            if (!Files.exists(file)) {
                throw new IOException(file + " is missing: materialise the news set first (eval/news/score.sh)");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            out.addAll(forArticle(article, optional).fillFrom(silver).project(text));
        }
        return out;
    }

    /** The projected sentences of several splits. */
    public static List<Sentence> read(List<String> splits, Optional optional) throws IOException {
        Function<List<String>, List<String>> silver = null;
        if (optional == Optional.MODEL_TAGS) {
            // The bundled model must be the one trained on ANERcorp alone (TrainModel without news options).
            NameModel model = NameModel.load();
            silver = tokens -> Arrays.asList(model.tagDocument(List.<String[]>of(tokens.toArray(String[]::new)))
                    .get(0));
        }
        List<Sentence> out = new ArrayList<>();
        for (String split : splits) {
            out.addAll(readSplit(split, optional, silver));
        }
        return out;
    }

    static Optional optionalPolicy(String name) {
        return switch (name) {
            case "o" -> Optional.KEEP_AS_O;
            case "model" -> Optional.MODEL_TAGS;
            default -> Optional.DROP;
        };
    }

    /**
     * The news sentences the system properties ask training to add ({@value #SPLITS_PROPERTY}, each repeated
     * {@value #REPEAT_PROPERTY} times), or none.
     */
    static List<Sentence> fromProperties() throws IOException {
        String splits = System.getProperty(SPLITS_PROPERTY, "");
        if (splits.isBlank()) {
            return List.of();
        }
        List<String> names = splits.equals("all")
                ? DEVELOPMENT_SPLITS
                : Arrays.stream(splits.split(",")).map(String::trim).toList();
        Optional optional = optionalPolicy(System.getProperty(OPTIONAL_PROPERTY, "drop"));
        List<Sentence> once = read(names, optional);
        int repeat = Integer.getInteger(REPEAT_PROPERTY, 1);
        List<Sentence> out = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            out.addAll(once);
        }
        LOG.info(() -> "news " + names + ": " + once.size() + " sentences, optional " + optional + ", repeated "
                + repeat + " times");
        return out;
    }

    public static void main(String[] args) throws IOException {
        List<String> splits =
                args.length > 0 && !args[0].equals("all") ? Arrays.asList(args[0].split(",")) : DEVELOPMENT_SPLITS;
        Path out = Path.of(args.length > 1 ? args[1] : "target/news-gold.conll");
        Optional optional = optionalPolicy(args.length > 2 ? args[2] : "drop");
        List<Sentence> sentences = read(splits, optional);
        ConllCorpus.writeConll(sentences, out);
        long names = sentences.stream()
                .flatMap(s -> s.tags().stream())
                .filter(t -> t.startsWith("B-"))
                .count();
        long tokens = sentences.stream().mapToLong(s -> s.tokens().size()).sum();
        LOG.info(() -> sentences.size() + " sentences, " + tokens + " tokens, " + names + " names written to " + out);
    }
}
