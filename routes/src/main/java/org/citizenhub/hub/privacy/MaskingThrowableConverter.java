package org.citizenhub.hub.privacy;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's {@code %wEx} (a stack trace set off by blank lines, with jar names) with personal-looking
 * values masked: exception messages can quote data (a constraint violation names the values it refused).
 */
public class MaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return PersonalDataMasker.mask(super.throwableProxyToString(throwable));
    }
}
