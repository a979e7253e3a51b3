package vn.dondoc.app.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the API ({@code /api/v1/**}, actuator) is stateless with bearer tokens and JSON
 * errors; the web UI uses form login, sessions and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    AuthenticationManager authenticationManager(DondocUserDetailsService users, PasswordEncoder encoder,
                                                AuthenticationEventPublisher events, LoginThrottle throttle) {
        // DaoAuthenticationProvider runs the encoder against a dummy hash for unknown usernames (same timing) and
        // answers them with BadCredentialsException like a wrong password. Account status (disabled) is checked
        // only after the password matched, so a wrong password never tells whether an account exists or is disabled.
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(provider, throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, DondocUserDetailsService users,
                                 AuthenticationManager manager) throws Exception {
        http.securityMatcher("/api/v1/**", "/actuator/**")
                .authenticationManager(manager)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens, users), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/notices", "/api/v1/notices/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.SECRETARIAT.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/notices/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.SECRETARIAT.name())
                        .requestMatchers("/api/v1/notices", "/api/v1/notices/**").hasAnyRole(sectionRoles("/notices"))
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> json(res, HttpServletResponse.SC_UNAUTHORIZED,
                                "unauthorized", "Bạn cần đăng nhập hoặc gửi mã truy cập hợp lệ (Authorization: Bearer …)."))
                        .accessDeniedHandler((req, res, ex) -> json(res, HttpServletResponse.SC_FORBIDDEN,
                                "forbidden", "Bạn không có quyền thực hiện thao tác này.")))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager manager, LoginFailureHandler failures,
                                 DondocUserDetailsService users) throws Exception {
        http.authenticationManager(manager)
                .addFilterAfter(new SessionUserRefreshFilter(users), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/error", "/api/docs", "/api/docs/**", "/swagger-ui/**", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/notices", "/notices/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.SECRETARIAT.name())
                        .requestMatchers(HttpMethod.PUT, "/notices", "/notices/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.SECRETARIAT.name())
                        .requestMatchers(HttpMethod.DELETE, "/notices", "/notices/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.SECRETARIAT.name())
                        .requestMatchers(HttpMethod.PATCH, "/notices", "/notices/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.SECRETARIAT.name())
                        .requestMatchers(sectionPaths("/notices")).hasAnyRole(sectionRoles("/notices"))
                        .requestMatchers(sectionPaths("/reports")).hasAnyRole(sectionRoles("/reports"))
                        .requestMatchers(sectionPaths("/budget")).hasAnyRole(sectionRoles("/budget"))
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").loginProcessingUrl("/login").failureHandler(failures)
                        .defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    private static String[] sectionPaths(String path) {
        return new String[] {path, path + "/**"};
    }

    private static String[] sectionRoles(String path) {
        return Navigation.ITEMS.stream().filter(i -> i.path().equals(path)).findFirst()
                .map(Navigation::roleNames).orElseThrow();
    }

    static void json(HttpServletResponse res, int status, String code, String message) throws java.io.IOException {
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write("{\"code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}");
    }
}
