package org.citizenhub.hub.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import org.citizenhub.hub.audit.AuditLog;
import org.citizenhub.hub.ratelimit.ClusterRateLimiter;
import org.citizenhub.hub.ratelimit.HazelcastBucketStore;
import org.citizenhub.hub.ratelimit.RateLimiter;
import org.citizenhub.hub.ratelimit.RequestLimiter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * One filter chain for pages and API, denying by default. Caseworkers and admins sign in with the login form
 * (session; CSRF token in the {@code XSRF-TOKEN} cookie for the pages' scripts), HTTP basic, or a JWT when
 * {@code hub.security.jwt} is set; partners with {@code X-Api-Key} or a JWT. See the README's Security section.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HubSecurityProperties.class)
public class SecurityConfiguration {

    private static final String CASEWORKER = Role.CASEWORKER.name();
    private static final String ADMIN = Role.ADMIN.name();
    private static final String PARTNER = Role.PARTNER.name();

    @Bean
    SecuritySettings securitySettings(HubSecurityProperties properties) {
        return new SecuritySettings(properties);
    }

    /**
     * The configured users, read-only: not an {@code UserDetailsPasswordService}, so Spring does not re-hash a
     * password on sign-in (the configuration is the one place hashes live; its cost is the operator's choice).
     */
    @Bean
    UserDetailsService userDetailsService(SecuritySettings settings) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(settings.users());
        return users::loadUserByUsername;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** One limit per partner for the whole cluster; this member's own buckets only while the cluster cannot answer. */
    @Bean
    RequestLimiter partnerRateLimiter(SecuritySettings settings, Clock clock, HazelcastInstance hazelcast) {
        RateLimiter local = new RateLimiter(settings.defaultLimit(), settings.partnerLimits(), clock);
        return new ClusterRateLimiter(new HazelcastBucketStore(hazelcast), local, clock);
    }

    @Bean
    AccessAudit accessAudit(AuditLog log) {
        return new AccessAudit(log);
    }

    @Bean
    SecurityFilterChain hubSecurity(HttpSecurity http, SecuritySettings settings, RequestLimiter limiter,
                                    AccessAudit audit, AuthenticationFailureAudit failures) throws Exception {
        boolean jwt = settings.jwt().enabled();
        AuthenticationEntryPoint problem = new ProblemAuthenticationEntryPoint(jwt, failures);
        ProblemAccessDeniedHandler denied = new ProblemAccessDeniedHandler(audit);

        http.authorizeHttpRequests(rules -> rules
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/login", "/css/**", "/favicon.ico").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/citizens/by-record/*/*").hasAnyRole(CASEWORKER, PARTNER)
                .requestMatchers(HttpMethod.GET, "/api/v1/citizens/*/explain").hasRole(CASEWORKER)
                .requestMatchers(HttpMethod.GET, "/api/v1/citizens/*").hasAnyRole(CASEWORKER, PARTNER)
                .requestMatchers(HttpMethod.GET, "/api/v1/citizens").hasRole(CASEWORKER)
                .requestMatchers(HttpMethod.POST, "/api/v1/citizens/*/link", "/api/v1/citizens/*/unlink").hasRole(CASEWORKER)
                .requestMatchers(HttpMethod.GET, "/api/v1/review").hasRole(CASEWORKER)
                .requestMatchers(HttpMethod.POST, "/api/v1/review/*/accept", "/api/v1/review/*/reject").hasRole(CASEWORKER)
                .requestMatchers(HttpMethod.GET, "/api/v1/connectors", "/api/v1/dead-letters", "/api/v1/audit",
                        "/api/v1/audit/verify", "/api/v1/admin/match-model").hasRole(ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/v1/connectors/*/run", "/api/v1/dead-letters/*/replay",
                        "/api/v1/admin/match-model/train").hasRole(ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/v1/me", "/api/v1/stats", "/actuator/info", "/api/api-doc", "/api/api-doc/**").hasAnyRole(CASEWORKER, ADMIN)
                .requestMatchers(HttpMethod.GET, "/", "/index.html", "/citizen.html", "/explain.html", "/review.html",
                        "/js/**").hasAnyRole(CASEWORKER, ADMIN)
                .anyRequest().denyAll());

        // the hub's own page (SignInPage) at GET /login; POST /login signs in, failures go to /login?error
        http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problem))
                // the pages' scripts send the XSRF-TOKEN cookie back as X-XSRF-TOKEN; callers with their own
                // credentials in a header (basic, bearer, API key) cannot be forged by another site
                .csrf(csrf -> csrf.spa()
                        .csrfTokenRequestHandler(new PageCsrfTokenHandler(SecurityConfiguration::cannotBeForged))
                        .ignoringRequestMatchers(SecurityConfiguration::cannotBeForged))
                // per path: API callers get a 401 problem, browsers go to the sign-in page
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(problem, SecurityConfiguration::isApi)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .accessDeniedHandler(denied))
                .addFilterBefore(new ApiKeyAuthenticationFilter(settings, problem), BasicAuthenticationFilter.class)
                .addFilterAfter(new PartnerGuardFilter(limiter, audit), AuthorizationFilter.class);

        if (jwt) {
            http.oauth2ResourceServer(resource -> resource
                    .jwt(token -> token.decoder(jwtDecoder(settings.jwt())).jwtAuthenticationConverter(new JwtCallers(settings)))
                    .authenticationEntryPoint(problem)
                    .accessDeniedHandler(denied));
        }
        return http.build();
    }

    private static JwtDecoder jwtDecoder(HubSecurityProperties.Jwt jwt) {
        boolean hasJwks = jwt.jwkSetUri() != null && !jwt.jwkSetUri().isBlank();
        boolean hasIssuer = jwt.issuerUri() != null && !jwt.issuerUri().isBlank();
        NimbusJwtDecoder decoder = hasJwks
                ? NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build()
                : NimbusJwtDecoder.withIssuerLocation(jwt.issuerUri()).build();
        if (hasIssuer) {
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(jwt.issuerUri())));
        }
        return decoder;
    }

    private static boolean isApi(HttpServletRequest request) {
        return AccessAudit.pathOf(request).startsWith("/api/");
    }

    /**
     * CSRF needs credentials the browser adds by itself (the session cookie). Requests that carry their own in a
     * header (basic, bearer, API key) cannot be forged by another site; nor can API calls without a session,
     * which then get the 401 they deserve rather than a 403 about a token.
     */
    private static boolean cannotBeForged(HttpServletRequest request) {
        return request.getHeader("Authorization") != null || request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null
                || (isApi(request) && request.getRequestedSessionId() == null);
    }
}
