package vn.dondoc.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure of ARCHITECTURE.md holds: modules found, no illegal dependencies or cycles. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(DondocApplication.class);

    @Test
    void modulesAreTheOnesOfTheArchitecture() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("agencies", "accounts", "notices", "tasks", "reminders", "reporting", "indicators",
                        "budget", "dashboard", "audit", "shared", "platform");
    }

    @Test
    void verifies() {
        MODULES.verify();
    }

    @Test
    void writesDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeDocumentation();
    }
}
