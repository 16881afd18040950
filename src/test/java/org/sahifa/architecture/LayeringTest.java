package org.sahifa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The written dependency direction: JavaFX only in the UI; the model depends on nothing of Sahifa's. */
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

    @Test
    void modelDependsOnNoOtherPartOfSahifa() {
        noClasses()
                .that()
                .resideInAPackage("org.sahifa.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.sahifa.load..",
                        "org.sahifa.extract..",
                        "org.sahifa.nlp..",
                        "org.sahifa.quote..",
                        "org.sahifa.analysis..",
                        "org.sahifa.cli..",
                        "org.sahifa.ui..")
                .check(MAIN);
    }

    @Test
    void lexiconDependsOnNoOtherPartOfSahifa() {
        noClasses()
                .that()
                .resideInAPackage("org.sahifa.lexicon..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.sahifa.load..",
                        "org.sahifa.extract..",
                        "org.sahifa.nlp..",
                        "org.sahifa.quote..",
                        "org.sahifa.analysis..",
                        "org.sahifa.cli..",
                        "org.sahifa.ui..",
                        "org.sahifa.text..")
                .check(MAIN);
    }

    @Test
    void analysisStepsDoNotReachIntoTheUiOrCli() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.sahifa.load..",
                        "org.sahifa.extract..",
                        "org.sahifa.nlp..",
                        "org.sahifa.quote..",
                        "org.sahifa.analysis..",
                        "org.sahifa.text..",
                        "org.sahifa.lexicon..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.sahifa.ui..", "org.sahifa.cli..")
                .check(MAIN);
    }

    @Test
    void theLibraryIsACorePackageBelowTheUiAndCli() {
        noClasses()
                .that()
                .resideInAPackage("org.sahifa.library..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.sahifa.ui..", "org.sahifa.cli..")
                .check(MAIN);
    }

    @Test
    void onlyTheUiAndCliUseTheLibrary() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.sahifa.model..",
                        "org.sahifa.load..",
                        "org.sahifa.extract..",
                        "org.sahifa.nlp..",
                        "org.sahifa.quote..",
                        "org.sahifa.analysis..",
                        "org.sahifa.text..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.sahifa.library..")
                .check(MAIN);
    }
}
