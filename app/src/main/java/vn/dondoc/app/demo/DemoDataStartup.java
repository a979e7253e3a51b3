package vn.dondoc.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dondoc.app.platform.DondocProperties;

/**
 * In demo mode, seeds the demo data once (on a database without notices), in the background after start so that
 * start time is not affected. {@code dondoc.demo-data=false} turns it off (tests).
 */
@Component
class DemoDataStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoDataStartup.class);

    private final DondocProperties props;
    private final DemoData demo;
    private final boolean enabled;

    DemoDataStartup(DondocProperties props, DemoData demo, @Value("${dondoc.demo-data:true}") boolean enabled) {
        this.props = props;
        this.demo = demo;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!props.demoEnabled() || !enabled || !demo.empty()) {
            return;
        }
        Thread t = new Thread(() -> {
            long started = System.nanoTime();
            try {
                demo.seed();
                log.info("Dữ liệu mẫu đã sẵn sàng sau {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.error("Không tạo được dữ liệu mẫu", e);
            }
        }, "demo-data");
        t.setDaemon(true);
        t.start();
    }
}
