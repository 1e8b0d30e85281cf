package org.citizenhub.hub.privacy;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %m} / {@code %msg} / {@code %message} with personal-looking values masked
 * ({@link PersonalDataMasker}); {@code logback-spring.xml} puts it in place of the standard converter.
 */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalDataMasker.mask(super.convert(event));
    }
}
