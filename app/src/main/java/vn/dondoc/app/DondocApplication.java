package vn.dondoc.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** dondoc: theo dõi, đôn đốc thực hiện thông báo kết luận. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DondocApplication {

    public static void main(String[] args) {
        SpringApplication.run(DondocApplication.class, args);
    }
}
