package org.sahifa.quote;

import java.util.List;

/** Tests on single words and commas that the phrase reader uses to see where a subject or a role ends. */
final class PhraseWords {
    private PhraseWords() {}

    static boolean isComma(Token t) {
        return t.isPunctuation('،') || t.isPunctuation(',');
    }

    /**
     * The full stop at token {@code k} closes an abbreviated title of one letter («د. فلان», «م. فلان», «أ. فلان»): it
     * follows the letter with no space and a word follows it. It ends no sentence.
     */
    static boolean isAbbreviationDot(List<Token> toks, int k) {
        if (k < 1 || k + 1 >= toks.size() || !toks.get(k).isPunctuation('.')) {
            return false;
        }
        Token letter = toks.get(k - 1);
        boolean standsAlone = k < 2 || toks.get(k - 2).end() < letter.start();
        return letter.isWord()
                && letter.folded().length() == 1
                && Character.isLetter(letter.folded().charAt(0)) // not «6.15»
                && letter.end() == toks.get(k).start()
                && standsAlone
                && toks.get(k + 1).isWord();
    }

    /** Whether token {@code k} ends a sentence: a full stop, question mark or semicolon, not an abbreviation's dot. */
    static boolean endsSentence(List<Token> toks, int k) {
        return toks.get(k).endsSentence() && !isAbbreviationDot(toks, k);
    }

    /**
     * Words after a role that still belong to it: «باسم» of «المتحدث باسم الخارجية» (also a given name,
     * Basem), «لدى» and «إلى» before where the role is held («مندوب الكويت لدى الأمم المتحدة»), and «في» before
     * a field with the article or a body: «الخبير في الشؤون الاستراتيجية محمد …», «الأستاذة في كلية الطب …».
     */
    static boolean continuesRole(List<Token> toks, int j, int end) {
        String w = toks.get(j).folded();
        if (w.equals("باسم")) {
            return true;
        }
        if ((w.equals("لدي") || w.equals("الي"))
                && j + 1 < end
                && toks.get(j + 1).isWord()) {
            return true; // «مندوب الكويت لدى الأمم المتحدة …»: where the role is held
        }
        if (w.equals("في")
                && j + 1 < end
                && toks.get(j + 1).isWord()
                && WordLists.isBody(toks.get(j + 1).folded())) {
            return true; // «الخبير في صندوق …», «الأستاذة في كلية …»
        }
        return w.equals("في")
                && j + 1 < end
                && toks.get(j + 1).isWord()
                && ArabicText.isDefinite(toks.get(j + 1).folded())
                && !isPrepositionalDefinite(toks.get(j + 1).folded());
    }

    /** «المصدر ذاته», «المسؤول نفسه»: a word of sameness after a noun, pointing back to whom it named before. */
    static boolean isSameness(String folded) {
        return folded.equals("ذاته") || folded.equals("ذاتها") || folded.equals("نفسه") || folded.equals("نفسها");
    }

    /** «الذي دعا فيه الائتلاف»: a pronoun that points back between a verb and its subject. */
    static boolean isBackReference(String folded) {
        return folded.equals("فيه") || folded.equals("فيها") || folded.equals("بدوره") || folded.equals("بدورها");
    }

    /**
     * «لكرة القدم», «بمدينة الرياض»: ب، ل or ك on a noun in construct with a word with the article starts a
     * complement. The noun must look like one (ends in ة, or is a body or title noun), so that a name that
     * opens with these letters («كوستا», «بوتين الروسي») is still read.
     */
    static boolean beforeDefiniteWithPreposition(List<Token> toks, int j, int end) {
        return j + 1 < end
                && toks.get(j + 1).isWord()
                && isPrepositionalComplement(
                        toks.get(j).folded(), toks.get(j + 1).folded());
    }

    /** The two folded words {@code w} and {@code next} are «لكرة القدم»: see {@link #beforeDefiniteWithPreposition}. */
    static boolean isPrepositionalComplement(String w, String next) {
        return ArabicText.startsWithPrepositionClitic(w)
                && next.startsWith("ال")
                && (w.endsWith("ه") || WordLists.isRoleComplement(w.substring(1)));
    }

    /**
     * Whether token {@code k} can start a newspaper's or broadcaster's name after its head noun: a word without the
     * article («صحيفة ديلي ميل»), not a particle, a cue, a role, a feminine adjective agreeing with the head
     * («صحيفة أميركية»), a second head noun, or the first word of a construct («وكالة أنباء الشرق»).
     */
    static boolean startsMediaName(List<Token> toks, int k, int end) {
        if (k >= end || !toks.get(k).isWord()) {
            return false;
        }
        String w = toks.get(k).folded();
        return !ArabicText.isDefinite(w)
                && !WordLists.isFunctionWord(w)
                && CueWords.lookup(w) == null
                && !WordLists.isRole(w)
                && !WordLists.isTitleNoun(w)
                && !WordLists.isBody(w)
                && !WordLists.isSayingNoun(w)
                && !w.endsWith("يه")
                && !nextIsDefinite(toks, k, end);
    }

