package org.sahifa.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.load.DocumentKind;
import org.sahifa.load.RawDocument;
import org.sahifa.model.Article;

/**
 * Held-out check of the legacy-page rules on article text nobody here has read: real articles of
 * SaudiNewsNet ({@code ../shared/data/unlabelled}, taken at a fixed stride) poured into the three
 * legacy layouts of {@code extract/legacy/} (layout table and windows-1256; {@code <br><br>} and
 * {@code <font>} in ISO-8859-6; {@code <div>}s in undeclared windows-1256), each with a breadcrumb,
 * a date line, a print/send row and two readers' comments. Scores token F1 against the article's
 * paragraphs, the share judged readerable, and the pages where furniture or a commenter's words
 * got into the text.
 *
 * <p>Run: {@code mvn -q -B -o exec:exec -Dexec.args="-cp %classpath org.sahifa.extract.eval.LegacyLayoutEval
 * ../shared/data/unlabelled/saudinewsnet.jsonl.gz 150"} (every 150th article; a third argument {@code --show}
 * prints the pages of the table layout that were not readerable or kept furniture).
 */
public final class LegacyLayoutEval {
    private static final String[] LAYOUTS = {"table", "br", "div"};
    private static final String COMMENTER = "زهير";
    private static final String COMMENT = "تعليق القارئ الأول هنا مختلف تماما";

    private LegacyLayoutEval() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        int stride = Integer.parseInt(args[1]);
        boolean show = args.length > 2 && args[2].equals("--show"); // print the table-layout pages that went wrong
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            String line;
            for (int i = 0; (line = in.readLine()) != null; i++) {
                if (i % stride == 0) {
                    lines.add(line);
                }
            }
        }
        for (String layout : LAYOUTS) {
            double f1 = 0;
            int pages = 0;
            int readerable = 0;
            int furniture = 0;
            int datesRight = 0;
            for (String line : lines) {
                JsonNode a = json.readTree(line);
                List<String> paragraphs = new ArrayList<>();
                for (String p : a.get("content").asText().split("\n")) {
                    if (!p.isBlank()) {
                        paragraphs.add(p.strip());
                    }
                }
                if (paragraphs.isEmpty()) {
                    continue;
                }
                Charset cs = layout.equals("br") ? Charset.forName("ISO-8859-6") : Charset.forName("windows-1256");
                String title = encodable(a.get("title").asText().strip(), cs);
                List<String> body =
                        paragraphs.stream().map(p -> encodable(p, cs)).toList();
                byte[] bytes = encode(page(layout, title, body), cs);
                Article article = ArticleExtractor.extract(
                        new RawDocument("p", "http://example.org/p", bytes, null, DocumentKind.HTML));
                String text = ExtractionEval.blockText(article);
                f1 += TokenOverlap.of(text, String.join("\n", body)).f1();
                pages++;
                readerable += article.readerable() ? 1 : 0;
                String written = String.join(" ", body);
                boolean leaked = false;
                for (String word :
                        new String[] {"لصديق", "تكبير الخط", COMMENTER, COMMENT, "الرئيسية", "التعليقات", "محفوظة"}) {
                    leaked |= text.contains(word) && !written.contains(word);
                }
                furniture += leaked ? 1 : 0;
                if (show && (leaked || !article.readerable()) && layout.equals("table")) {
                    System.out.println((leaked ? "LEAK " : "NOTREADERABLE ") + body.size() + " paras, "
                            + String.join("", body).length() + " chars: "
                            + text.substring(0, Math.min(300, text.length())).replace('\n', '/'));
                }
                datesRight += "2015-07-21".equals(article.published()) ? 1 : 0;
            }
            System.out.printf(
                    "%-6s pages %d  mean F1 %.4f  readerable %.1f%%  furniture or comments kept %d  date read %.1f%%%n",
                    layout, pages, f1 / pages, 100.0 * readerable / pages, furniture, 100.0 * datesRight / pages);
        }
    }

    private static String page(String layout, String title, List<String> body) {
        StringBuilder p =
                new StringBuilder("<html><head><title>").append(title).append(" - جريدة المساء</title></head><body>");
        String crumbs = "<a href=/>الرئيسية</a> &gt; <a href=/local>محليات</a>";
        String tools = "<a href=/print>طباعة</a> | <a href=/send>أرسل لصديق</a> | <a href=#>تكبير الخط</a>";
        String comments = "<b>التعليقات (2)</b>";
        switch (layout) {
            case "table" -> {
                p.append(
                        "<table width=770><tr><td width=170><a href=/a>أخبار</a><br><a href=/b>رياضة</a></td><td><table>");
                p.append("<tr><td><font size=2>").append(crumbs).append("</font></td></tr>");
                p.append("<tr><td><font size=2>الثلاثاء 21 يوليو 2015</font></td></tr>");
                p.append("<tr><td><font size=4><b>").append(title).append("</b></font></td></tr>");
                p.append("<tr><td><font size=2>").append(tools).append("</font></td></tr><tr><td><font size=3>");
                body.forEach(b -> p.append("<p>").append(b).append("</p>"));
                p.append("</font></td></tr><tr><td>").append(comments).append("</td></tr>");
                p.append("<tr><td><b>")
                        .append(COMMENTER)
                        .append("</b><br>")
                        .append(COMMENT)
                        .append("</td></tr></table></td></tr></table>");
            }
            case "br" -> {
                p.append("<table><tr><td><font size=2>")
                        .append(crumbs.replace("&gt;", "&raquo;"))
                        .append("</font><br>");
                p.append("<font size=5><b>")
                        .append(title)
                        .append("</b></font><br><font size=2>الثلاثاء 21 تموز 2015</font><br>");
                p.append("<font size=2>").append(tools).append("</font><br><br><font size=3>");
                p.append(String.join("<br><br>\n", body)).append("</font><br><br>");
                p.append("<table><tr><td>")
                        .append(comments.replace("التعليقات", "تعليقات القراء"))
                        .append("</td></tr><tr><td><b>")
                        .append(COMMENTER)
                        .append(":</b> ")
                        .append(COMMENT)
                        .append("</td></tr></table></td></tr></table>");
            }
            default -> {
                p.append("<div><font size=2>")
                        .append(crumbs.replace("&gt;", "›"))
                        .append("</font></div>");
                p.append("<div><font size=5><b>").append(title).append("</b></font></div>");
                p.append("<div>الثلاثاء 5 شوال 1436 هـ</div><div>")
                        .append(tools.replace(" | ", " · "))
                        .append("</div><div><font size=3>");
                body.forEach(b -> p.append("<p>").append(b).append("</p>"));
                p.append("</font></div><div>")
                        .append(comments)
                        .append("</div><div><b>")
                        .append(COMMENTER)
                        .append("</b><br>")
                        .append(COMMENT)
                        .append("</div>");
            }
        }
        return p.append("<div>جميع الحقوق محفوظة © 2015 جريدة المساء</div></body></html>")
                .toString();
    }

    /** The text with what the charset cannot write left out (ISO-8859-6 has no « », no Persian letters). */
    private static String encodable(String s, Charset cs) {
        CharsetEncoder encoder = cs.newEncoder();
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            sb.append(encoder.canEncode(c) ? c : " ");
        });
        return sb.toString().replaceAll(" {2,}", " ").strip();
    }

    private static byte[] encode(String s, Charset cs) {
        try {
            ByteBuffer b = cs.newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .encode(CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
