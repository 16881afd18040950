package org.sahifa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The written dependency direction (docs/architecture.md): JavaFX only in the UI; each package imports only what its row allows. */
class LayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sahifa");

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.sahifa.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp.ikonli..", "atlantafx..")
                .check(MAIN);
    }

    /**
     * The table of docs/architecture.md, "Packages and what each may import": for each package, the other Sahifa
     * packages it may use. Anything of Sahifa's not listed is out of bounds.
     */
    private static final Map<String, List<String>> MAY_IMPORT = Map.ofEntries(
            Map.entry("model", List.of()),
            Map.entry("load", List.of("model")),
            Map.entry("text", List.of("model")),
            Map.entry("lexicon", List.of("model", "text")),
            Map.entry("extract", List.of("load", "model", "text")),
            Map.entry("nlp", List.of("lexicon", "model", "text")),
            Map.entry("quote", List.of("lexicon", "model", "text")),
            Map.entry("analysis", List.of("load", "extract", "lexicon", "nlp", "quote", "model", "text")),
            Map.entry("library", List.of("analysis", "model", "text")),
            Map.entry("export", List.of("analysis", "library", "model", "text")),
            Map.entry("settings", List.of("model")),
            Map.entry("instance", List.of()),
            Map.entry("cli", List.of("analysis", "export", "extract", "library", "load", "model", "nlp", "text")));

    @Test
    void eachPackageImportsOnlyWhatTheArchitecturePageAllows() {
        List<String> all = new ArrayList<>(MAY_IMPORT.keySet());
        all.add("ui");
        for (Map.Entry<String, List<String>> row : MAY_IMPORT.entrySet()) {
            String[] forbidden = all.stream()
                    .filter(p -> !p.equals(row.getKey()) && !row.getValue().contains(p))
                    .map(p -> "org.sahifa." + p + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("org.sahifa." + row.getKey() + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(forbidden)
                    .because("docs/architecture.md lets " + row.getKey() + " import only " + row.getValue())
                    .check(MAIN);
        }
    }
}
