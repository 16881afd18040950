package org.sahifa.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Interruption;
import org.sahifa.model.Mention;
import org.sahifa.nlp.TextTokens.Token;

/**
 * Document-level decisions over the tagged sentences of one article: clitics off displayed names, a name found once
 * found at every occurrence, a shorter form of a person's name («لافروف») joined to the longer one («سيرغي لافروف»),
 * and mentions grouped into entities named by their longest form.
 */
final class DocumentEntities {
    /** A tagged sentence of the article. */
    record TaggedSentence(int block, List<Token> tokens, SentenceWords words, String[] tags) {}

    /** Words of a name used as short forms must have at least this many letters. */
    static final int MIN_SHORT_FORM = 3;
    /** Particles that open a family name used on its own: «بن عمر» for «ليلى بن عمر», «أبو زيد». */
    static final Set<String> SHORT_FORM_PARTICLES = NameWords.SHORT_FORM_PARTICLES;
    /**
     * In a file of many articles (a CoNLL corpus) a one-word name form is carried to its other occurrences only if
     * at least this share of its occurrences was tagged already.
     */
    static final double MIN_TAGGED_SHARE = 0.5;

    private final List<String> blockTexts;
    private final List<TaggedSentence> sentences;
    private final Gazetteer gazetteer;
    /** True for a file of many articles without boundaries (a CoNLL corpus), false for one article. */
    private final boolean manyArticles;
    /** How often each normalised word stands alone (without clitics) in the article. */
    private final Map<String, Integer> wordCounts = new HashMap<>();
    /** Fewest letters a person's name may keep once a clitic is taken off its first word. */
    private static final int MIN_STRIPPED_NAME = 4;
    /** Kunya words that open a name and may carry a preposition: «بأم آدم», «لأبي مازن». */
    private static final java.util.Set<String> KUNYA_WORDS = java.util.Set.of("ام", "ابو", "ابي", "ابا");

    DocumentEntities(List<String> blockTexts, List<TaggedSentence> sentences, Gazetteer gazetteer) {
        this(blockTexts, sentences, gazetteer, false);
    }

    DocumentEntities(
            List<String> blockTexts, List<TaggedSentence> sentences, Gazetteer gazetteer, boolean manyArticles) {
        this.manyArticles = manyArticles;
        this.blockTexts = blockTexts;
        this.sentences = sentences;
        this.gazetteer = gazetteer;
        for (TaggedSentence s : sentences) {
            for (String norm : s.words().norm) {
                wordCounts.merge(norm, 1, Integer::sum);
            }
        }
    }

    List<Entity> entities() {
        List<NameSpan> spans =
                OrganisationForms.retype(FamilyNames.retype(spansFromTags(), sentences, gazetteer), this::key);
        Map<String, String> types = voteTypes(spans);
        spans = FamilyNames.joinAdjacent(
                propagate(spans, types),
                sentences,
                span -> types.getOrDefault(key(span), span.type()).equals("PERS"));
        return group(spans, types);
    }

    /**
     * The sentences' BIO tags with every other occurrence of a recognised name form tagged too (whole tokens, clitics
     * included, as CoNLL corpora tag them). Tags the sentences already carry are kept.
     */
    List<String[]> propagatedTags() {
        List<NameSpan> found = spansFromTags();
        List<String[]> out = new ArrayList<>();
        for (TaggedSentence s : sentences) {
            out.add(s.tags().clone());
        }
        for (NameSpan span : propagate(found, voteTypes(found))) {
            String[] tags = out.get(span.sentence());
            boolean free = true;
            for (int i = span.start(); i < span.end(); i++) {
                free &= tags[i].equals("O"); // else one of the spans the sentence came with
            }
            if (!free) {
                continue;
            }
            for (int i = span.start(); i < span.end(); i++) {
                tags[i] = (i == span.start() ? "B-" : "I-") + span.type();
            }
        }
        return out;
    }

