package org.sahifa.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.nlp.ArabicWords;
import org.sahifa.nlp.Gazetteer;
import org.sahifa.nlp.WordEvidence;
import org.sahifa.quote.QuoteFinder;

/**
 * Checks each speaker the quote step read from the words against the article's entities and the gazetteer (issue 14
 * round 6, docs/news-eval.md):
 *
 * <ul>
 *   <li>a part of a person's name («أمل» when the article names «أمل صقر») is that person, when exactly one person
 *       of the article has a longer name holding it, even when the part is an everyday word;
 *   <li>a phrase that is no entity of the article and made only of words that the annotated corpora show mostly
 *       outside names and no list gives as name words («خطوة», «تمت مناقشة», «حد») is no speaker: the quotation gets
 *       none, and the phrase never joins the people ({@link SpeakerPersons}). See {@link #isJunk}.
 * </ul>
 *
 * Unnamed sources, roles, bodies and phrases with the article («مصدر مطلع», «المتحدث باسم الوزارة», «وزارة النقل»)
 * are left as they are: {@link QuoteFinder#isNameLikeSpeaker} tells them apart.
 */
final class SpeakerCheck {
    private static final Set<Gazetteer.Kind> NAME_KINDS =
            Set.of(Gazetteer.Kind.GIVEN, Gazetteer.Kind.FAMILY, Gazetteer.Kind.NAME_FREQUENT, Gazetteer.Kind.NAME_RARE);

    /** «الذي», «التي»: words with the article's letters that never start a family name. */
    private static final Set<String> RELATIVE_PRONOUNS =
            Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي");

    /** Personal pronouns (normalised), also after «و» or «ف»: «وهو», «فهي». */
    private static final Set<String> PRONOUNS = Set.of("هو", "هي", "هم", "هما", "هن", "انا", "نحن", "انت", "انتم");

    private SpeakerCheck() {}

