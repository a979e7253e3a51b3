package vn.dondoc.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** Demo mode is off unless asked for; when on, dondoc listens on 127.0.0.1 unless server.address is set. */
class DemoListenAddressTest {

    private static final DeferredLogFactory LOGS = (java.util.function.Supplier<Log> s) -> s.get();

    @Test
    void demoIsOffByDefaultForEitherDatabase() {
        assertThat(new DondocProperties(null, null, null).demoEnabled()).isFalse();
        assertThat(new DondocProperties(null, new DondocProperties.Db("jdbc:postgresql://db/dondoc", "u", "p"), null)
                .demoEnabled()).isFalse();
        assertThat(new DondocProperties(null, null, false).demoEnabled()).isFalse();
        assertThat(new DondocProperties(null, null, true).demoEnabled()).isTrue();
    }

    @Test
    void withoutDemoNothingIsAdded() {
        StandardEnvironment env = environment(Map.of());
        process(env);
        assertThat(env.getProperty("server.address")).isNull();

        StandardEnvironment off = environment(Map.of("dondoc.demo", "false"));
        process(off);
        assertThat(off.getProperty("server.address")).isNull();
    }

    @Test
    void demoListensOnLoopbackUnlessAnAddressIsGiven() {
        StandardEnvironment demo = environment(Map.of("dondoc.demo", "true"));
        process(demo);
        assertThat(demo.getProperty("server.address")).isEqualTo("127.0.0.1");

        StandardEnvironment given = environment(Map.of("dondoc.demo", "true", "server.address", "0.0.0.0"));
        process(given);
        assertThat(given.getProperty("server.address")).isEqualTo("0.0.0.0");
    }

    @Test
    void environmentVariablesCountToo() {
        StandardEnvironment demo = environment(Map.of());
        demo.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env", Map.of("DONDOC_DEMO", "true")));
        process(demo);
        assertThat(demo.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(Binder.get(demo).bind("dondoc", DondocProperties.class).get().demoEnabled()).isTrue();

        StandardEnvironment given = environment(Map.of());
        given.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env",
                Map.of("DONDOC_DEMO", "true", "SERVER_ADDRESS", "10.1.2.3")));
        process(given);
        assertThat(given.getProperty("server.address")).isEqualTo("10.1.2.3");
    }

    @Test
    void registeredInSpringFactories() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(EnvironmentPostProcessor.class,
                SpringFactoriesLoader.ArgumentResolver.of(DeferredLogFactory.class, LOGS)))
                .hasAtLeastOneElementOfType(DemoListenAddress.class);
    }

    private static StandardEnvironment environment(Map<String, Object> props) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        env.getPropertySources().addFirst(new MapPropertySource("test", props));
        return env;
    }

    private static void process(StandardEnvironment env) {
        new DemoListenAddress(LOGS).postProcessEnvironment(env, new SpringApplication());
    }
}