    private List<NameSpan> spansFromTags() {
        List<NameSpan> spans = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            Interruption.check();
            String[] tags = sentences.get(si).tags();
            for (int i = 0; i < tags.length; i++) {
                if (!tags[i].startsWith("B-")) {
                    continue;
                }
                String type = tags[i].substring(2);
                int end = NameWords.chunkEnd(tags, i, type);
                if (!type.equals("MISC")) {
                    TaggedSentence sentence = sentences.get(si);
                    spans.add(new NameSpan(
                            si, i, end, type, sentence.words().norm[i], cliticChars(sentence, i, end, type)));
                }
                i = end - 1;
            }
        }
        return spans;
    }

    /**
     * Normalised letters to drop from the front of a name's first word: the most stripped reading that stands alone
     * elsewhere in the article («ولافروف» when «لافروف» occurs), else the least stripped reading that is listed
     * («وبنغازي» is «بنغازي», not «نغازي»), alone or with the rest of the name as a listed place («بمكة المكرمة») or
     * as a head word that opens names («وخليج عمان», «وشمال العراق»), else only an evident clitic before the article
     * («والولايات»). A name right after another of its type keeps no «و»: «قريتي ماسوندو وكيبارو». A person's name
     * of two words or more keeps its first letter unless the rest is a listed name of four letters or more or stands
     * alone in the article: «بيار» is not «يار», «فالنتينا» is not «ف» + «النتينا».
     */
    private int cliticChars(TaggedSentence s, int i, int end, String type) {
        if (type.equals("ORG") && OrganisationHeads.isHead(s.words().norm[i])) {
            return 0; // «كلية» is not ك + «لية»; «وكالة» not و + «كالة»
        }
        boolean person = type.equals("PERS");
        boolean fullName = person && end - i > 1; // a given name with more after it, not a lone word
        String norm = s.words().norm[i];
        if (person && PersonReadings.keepsWhole(norm)) {
            return 0; // «باسكاري» (Pascarie), not «ب» + «اسكاري»: news writes the whole form
        }
        if (fullName && KUNYA_WORDS.contains(norm.substring(1)) && "وفبل".indexOf(norm.charAt(0)) >= 0) {
            return 1; // «بأم آدم» is «ب» + «أم آدم»: too short for the readings below
        }
        List<String> readings = ArabicWords.procliticSplits(norm);
        String[] tags = s.tags();
        boolean coordinated =
                i > 0 && !tags[i - 1].equals("O") && tags[i - 1].substring(2).equals(tags[i].substring(2));
        if (coordinated && readings.size() > 1 && s.words().clitic[i].startsWith("و")) {
            return strippedLength(norm, readings.get(1));
        }
        for (int r = readings.size() - 1; r > 0; r--) {
            if (wordCounts.getOrDefault(readings.get(r), 0) > 0 && !gazetteer.isCommon(readings.get(r))) {
                return strippedLength(norm, readings.get(r));
            }
        }
        if (!isListed(norm)) {
            String rest = restOfName(s, i, end);
            for (int r = 1; r < readings.size(); r++) {
                String reading = readings.get(r);
                if (fullName && reading.length() < MIN_STRIPPED_NAME && !norm.equals("و" + reading)
                        || fullName && PersonReadings.isWeakLongStrip(norm, reading, gazetteer)) {
                    continue; // «بيار» is not «ب» + «يار»; «وعلي» is «و» + «علي»; «فلادمير» is not «فل» + «ادمير»
                }
                if (isListed(reading)
                        || !rest.isEmpty() && gazetteer.isPlace(reading + rest)
                        || NameWords.opensNames(reading)
                        || OrganisationHeads.isHead(reading)) {
                    return strippedLength(norm, reading);
                }
            }
        }
        int evident = ArabicWords.evidentCliticLength(norm);
        // a person's name seldom has the article, so only «و» is evident before it, not ب/ف/ك + ال
        boolean lamLam = evident > 0 && norm.startsWith("لل", evident - 1);
        return person && !lamLam ? Math.min(evident, norm.startsWith("و") ? 1 : 0) : evident;
    }

    /** The normalised words after the first of a name, each after a space: " المكرمه" of «بمكة المكرمة». */
    private static String restOfName(TaggedSentence s, int start, int end) {
        StringBuilder rest = new StringBuilder();
        for (int k = start + 1; k < end; k++) {
            rest.append(' ').append(s.words().norm[k]);
        }
        return rest.toString();
    }

    private boolean isListed(String word) {
        return gazetteer.isPlace(word) || gazetteer.nameKind(word) != null;
    }

    private static int strippedLength(String norm, String reading) {
        // «للعراق» reads «العراق»: only one letter goes although the lengths differ by one.
        return norm.endsWith(reading) ? norm.length() - reading.length() : norm.length() - reading.length() + 1;
    }

    /** The normalised words of a span as displayed (clitics off): the key that identifies a name form. */
    private String key(NameSpan span) {
        SentenceWords w = sentences.get(span.sentence()).words();
        String first = w.norm[span.start()].substring(span.cliticChars());
        StringBuilder sb = new StringBuilder(span.lamLam() ? "ا" + first.substring(1) : first);
        for (int i = span.start() + 1; i < span.end(); i++) {
            sb.append(' ').append(w.norm[i]);
        }
        return sb.toString();
    }

    /**
     * The form a span is grouped under: its {@link #key}, with its type added when it is a quoted organisation whose
     * form is otherwise of another type («"الرياض"», the paper, beside the city).
     */
    private String groupKey(NameSpan span, Map<String, String> types) {
        String key = key(span);
        String voted = types.get(key);
        boolean keepsType =
                voted != null && !voted.equals(span.type()) && OrganisationForms.isQuotedOrganisation(span, sentences);
        return keepsType ? key + '\u0000' + span.type() : key;
    }

    /**
     * The type each name form gets most often (first seen wins a tie). An organisation alone in quotation marks does
     * not vote: it keeps its type ({@link #groupKey}).
     */
    private Map<String, String> voteTypes(List<NameSpan> spans) {
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        for (NameSpan span : spans) {
            if (!OrganisationForms.isQuotedOrganisation(span, sentences)) {
                votes.computeIfAbsent(key(span), k -> new LinkedHashMap<>()).merge(span.type(), 1, Integer::sum);
            }
        }
        Map<String, String> types = new HashMap<>();
        votes.forEach((key, counts) -> types.put(
                key,
                counts.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey()));
        return types;
    }

    /** Adds a span at every other occurrence of a recognised name form, longest forms first. */
    private List<NameSpan> propagate(List<NameSpan> spans, Map<String, String> types) {
        Map<String, String> forms = new HashMap<>(types);
        for (NameSpan span : spans) {
            Interruption.check();
            if (span.type().equals("PERS") && span.end() - span.start() > 1) {
                SentenceWords w = sentences.get(span.sentence()).words();
                addShortForm(forms, key(span).split(" ")[0]);
                addShortForm(forms, w.norm[span.end() - 1]);
                for (int k = span.start() + 1; k + 1 < span.end(); k++) {
                    if (SHORT_FORM_PARTICLES.contains(w.norm[k])) {
                        // «بن عمر» after «ليلى بن عمر»: the family part from its particle on
                        addShortForm(forms, String.join(" ", List.of(w.norm).subList(k, span.end())));
                    }
                }
            } else if (span.type().equals("ORG") && OrganisationForms.nameAfterHead(key(span)) != null) {
                forms.putIfAbsent(OrganisationForms.nameAfterHead(key(span)), "ORG"); // «توتال» after «شركة توتال»
            }
        }
        Set<String> subjectOnly = FamilyNames.subjectOnly(spans, sentences, gazetteer);
        forms.keySet().removeIf(form -> form.indexOf(' ') < 0 && !usableAlone(form));
        if (manyArticles) {
            forms.keySet().removeAll(weaklyTaggedWords(spans, forms));
        }
        int longest =
                forms.keySet().stream().mapToInt(f -> f.split(" ").length).max().orElse(0);
        List<NameSpan> out = new ArrayList<>(spans);
        int nextSpan = 0; // spans come in sentence order (spansFromTags): one pass over them, not one per sentence
        for (int si = 0; si < sentences.size(); si++) {
            Interruption.check();
            TaggedSentence s = sentences.get(si);
            boolean[] covered = SetPhrases.wordsInPhrases(s.words()); // «واليمن والبركات» is never the country
            for (; nextSpan < spans.size() && spans.get(nextSpan).sentence() == si; nextSpan++) {
                NameSpan span = spans.get(nextSpan);
                for (int k = span.start(); k < span.end(); k++) {
                    covered[k] = true;
                }
            }
            for (int i = 0; i < covered.length; i++) {
                if (covered[i]) {
                    continue;
                }
                NameSpan found = longestFormAt(s, si, i, forms, longest, covered);
                if (found == null
                        && subjectOnly.contains(s.words().norm[i])
                        && FamilyNames.standsAsSubject(s.words(), i)) {
                    found = new NameSpan(si, i, i + 1, "PERS", s.words().norm[i], 0);
                }
                if (found != null) {
                    out.add(found);
                    i = found.end() - 1;
                }
            }
        }
        out.sort(Comparator.comparingInt(NameSpan::sentence).thenComparingInt(NameSpan::start));
        return out;
    }

    /**
     * One-word forms that stand outside any name more often than {@link #MIN_TAGGED_SHARE} allows: in a file of many
     * articles a word tagged once («دين», a Mr Dean) may be an everyday word at its other occurrences.
     */
    private List<String> weaklyTaggedWords(List<NameSpan> spans, Map<String, String> forms) {
        Map<String, int[]> counts = new HashMap<>(); // form -> {occurrences, inside a span}
        int nextSpan = 0; // spans come in sentence order, as in propagate
        for (int si = 0; si < sentences.size(); si++) {
            SentenceWords w = sentences.get(si).words();
            boolean[] covered = new boolean[w.length()];
            for (; nextSpan < spans.size() && spans.get(nextSpan).sentence() == si; nextSpan++) {
                NameSpan span = spans.get(nextSpan);
                for (int k = span.start(); k < span.end(); k++) {
                    covered[k] = true;
                }
            }
            for (int i = 0; i < w.length(); i++) {
                for (String reading : ArabicWords.procliticSplits(w.norm[i])) {
                    if (forms.containsKey(reading)) {
                        int[] c = counts.computeIfAbsent(reading, k -> new int[2]);
                        c[0]++;
                        c[1] += covered[i] ? 1 : 0;
                        break;
                    }
                }
            }
        }
        List<String> weak = new ArrayList<>();
        counts.forEach((form, c) -> {
            if (form.indexOf(' ') < 0 && c[1] < MIN_TAGGED_SHARE * c[0]) {
                weak.add(form);
            }
        });
        return weak;
    }

    private void addShortForm(Map<String, String> forms, String word) {
        forms.putIfAbsent(word, "PERS");
    }

    /** A one-word form may be propagated unless it is an everyday word or too short to be safe. */
    private boolean usableAlone(String word) {
        return word.length() >= MIN_SHORT_FORM
                        && !gazetteer.isCommon(ArabicWords.stem(word))
                        && !NameWords.NEVER_NAMES.contains(word)
                        && !NameWords.AMBIGUOUS_NAMES.contains(word)
                        && !NameWords.NAME_PARTICLES_AFTER.contains(word)
                        && !NameWords.PERSON_TITLES.contains(word)
                        && !UnlikelyPersons.isNoNameAlone(word, gazetteer)
                        && ArabicWords.isArabic(word)
                || isLatinWord(word);
    }

    private static boolean isLatinWord(String word) {
        return word.length() >= MIN_SHORT_FORM && Character.isUpperCase(word.charAt(0));
    }

    private NameSpan longestFormAt(
            TaggedSentence s, int si, int i, Map<String, String> forms, int longest, boolean[] covered) {
        SentenceWords w = s.words();
        List<String> readings = ArabicWords.procliticSplits(w.norm[i]);
        for (int n = Math.min(longest, w.length() - i); n >= 1; n--) {
            boolean free = true;
            StringBuilder rest = new StringBuilder();
            for (int k = i + 1; k < i + n; k++) {
                free &= !covered[k];
                rest.append(' ').append(w.norm[k]);
            }
            if (!free) {
                continue;
            }
            for (String reading : readings) {
                String type = forms.get(reading + rest);
                if (type != null && !type.equals("MISC")) {
                    return new NameSpan(si, i, i + n, type, w.norm[i], strippedLength(w.norm[i], reading));
                }
            }
        }
        return null;
    }

    /** Groups spans into entities; a short form joins the most mentioned longer name it stands for. */
    private List<Entity> group(List<NameSpan> spans, Map<String, String> types) {
        Map<String, List<NameSpan>> byForm = new LinkedHashMap<>();
        for (NameSpan span : spans) {
            byForm.computeIfAbsent(groupKey(span, types), k -> new ArrayList<>())
                    .add(span);
        }
        Map<String, String> target = new HashMap<>();
        for (String form : byForm.keySet()) {
            Interruption.check();
            target.put(form, form);
            String type = typeOf(form, byForm, types);
            int words = form.split(" ").length;
            if (words > 1 && !type.equals("PERS") && !type.equals("ORG")) {
                continue;
            }
            // Same-script forms first: «Moreau» belongs to «Jean-Luc Moreau» even if «عمر» has its skeleton too.
            String best = mostMentionedLonger(form, type, words, byForm, types, false);
            if (best == null) {
                best = mostMentionedLonger(form, type, words, byForm, types, true);
            }
            if (best != null) {
                target.put(form, best);
            }
        }
        for (Map.Entry<String, String> e : target.entrySet()) {
            // «النصرة» → «جبهة النصرة» → «جبهة النصرة للتحرير»: a short form joins the name its longer form joined;
            // so does a person's («الدوسري» → «سعود الدوسري» → a longer form of the same name)
            String to = e.getValue();
            String type = typeOf(e.getKey(), byForm, types);
            boolean chained = type.equals("ORG") || type.equals("PERS");
            for (int hops = 0; chained && hops < 3 && !target.get(to).equals(to); hops++) {
                to = target.get(to);
            }
            e.setValue(to);
        }
        Map<String, List<NameSpan>> byEntity = new LinkedHashMap<>();
        for (NameSpan span : spans) {
            Interruption.check(); // this loop and the next are linear in the mentions: a long article has thousands
            byEntity.computeIfAbsent(target.get(groupKey(span, types)), k -> new ArrayList<>())
                    .add(span);
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<NameSpan>> e : byEntity.entrySet()) {
            EntityType type = entityType(typeOf(e.getKey(), byForm, types));
            if (type == null) {
                continue;
            }
            List<Mention> mentions = new ArrayList<>();
            String name = "";
            for (NameSpan span : e.getValue()) {
                Interruption.check();
                Mention m = mention(span);
                mentions.add(m);
                String form = span.lamLam() ? "ا" + m.text().substring(1) : m.text();
                if (NameForms.isLongerName(form, name)) {
                    name = form;
                }
            }
            mentions.sort(Comparator.comparingInt(Mention::block).thenComparingInt(Mention::start));
            entities.add(new Entity(type, name, mentions));
        }
        entities.sort(
                Comparator.comparingInt((Entity en) -> en.mentions().get(0).block())
                        .thenComparingInt(en -> en.mentions().get(0).start()));
        return entities;
    }

    private String mostMentionedLonger(
            String form,
            String type,
            int words,
            Map<String, List<NameSpan>> byForm,
            Map<String, String> types,
            boolean acrossScripts) {
        String best = null;
        for (Map.Entry<String, List<NameSpan>> e : byForm.entrySet()) {
            String longer = e.getKey();
            if (longer.split(" ").length > words
                    && type.equals(typeOf(longer, byForm, types))
                    && NameForms.isShortFormOf(form, longer, type, acrossScripts)
                    && (best == null || e.getValue().size() > byForm.get(best).size())) {
                best = longer;
            }
        }
        return best;
    }

    private String typeOf(String form, Map<String, List<NameSpan>> byForm, Map<String, String> types) {
        String voted = types.get(form);
        return voted != null ? voted : byForm.get(form).get(0).type();
    }

    private static EntityType entityType(String tag) {
        return switch (tag) {
            case "PERS" -> EntityType.PERSON;
            case "LOC" -> EntityType.LOCATION;
            case "ORG" -> EntityType.ORGANIZATION;
            default -> null;
        };
    }

    private Mention mention(NameSpan span) {
        TaggedSentence s = sentences.get(span.sentence());
        Token first = s.tokens().get(span.start());
        Token last = s.tokens().get(span.end() - 1);
        int start = first.start() + NameForms.originalLength(first.text(), span.cliticChars());
        return new Mention(
                s.block(), start, last.end(), blockTexts.get(s.block()).substring(start, last.end()));
    }
}