    /**
     * «صحيفة سكاي سبورت» → «سكاي سبورت»: a recognised newspaper or broadcaster without its head noun, when a name
     * follows the head ({@link #startsMediaName}); «وكالة أنباء الإمارات» and «قناة الجزيرة» stay as they are.
     */
    static String withoutMediaHead(String body) {
        String[] words = body.strip().split("\\s+");
        if (words.length < 2 || !WordLists.isMediaNoun(ArabicText.fold(words[0]))) {
            return body;
        }
        List<Token> rest = Tokenizer.tokenize(body.substring(body.indexOf(words[1])), List.of());
        return startsMediaName(rest, 0, rest.size()) ? body.substring(body.indexOf(words[1])) : body;
    }

    static boolean nextIsDefinite(List<Token> toks, int j, int end) {
        return j + 1 < end
                && toks.get(j + 1).isWord()
                && ArabicText.isDefinite(toks.get(j + 1).folded());
    }

    /** An adjective of origin without the article: «أميركي»، «أوروبية». */
    static boolean isNisba(String folded) {
        return folded.length() >= 4
                && (folded.endsWith("ي") || folded.endsWith("يه"))
                && !ArabicText.isDefinite(folded);
    }

    static boolean isPrepositionalDefinite(String w) {
        return w.startsWith("بال")
                || w.startsWith("لل")
                || w.startsWith("كال")
                || w.startsWith("وبال")
                || w.startsWith("ولل");
    }

    static boolean isPreposition(String w) {
        String bare = ArabicText.stripClitic(w);
        return switch (w) {
            case "مع", "عن", "الي", "علي", "من", "في", "حيال", "بين", "لدي", "ضد", "تجاه", "نحو", "عند", "بعد", "قبل" ->
                true;
            default ->
                switch (bare) {
                    case "مع", "عن", "الي", "علي", "من", "في" -> true;
                    default -> false;
                };
        };
    }

    static int afterFirstComma(List<Token> toks, int from, int limit) {
        for (int k = from; k < limit; k++) {
            if (isComma(toks.get(k))) {
                return k + 1;
            }
        }
        return -1;
    }

    static boolean sameRoleWords(List<Token> toks, int at, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            Token t = toks.get(at + k);
            if (!t.isWord() || !singular(bareRole(t.folded())).equals(singular(words.get(k)))) {
                return false;
            }
        }
        return true;
    }

    /** «المصدر» refers back to «مصادر تركية رسمية»: the plural of an unnamed source matches its singular. */
    private static String singular(String bare) {
        return switch (bare) {
            case "مصادر" -> "مصدر";
            case "مسوولون", "مسوولين" -> "مسوول";
            default -> bare;
        };
    }

    /** A role word compared without clitic and article: «الوزير» and «وزير» are the same role. */
    static String bareRole(String folded) {
        String role = WordLists.roleWord(folded);
        if (role != null) {
            return role; // «وزير» must not lose its و as if it were a conjunction
        }
        String w = ArabicText.stripClitic(folded);
        return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
    }

    /** True when the letters before a mention in its word, {@code [from, to)}, include ب، ل or ك. */
    static boolean hasPrepositionClitic(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == 'ب' || c == 'ل' || c == 'ك') {
                return true;
            }
        }
        return false;
    }

    /** The gender the lexicon gives the role word before a name («الوزيرة» feminine), else unknown. */
    static Gender genderOfRoleBefore(List<Token> toks, int offset) {
        for (int i = toks.size() - 1; i >= 0; i--) {
            Token t = toks.get(i);
            if (t.end() > offset) {
                continue;
            }
            if (t.isWord() && WordLists.isRole(t.folded())) {
                return WordLists.roleGender(t.folded());
            }
            return Gender.UNKNOWN;
        }
        return Gender.UNKNOWN;
    }

    /** Marks tokens inside «-…-» or «(…)» asides, relative to {@code start}. */
    static boolean[] asides(List<Token> toks, int start, int q) {
        boolean[] aside = new boolean[Math.max(0, q - start)];
        int openDash = -1;
        int openBracket = -1;
        for (int k = start; k < q; k++) {
            Token t = toks.get(k);
            if (t.isPunctuation('-') || t.isPunctuation('–') || t.isPunctuation('—')) {
                if (openDash < 0) {
                    openDash = k;
                } else {
                    for (int m = openDash; m <= k; m++) {
                        aside[m - start] = true;
                    }
                    openDash = -1;
                }
            } else if (t.isPunctuation('(')) {
                openBracket = k;
            } else if (t.isPunctuation(')') && openBracket >= 0) {
                for (int m = openBracket; m <= k; m++) {
                    aside[m - start] = true;
                }
                openBracket = -1;
            }
        }
        return aside;
    }

    /**
     * Whether a quotation is its speaker's name: every word of the name in it, and at most one word (a title) besides
     * («الأستاذ فلان الفلاني» said by «فلان الفلاني»).
     */
    static boolean namesItsSpeaker(String quotation, String speaker) {
        List<String> words = ArabicText.foldedWords(quotation);
        List<String> name = ArabicText.foldedWords(speaker);
        return !name.isEmpty() && words.containsAll(name) && words.size() <= name.size() + 1;
    }
}
