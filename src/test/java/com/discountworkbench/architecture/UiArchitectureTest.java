package com.discountworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** MVVM in the desktop application: view models know no nodes, and the UI's feature packages do not form cycles. */
@AnalyzeClasses(packages = "com.discountworkbench.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule viewModelsKnowNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
            .because("view models are tested without a display; views bind to them");

    @ArchTest
    static final ArchRule uiPackagesAreFreeOfCycles = slices().matching("com.discountworkbench.ui.(*)..")
            .should().beFreeOfCycles();
}
