package vn.dondoc.app.platform;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Demo mode listens on the loopback address only: the demo accounts have a published password. When
 * {@code dondoc.demo=true} and {@code server.address} is not set anywhere (arguments, {@code SERVER_ADDRESS},
 * properties), {@code server.address=127.0.0.1} is added before the web server binds. Registered in
 * {@code META-INF/spring.factories}; runs after the configuration files are loaded.
 */
public class DemoListenAddress implements EnvironmentPostProcessor, Ordered {

    static final String LOOPBACK = "127.0.0.1";
    static final String SOURCE = "dondocDemoListenAddress";

    private final Log log;

    public DemoListenAddress(DeferredLogFactory logs) {
        this.log = logs.getLog(DemoListenAddress.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        boolean demo;
        try {
            demo = binder.bind("dondoc.demo", Boolean.class).orElse(false);
        } catch (BindException e) {
            return; // an unreadable value is reported when DondocProperties is bound
        }
        if (!demo) {
            return;
        }
        if (binder.bind("server.address", String.class).isBound()) {
            log.warn("Chế độ demo: dondoc nghe trên server.address=" + environment.getProperty("server.address")
                    + " theo cấu hình; tài khoản demo dùng mật khẩu công khai, đừng mở cổng này ra mạng ngoài.");
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of("server.address", LOOPBACK)));
        log.info("Chế độ demo: chỉ nghe trên " + LOOPBACK + " (máy này); đặt server.address (SERVER_ADDRESS) để mở ra mạng.");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
