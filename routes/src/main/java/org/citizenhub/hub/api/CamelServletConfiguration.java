package org.citizenhub.hub.api;

import org.apache.camel.component.servlet.CamelHttpTransportServlet;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers Camel's servlet at {@code /api/*} on Spring Boot's server (what the camel-servlet starter would
 * do, which our registry does not serve). {@code camel.rest.context-path} is the same {@code /api}.
 */
@Configuration(proxyBeanMethods = false)
public class CamelServletConfiguration {

    @Bean
    ServletRegistrationBean<CamelHttpTransportServlet> camelServlet() {
        ServletRegistrationBean<CamelHttpTransportServlet> registration =
                new ServletRegistrationBean<>(new CamelHttpTransportServlet(), "/api/*");
        registration.setName("CamelServlet");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
