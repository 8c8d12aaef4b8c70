package com.tokenfactory.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Inside the modules: no two packages need each other (a newcomer can read a package knowing only those it
 * imports), and the view-models hold state and rules, not controls, so they are tested without a window. See
 * docs/architecture.md, "Who may import whom".
 */
class PackageCyclesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("com.tokenfactory");
    }

    @Test
    void noPackageCycles() {
        slices().matching("com.tokenfactory.(**)").should().beFreeOfCycles()
                .because("a package that needs a package that needs it back is one package in two places")
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Choices")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("a view-model is the screen's state and rules, tested without a window; the view shows it")
                .check(classes);
    }
}
