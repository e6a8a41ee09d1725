package com.discountworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of the codebase: a headless core, one adapter per third-party engine. */
@AnalyzeClasses(packages = "com.discountworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {
        "com.discountworkbench.data..", "com.discountworkbench.prep..", "com.discountworkbench.model..",
        "com.discountworkbench.policy..", "com.discountworkbench.io..", "com.discountworkbench.sample..",
        "com.discountworkbench.task..",
    };

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the core runs headless, from the command line and in tests");

    @ArchTest
    static final ArchRule coreDoesNotKnowTheFrontEnds = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("com.discountworkbench.ui..", "com.discountworkbench.cli..");

    @ArchTest
    static final ArchRule onlyTheModelAdapterTouchesDl4j = noClasses()
            .that().resideOutsideOfPackage("com.discountworkbench.model.dl4j..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..", "org.bytedeco..")
            .because("DeepLearning4J is an implementation detail of the model adapter");

    @ArchTest
    static final ArchRule onlyTheCsvReaderTouchesOpenCsv = noClasses()
            .that().resideOutsideOfPackage("com.discountworkbench.data.csv..")
            .should().dependOnClassesThat().resideInAnyPackage("com.opencsv..");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackage("com.discountworkbench.cli..")
            .should().accessField(System.class, "out")
            .because("standard output belongs to the command line's results");

    @ArchTest
    static final ArchRule uiDoesNotUseSwing = noClasses().that().resideInAnyPackage("com.discountworkbench.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..")
            .because("the UI is JavaFX; XChart is rendered to images through the io package");
}
