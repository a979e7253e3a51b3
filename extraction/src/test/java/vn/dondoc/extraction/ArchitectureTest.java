package vn.dondoc.extraction;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Layering of the extraction library. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dondoc.extraction");

    @Test
    void noSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(CLASSES);
        noClasses().should().dependOnClassesThat().resideInAPackage("vn.dondoc.app..").check(CLASSES);
    }

    @Test
    void engineDoesNotDependOnCli() {
        noClasses().that().resideOutsideOfPackage("vn.dondoc.extraction.cli..")
                .should().dependOnClassesThat().resideInAPackage("vn.dondoc.extraction.cli..").check(CLASSES);
    }

    @Test
    void textAndDeadlineAreLeaves() {
        noClasses().that().resideInAnyPackage("vn.dondoc.extraction.text..", "vn.dondoc.extraction.deadline..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.dondoc.extraction.tasks..",
                        "vn.dondoc.extraction.structure..", "vn.dondoc.extraction.json..")
                .check(CLASSES);
    }
}
