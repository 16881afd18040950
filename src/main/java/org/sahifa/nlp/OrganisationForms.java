package org.sahifa.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sahifa.nlp.DocumentEntities.TaggedSentence;

/**
 * The organisation side of {@link DocumentEntities}: the name after a head noun is the organisation's short form
 * («توتال» after «شركة توتال»; not «الصحة» of «وزارة الصحة»), and a name alone in quotation marks tagged as an
 * organisation keeps that type even where the same word is a place elsewhere («لـ"الرياض"», the paper, and the city
 * «الرياض»).
 */
final class OrganisationForms {
    private OrganisationForms() {}

    /** The short form of an organisation's name form («شركه توتال» → «توتال»), or null. */
    static String nameAfterHead(String form) {
        String[] words = form.split(" ");
        if (words.length == 2 && OrganisationHeads.isHead(words[0]) && !words[1].startsWith("ال")) {
            return words[1];
        }
        return null;
    }

    /** One-word spans of another type whose form is the short form of an organisation found in the article: ORG. */
    static List<NameSpan> retype(List<NameSpan> spans, Function<NameSpan, String> key) {
        Set<String> shortForms = new HashSet<>();
        for (NameSpan span : spans) {
            String name = span.type().equals("ORG") ? nameAfterHead(key.apply(span)) : null;
            if (name != null) {
                shortForms.add(name);
            }
        }
        if (shortForms.isEmpty()) {
            return spans;
        }
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan span : spans) {
            boolean retype = span.end() - span.start() == 1
                    && !span.type().equals("ORG")
                    && shortForms.contains(key.apply(span));
            out.add(
                    retype
                            ? new NameSpan(
                                    span.sentence(), span.start(), span.end(), "ORG", span.cliticChars(), span.lamLam())
                            : span);
        }
        return out;
    }

    /** True for an organisation span with quotation marks right before and after it. */
    static boolean isQuotedOrganisation(NameSpan span, List<TaggedSentence> sentences) {
        List<TextTokens.Token> tokens = sentences.get(span.sentence()).tokens();
        return span.type().equals("ORG")
                && span.start() > 0
                && span.end() < tokens.size()
                && NameWords.isQuote(tokens.get(span.start() - 1).text(), NameWords.OPENING_QUOTES)
                && NameWords.isQuote(tokens.get(span.end()).text(), NameWords.CLOSING_QUOTES);
    }
}
