package org.sahifa.robust;

import java.nio.charset.StandardCharsets;
import org.sahifa.load.DocumentKind;

/**
 * Generated inputs of a chosen size in the shapes that once made the pipeline super-linear (issue 18 §2): one long
 * paragraph, many short paragraphs, dense balanced and unbalanced «, dense names, and a million {@code <p>}.
 */
enum HostileShapes {
    LONG_PARAGRAPH(DocumentKind.TEXT) {
        @Override
        void append(StringBuilder out, int i) {
            out.append(SENTENCES[i % SENTENCES.length]).append(' ');
        }
    },
    SHORT_PARAGRAPHS(DocumentKind.TEXT) {
        @Override
        void append(StringBuilder out, int i) {
            out.append(SENTENCES[i % SENTENCES.length]).append("\n\n");
        }
    },
    BALANCED_QUOTES(DocumentKind.TEXT) {
        @Override
        void append(StringBuilder out, int i) {
            out.append("وقال ")
                    .append(NAMES[i % NAMES.length])
                    .append(": «")
                    .append(WORDS[i % WORDS.length])
                    .append("» ");
        }
    },
    UNBALANCED_QUOTES(DocumentKind.TEXT) {
        @Override
        void append(StringBuilder out, int i) {
            out.append("«").append(WORDS[i % WORDS.length]).append(' ');
        }
    },
    DENSE_NAMES(DocumentKind.TEXT) {
        @Override
        void append(StringBuilder out, int i) {
            out.append(NAMES[i % NAMES.length]).append(i % 3 == 0 ? " و" : " ");
        }
    },
    MANY_ELEMENTS(DocumentKind.HTML) {
        @Override
        void append(StringBuilder out, int i) {
            out.append("<p>").append(WORDS[i % WORDS.length]).append("</p>");
        }
    };

    private static final String[] SENTENCES = {
        "قال الرئيس المصري عبد الفتاح السيسي في القاهرة إن الحكومة ستواصل العمل مع البنك الدولي.",
        "وأكد وزير الخارجية سامح شكري أن المفاوضات مع الأمم المتحدة مستمرة في جنيف.",
        "وذكرت وكالة رويترز أن الاجتماع سيعقد في الرياض الأسبوع المقبل بحضور ممثلين عن الجامعة العربية.",
        "ويرى المحللون أن الأسواق ستبقى مضطربة حتى نهاية العام؟",
    };
    private static final String[] NAMES = {
        "محمد بن سلمان",
        "عبد الفتاح السيسي",
        "الأمم المتحدة",
        "القاهرة",
        "جامعة الدول العربية",
        "أحمد أبو الغيط",
        "بيروت",
        "منظمة الصحة العالمية",
    };
    private static final String[] WORDS = {"الاقتصاد", "سيتحسن", "قريبا", "نحن", "ملتزمون", "بالسلام", "في", "المنطقة"};

    final DocumentKind kind;

    HostileShapes(DocumentKind kind) {
        this.kind = kind;
    }

    /** Appends the {@code i}-th unit of the shape. */
    abstract void append(StringBuilder out, int i);

    /** UTF-8 bytes of the shape, as close to {@code bytes} long as whole units allow (never longer). */
    byte[] ofSize(int bytes) {
        StringBuilder text = new StringBuilder(bytes);
        if (kind == DocumentKind.HTML) {
            text.append("<html lang=\"ar\" dir=\"rtl\"><head><title>صفحة</title></head><body><article>");
        }
        StringBuilder unit = new StringBuilder();
        long size = utf8Length(text);
        for (int i = 0; ; i++) {
            unit.setLength(0);
            append(unit, i);
            long unitSize = utf8Length(unit);
            if (size + unitSize + 64 > bytes) {
                break;
            }
            text.append(unit);
            size += unitSize;
        }
        if (kind == DocumentKind.HTML) {
            text.append("</article></body></html>");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return n;
    }
}
