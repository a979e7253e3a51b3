package vn.dondoc.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progressive delay: none below the threshold, then 1 s, 2 s, 4 s … capped. */
class LoginDelayTest {

    final LoginDelay delay = new LoginDelay(3, Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void doublesFromTheThresholdUpToTheCap() {
        assertThat(delay.after(0)).isZero();
        assertThat(delay.after(2)).isZero();
        assertThat(delay.after(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(delay.after(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(delay.after(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(delay.after(11)).isEqualTo(Duration.ofSeconds(256));
        assertThat(delay.after(12)).isEqualTo(Duration.ofMinutes(5));
        assertThat(delay.after(1_000_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theWaitIsWordedInSecondsThenMinutes() {
        assertThat(LoginThrottledException.waitText(Duration.ofMillis(200))).isEqualTo("1 giây");
        assertThat(LoginThrottledException.waitText(Duration.ofSeconds(59))).isEqualTo("59 giây");
        assertThat(LoginThrottledException.waitText(Duration.ofSeconds(61))).isEqualTo("2 phút");
        assertThat(LoginThrottledException.message(Duration.ofMinutes(5)))
                .isEqualTo("Bạn đã nhập sai nhiều lần. Vui lòng thử lại sau 5 phút.");
    }
}