    /**
     * «صقر أشادت بدور»: a name read on into a verb or an everyday word. When the words before the first later word
     * that is an everyday word on no name list (and has no article) are part of exactly one person of the article
     * («صقر» of «أمل صقر»), that person; null otherwise, so a name is cut only with an entity's evidence.
     */
    static String personBeforeRunOn(String speaker, List<Entity> entities, Gazetteer gazetteer) {
        List<String> words = words(speaker);
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            Gazetteer.Kind kind = gazetteer.nameKind(w);
            boolean nameWord = kind != null && NAME_KINDS.contains(kind);
            if (!nameWord && !w.startsWith("ال") && gazetteer.isCommon(ArabicWords.stem(w))) {
                return wholePerson(String.join(" ", words.subList(0, i)), entities);
            }
        }
        return null;
    }

    static List<Quote> checked(List<Block> blocks, List<Entity> entities, List<Quote> quotes, Gazetteer gazetteer) {
        Set<String> known = knownForms(entities);
        List<Quote> result = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            String speaker = withoutAddressee(blocks, q.speaker(), entities);
            if (speaker != null && opensWithPreposition(speaker, gazetteer)) {
                result.add(withSpeaker(q, null));
                continue;
            }
            if (speaker == null || known.contains(ArabicWords.normalize(speaker.strip()))) {
                result.add(speaker == null || speaker.equals(q.speaker()) ? q : withSpeaker(q, speaker));
                continue;
            }
            String whole = PersonInSpeaker.named(speaker, entities);
            if (whole == null) {
                whole = PersonInSpeaker.afterHonorific(speaker);
            }
            if (whole == null) {
                whole = wholePerson(speaker, entities);
            }
            if (whole == null) {
                whole = writtenFullName(blocks, speaker, gazetteer);
            }
            if (whole == null) {
                whole = personBeforeRunOn(speaker, entities, gazetteer);
            }
            boolean junk = isJunk(speaker, gazetteer) && !writtenBeforeFamilyName(blocks, speaker);
            String checked = whole != null ? whole : junk ? null : speaker;
            result.add(withSpeaker(q, checked));
        }
        return result;
    }

    private static Quote withSpeaker(Quote q, String speaker) {
        return new Quote(q.text(), speaker, q.block(), q.start(), q.endBlock(), q.end());
    }

    /**
     * «بويتشنكو لرويترز»: a speaker whose last word is «ل» and a word the article also writes alone is the name before
     * that addressee (the one person whose longer name holds it, when there is one), even when the recogniser took the
     * addressee into the name. A name that merely ends in a word beginning with «ل» leaves no such word behind.
     */
    static String withoutAddressee(List<Block> blocks, String speaker, List<Entity> entities) {
        if (speaker == null) {
            return null;
        }
        String[] parts = speaker.strip().split("\\s+");
        String last = parts[parts.length - 1];
        if (parts.length < 2 || !last.startsWith("ل") || last.startsWith("لل") || last.length() < 5) {
            return speaker;
        }
        Pattern alone =
                Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(last.substring(1)) + "(?![\\p{L}\\p{M}])");
        for (Block block : blocks) {
            if (alone.matcher(block.text()).find()) {
                String name = String.join(" ", java.util.Arrays.asList(parts).subList(0, parts.length - 1));
                List<Entity> others = entities.stream()
                        .filter(e -> !e.name().equals(speaker))
                        .toList(); // the glued name itself is no longer name holding the cut one
                String whole = wholePerson(name, others);
                return whole != null ? whole : name;
            }
        }
        return speaker;
    }

    /** Every entity's name and mention text, normalised. */
    private static Set<String> knownForms(List<Entity> entities) {
        Set<String> known = new HashSet<>();
        for (Entity e : entities) {
            known.add(ArabicWords.normalize(e.name()));
            for (Mention m : e.mentions()) {
                known.add(ArabicWords.normalize(m.text()));
            }
        }
        return known;
    }

    /** The one person whose longer name holds {@code speaker}'s words in a row, or null (none, or several). */
    static String wholePerson(String speaker, List<Entity> entities) {
        List<String> part = words(speaker);
        String found = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            List<String> name = words(e.name());
            if (name.size() > part.size() && containsRun(name, part)) {
                if (found != null && !found.equals(e.name())) {
                    return null;
                }
                found = e.name();
            }
        }
        return found;
    }

    /**
     * A name-like phrase none of whose words is listed in person names and all of whose words the annotated corpora
     * show mostly outside names, when it is one word («خطوة», «أدرك», «حد» of «أحد») or its words after the first have
     * no article («تمت مناقشة», «زمن كنا»). «X الY» is the shape of a name or a body («تركي السلطان», «خفر
     * السواحل») and stays, and so does any phrase with a word on no list («شامل ديوراكوفيتش»).
     */
    static boolean isJunk(String speaker, Gazetteer gazetteer) {
        List<String> words = words(speaker);
        if (words.isEmpty()) {
            return false;
        }
        if (PRONOUNS.contains(words.get(0)) || PRONOUNS.contains(words.get(0).substring(1))) {
            return true; // «وهو يمسك بثمرة …»: no name starts with a personal pronoun
        }
        if (!QuoteFinder.isNameLikeSpeaker(speaker)) {
            return false;
        }
        if (words.size() == 1 && words.get(0).length() <= 2) {
            return true;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Gazetteer.Kind kind = gazetteer.nameKind(w);
            boolean nameShaped = i > 0 && w.startsWith("ال");
            if ((kind != null && NAME_KINDS.contains(kind)) || nameShaped || !gazetteer.isCommon(ArabicWords.stem(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A one-word speaker written elsewhere in the article as a first name before one family name: the word right
     * after it has the article or is listed in person names and is no everyday word («أمل» of «أمل صقر», «تركي» of
     * «وتركي السلطان»). The full name, when every such place gives the same one; null otherwise.
     */
    static String writtenFullName(List<Block> blocks, String speaker, Gazetteer gazetteer) {
        String first = speaker.strip();
        if (first.isEmpty() || first.contains(" ") || !QuoteFinder.isNameLikeSpeaker(first)) {
            return null; // «البيان», «مصدر»: a noun, not a first name
        }
        Pattern shape = Pattern.compile("(?<![\\p{L}\\p{M}])[وف]?(" + Pattern.quote(first) + "\\s+([\\p{L}\\p{M}]+))");
        String found = null;
        for (Block block : blocks) {
            Matcher m = shape.matcher(block.text());
            while (m.find()) {
                String next = ArabicWords.normalize(m.group(2));
                Gazetteer.Kind kind = gazetteer.nameKind(next);
                boolean family = next.startsWith("ال") || (kind != null && NAME_KINDS.contains(kind));
                boolean everyday = gazetteer.isCommon(ArabicWords.stem(next)) && !next.startsWith("ال");
                if (!family || everyday || RELATIVE_PRONOUNS.contains(next)) {
                    continue;
                }
                if (found != null && !found.equals(m.group(1))) {
                    return null;
                }
                found = m.group(1);
            }
        }
        return found;
    }

    /**
     * «وتركي السلطان»: the word is written somewhere in the article before a word with the article, the shape of a
     * first name before a family name; an everyday word that is also a first name («تركي», «أمل») is then kept.
     */
    static boolean writtenBeforeFamilyName(List<Block> blocks, String speaker) {
        Pattern shape = Pattern.compile("(?<![\\p{L}\\p{M}])[وف]?" + Pattern.quote(speaker.strip()) + "\\s+ال\\p{L}");
        for (Block block : blocks) {
            if (shape.matcher(block.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * «بجهود», «لوزير», «بتصريح»: a one-word speaker that is a preposition on an everyday word, by the unlabelled news
     * ({@link WordEvidence#keepsFirstLetter}: its first letter is mostly a clitic there) and the gazetteer (the rest is
     * a common word, the whole on no name list). No speaker, even when the recogniser tagged it: a name never opens
     * with a preposition, and «بدر», «لبنى», «كوفي» are listed names.
     */
    static boolean opensWithPreposition(String speaker, Gazetteer gazetteer) {
        List<String> words = words(speaker);
        if (words.size() != 1
                || words.get(0).length() < 4
                || "بلك".indexOf(words.get(0).charAt(0)) < 0) {
            return false;
        }
        String w = words.get(0);
        return gazetteer.nameKind(w) == null
                && !WordEvidence.shared().keepsFirstLetter(w)
                && gazetteer.isCommon(ArabicWords.stem(w.substring(1)));
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : ArabicWords.normalize(text.strip()).split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean containsRun(List<String> whole, List<String> part) {
        for (int at = 0; at + part.size() <= whole.size(); at++) {
            if (whole.subList(at, at + part.size()).equals(part)) {
                return true;
            }
        }
        return false;
    }
}
