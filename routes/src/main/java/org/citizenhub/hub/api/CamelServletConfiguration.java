package org.citizenhub.hub.api;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import org.apache.camel.component.servlet.CamelHttpTransportServlet;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers Camel's servlet at {@code /api/*} on Spring Boot's server (what the camel-servlet starter would
 * do, which our registry does not serve). {@code camel.rest.context-path} is the same {@code /api}. The servlet
 * resolves each request's REST consumer with the consumers' paths split once
 * ({@link PresplitRestResolveConsumerStrategy}).
 */
@Configuration(proxyBeanMethods = false)
public class CamelServletConfiguration {

    @Bean
    ServletRegistrationBean<CamelHttpTransportServlet> camelServlet() {
        ServletRegistrationBean<CamelHttpTransportServlet> registration =
                new ServletRegistrationBean<>(new HubCamelServlet(), "/api/*");
        registration.setName("CamelServlet");
        registration.setLoadOnStartup(1);
        return registration;
    }

    /** Camel's servlet; its {@code init} sets Camel's REST strategy, so ours replaces it after. */
    static final class HubCamelServlet extends CamelHttpTransportServlet {

        private static final long serialVersionUID = 1L;

        @Override
        public void init(ServletConfig config) throws ServletException {
            super.init(config);
            setServletResolveConsumerStrategy(new PresplitRestResolveConsumerStrategy());
        }
    }
}
