package vn.dondoc.app.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dondoc.app.platform.DondocProperties;

/**
 * The one {@link DataSource}: the external PostgreSQL named by {@code DONDOC_DB_URL}, or else the
 * embedded one. Declared here (not through {@code spring.datasource.*}) so that every component, the
 * job scheduler included, sees the same bean.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(DondocProperties props) {
        return props.db().external() ? new EmbeddedDatabaseHolder(null)
                : new EmbeddedDatabaseHolder(EmbeddedDatabase.start(props.dataDir()));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DondocProperties props, EmbeddedDatabaseHolder embedded,
                                ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters) {
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("dondoc");
        cfg.setMaximumPoolSize(20);
        cfg.setConnectionTimeout(10_000);
        if (props.db().external()) {
            cfg.setJdbcUrl(props.db().url());
            cfg.setUsername(props.db().user());
            cfg.setPassword(props.db().password());
        } else {
            cfg.setJdbcUrl(embedded.database().jdbcUrl());
            cfg.setUsername(embedded.database().user());
            cfg.setPassword(embedded.database().password());
        }
        cfg.setInitializationFailTimeout(-1);
        HikariDataSource ds = new HikariDataSource(cfg);
        verifyReachable(ds, props);
        return ds;
    }

    private static void verifyReachable(HikariDataSource ds, DondocProperties props) {
        try (Connection c = ds.getConnection()) {
            int major = c.getMetaData().getDatabaseMajorVersion();
            if (major < 15) {
                ds.close();
                throw new DatabaseStartupException("dondoc cần PostgreSQL 15 trở lên; máy chủ tại "
                        + withoutSecrets(props.db().url()) + " là PostgreSQL " + major + ".");
            }
            log.info("Kết nối cơ sở dữ liệu PostgreSQL {} ({})", c.getMetaData().getDatabaseProductVersion(),
                    props.db().external() ? "ngoài" : "nhúng");
        } catch (SQLException e) {
            ds.close();
            throw new DatabaseStartupException("Không kết nối được cơ sở dữ liệu "
                    + (props.db().external() ? withoutSecrets(props.db().url()) : "nhúng") + ": " + e.getMessage()
                    + ". Hãy kiểm tra DONDOC_DB_URL, DONDOC_DB_USER, DONDOC_DB_PASSWORD và máy chủ PostgreSQL.", e);
        }
    }

    /** The URL as it may be shown: query parameters (which can carry a password) dropped. */
    static String withoutSecrets(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }

    /** Lets the embedded server be optional while still being closed after the pool. */
    record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() {
            if (database != null) {
                database.close();
            }
        }
    }
}
