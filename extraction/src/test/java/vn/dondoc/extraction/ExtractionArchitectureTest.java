package vn.dondoc.extraction;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The extraction library is plain Java: no Spring, no dependency on the app. */
class ExtractionArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dondoc.extraction");

    @Test
    void hasNoSpringDependency() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void doesNotDependOnTheApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.dondoc.app..")
                .check(CLASSES);
    }
}
