package org.citizenhub.hub.api;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Problem responses for what fails outside the API routes: Tomcat's own refusals ({@link
 * ProblemErrorReportValve}), query parameters that cannot be decoded ({@link RequestParameterGuard}) and
 * request bodies over the cap ({@link RequestBodyLimit}); the error page itself is {@link ProblemErrorController}.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorConfiguration {

    /**
     * Added to the host after Spring Boot's own error report valve (this customizer runs later, at the lowest
     * precedence), so it is nearer the request and reports first; Boot's then finds the error reported.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context ->
                context.getParent().getPipeline().addValve(new ProblemErrorReportValve()));
    }

    @Bean
    FilterRegistrationBean<RequestParameterGuard> requestParameterGuard() {
        FilterRegistrationBean<RequestParameterGuard> registration = new FilterRegistrationBean<>(new RequestParameterGuard());
        registration.addUrlPatterns("/api/*");
        registration.setName("requestParameterGuard");
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit() {
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(new RequestBodyLimit());
        registration.addUrlPatterns("/api/*");
        registration.setName("requestBodyLimit");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1); // before the parameter guard, which may read a form body
        return registration;
    }
}
