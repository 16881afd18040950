package org.sahifa.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.load.DocumentKind;
import org.sahifa.load.RawDocument;
import org.sahifa.model.Article;
import org.sahifa.model.Block;

/** For working on one golden page (a Readability page folder, or a newspaper4k folder and the page's name): prints our blocks, then the words we missed and the words we added. */
public final class ExtractionDiff {
    private ExtractionDiff() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        boolean readabilityLayout = Files.exists(dir.resolve("source.html"));
        Path source = readabilityLayout ? dir.resolve("source.html") : dir.resolve("html_" + args[1] + ".html");
        Article article = ArticleExtractor.extract(new RawDocument(
                dir.toString(), ExtractionEval.BASE_URI, Files.readAllBytes(source), null, DocumentKind.HTML));
        for (Block b : article.blocks()) {
            String t = b.text();
            System.out.println(b.type() + ": " + (t.length() > 100 ? t.substring(0, 100) + "…" : t));
        }
        String expected = readabilityLayout
                ? Jsoup.parse(Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8))
                        .body()
                        .text()
                : Files.readString(dir.resolve("txt_" + args[1] + ".txt"), StandardCharsets.UTF_8);
        Map<String, Integer> ours = TokenOverlap.bag(ExtractionEval.blockText(article));
        Map<String, Integer> theirs = TokenOverlap.bag(expected);
        StringBuilder missed = new StringBuilder("MISSED: ");
        theirs.forEach((w, n) -> {
            if (n > ours.getOrDefault(w, 0)) {
                missed.append(w).append(' ');
            }
        });
        StringBuilder added = new StringBuilder("ADDED: ");
        ours.forEach((w, n) -> {
            if (n > theirs.getOrDefault(w, 0)) {
                added.append(w).append(' ');
            }
        });
        System.out.println(missed.length() > 3000 ? missed.substring(0, 3000) : missed);
        System.out.println(added.length() > 3000 ? added.substring(0, 3000) : added);
    }
}
