package org.sahifa.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The window's stylesheet parses without errors: a rule lost to a missing brace fails quietly otherwise. */
class StylesheetTest {
    @Test
    void readerCssParsesWithoutErrors() throws Exception {
        URL css = StylesheetTest.class.getResource("/css/reader.css");
        assertNotNull(css, "reader.css on the class path");
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        List<String> errors =
                CssParser.errorsProperty().stream().map(Object::toString).collect(Collectors.toList());
        assertEquals(List.of(), errors);
        long sepiaRules = sheet.getRules().stream()
                .filter(r ->
                        r.getSelectors().stream().anyMatch(s -> s.toString().contains("theme-sepia")))
                .count();
        assertEquals(true, sepiaRules > 0, "the sepia theme's rules are read");
    }
}
