package org.citizenhub.connectors.source;

import java.util.concurrent.TimeUnit;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * HTTP client settings of REST connector endpoints. HttpClient's own retries are off (it would silently
 * retry a 503 after a pause of its own), so that {@code maxRetries} is the whole story; and a response
 * must come within a minute, so a hung agency API fails the run instead of holding it forever.
 */
final class RestHttpClientSettings implements HttpClientConfigurer {

    static final String BEAN_NAME = "citizenhub-connector-http-client";

    private static final Timeout RESPONSE_TIMEOUT = Timeout.of(60, TimeUnit.SECONDS);
    private static final Timeout CONNECTION_REQUEST_TIMEOUT = Timeout.of(30, TimeUnit.SECONDS);

    @Override
    public void configureHttpClient(HttpClientBuilder builder) {
        builder.disableAutomaticRetries();
        builder.setDefaultRequestConfig(RequestConfig.custom()
                .setResponseTimeout(RESPONSE_TIMEOUT)
                .setConnectionRequestTimeout(CONNECTION_REQUEST_TIMEOUT)
                .build());
    }
}
