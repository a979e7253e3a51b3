package vn.dondoc.app.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Clock}, in Vietnam's time zone; tests replace it with a fixed clock. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Asia/Ho_Chi_Minh: every "today" of dondoc is a Vietnamese day. */
    public static final ZoneId ZONE = vn.dondoc.app.shared.VnDates.ZONE;

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
