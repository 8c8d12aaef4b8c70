package com.tokenfactory.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the module directions of ARCHITECTURE.md (docs/architecture.md): core depends on nothing of ours and on no
 * UI, JSON or ONNX library; io, benchmark and charts depend on core only; samples on io and core; only the app sees
 * everything. Lives in the app module because only its class path holds every module.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        // the other modules are jars on the app's class path: include jars, but no test classes or test jars
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("com.tokenfactory");
    }

    @Test
    void everyModuleIsChecked() {
        for (String module : new String[]{"core", "io", "benchmark", "samples", "app"}) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    classes.stream().anyMatch(c -> c.getPackageName().startsWith("com.tokenfactory." + module)),
                    "no classes of " + module + " were imported: the rules would check nothing");
        }
    }

    @Test
    void coreIsPureJava() {
        ArchRule rule = noClasses().that().resideInAPackage("com.tokenfactory.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "com.fasterxml.jackson..", "ai.onnxruntime..", "java.awt..", "javax.swing..",
                        "org.jfree..", "org.apache.poi..", "org.apache.pdfbox..", "picocli..", "org.controlsfx..")
                .because("model/core is the plan and the engine: pure Java, usable headless and in any front end");
        rule.check(classes);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("com.tokenfactory.core..")
                .should().dependOnClassesThat().resideInAnyPackage("com.tokenfactory.io..",
                        "com.tokenfactory.benchmark..", "com.tokenfactory.charts..", "com.tokenfactory.samples..",
                        "com.tokenfactory.app..")
                .check(classes);
    }

    @Test
    void ioBenchmarkAndChartsDependOnCoreOnly() {
        for (String module : new String[]{"io", "benchmark", "charts"}) {
            noClasses().that().resideInAPackage("com.tokenfactory." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others(module))
                    .because(module + " depends on core only")
                    .check(classes);
        }
    }

    @Test
    void samplesDependOnIoAndCoreOnly() {
        noClasses().that().resideInAPackage("com.tokenfactory.samples..")
                .should().dependOnClassesThat().resideInAnyPackage("com.tokenfactory.benchmark..",
                        "com.tokenfactory.charts..", "com.tokenfactory.app..")
                .check(classes);
    }

    @Test
    void jsonLivesInTheFileLayer() {
        noClasses().that().resideOutsideOfPackage("com.tokenfactory.io..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("Jackson is the file layer's business (PDFsam keeps it in its persistence module)")
                .check(classes);
    }

    @Test
    void onnxRuntimeLivesInTheBenchmark() {
        noClasses().that().resideOutsideOfPackage("com.tokenfactory.benchmark..")
                .should().dependOnClassesThat().resideInAPackage("ai.onnxruntime..")
                .because("the app must start when no ONNX Runtime native library can load")
                .check(classes);
    }

    @Test
    void javaFxStaysInTheAppAndTheChartViewers() {
        noClasses().that().resideOutsideOfPackages("com.tokenfactory.app..", "com.tokenfactory.charts.fx..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("charts render and export headless; only their viewer package is JavaFX")
                .check(classes);
    }

    @Test
    void howTheAppWritesNumbersNeedsNoJavaFx() {
        noClasses().that().resideInAPackage("com.tokenfactory.app.format..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the command line writes its tables with the same formats as the windows, without a display")
                .check(classes);
    }

    private static String[] others(String module) {
        return java.util.stream.Stream.of("io", "benchmark", "charts", "samples", "app")
                .filter(m -> !m.equals(module)).map(m -> "com.tokenfactory." + m + "..").toArray(String[]::new);
    }
}
