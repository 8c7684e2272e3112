package io.towerlab.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of the design: the headless core and CLI never touch the desktop toolkit. */
@AnalyzeClasses(packages = "io.towerlab", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule coreAndCliAreHeadless = noClasses()
            .that().resideInAnyPackage("io.towerlab.core..", "io.towerlab.cli..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.jfree..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..", "io.towerlab.ui..");

    @ArchTest
    static final ArchRule coreDoesNotUseTheCli = noClasses()
            .that().resideInAPackage("io.towerlab.core..")
            .should().dependOnClassesThat().resideInAPackage("io.towerlab.cli..");

    @ArchTest
    static final ArchRule uiDoesNotUseTheEngine = noClasses()
            .that().resideInAPackage("io.towerlab.ui..")
            .should().dependOnClassesThat().resideInAPackage("ai.djl..");
}
