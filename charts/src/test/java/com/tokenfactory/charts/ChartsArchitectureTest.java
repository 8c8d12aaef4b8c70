package com.tokenfactory.charts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Building and exporting charts must work headless, for the command line: JavaFX only in the fx package. */
class ChartsArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.tokenfactory.charts");

    @Test
    void onlyTheFxPackageUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("com.tokenfactory.charts.fx..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void nothingButTheViewerDependsOnTheViewer() {
        noClasses().that().resideOutsideOfPackage("com.tokenfactory.charts.fx..")
                .should().dependOnClassesThat().resideInAPackage("com.tokenfactory.charts.fx..")
                .check(classes);
    }

    @Test
    void datasetsAreBuiltWithoutChartsOrExports() {
        noClasses().that().resideInAPackage("com.tokenfactory.charts.data..")
                .should().dependOnClassesThat().resideInAnyPackage("com.tokenfactory.charts.export..",
                        "com.tokenfactory.charts.report..", "org.jfree.chart..")
                .check(classes);
    }
}
