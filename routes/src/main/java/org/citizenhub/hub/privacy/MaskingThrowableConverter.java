package org.citizenhub.hub.privacy;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's {@code %wEx} (a stack trace set off by blank lines, with jar names) with personal-looking
 * values masked in the exception messages: they can quote data (a constraint violation names the values it
 * refused). Stack frame lines ({@code at ...}) name code only and stay as they are, so class names such as
 * {@code Http11Processor} remain readable.
 */
public class MaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return maskMessages(super.throwableProxyToString(throwable));
    }

    static String maskMessages(String trace) {
        StringBuilder masked = new StringBuilder(trace.length());
        int start = 0;
        while (start < trace.length()) {
            int end = trace.indexOf('\n', start);
            end = end < 0 ? trace.length() : end + 1;
            String line = trace.substring(start, end);
            masked.append(line.stripLeading().startsWith("at ") ? line : PersonalDataMasker.mask(line));
            start = end;
        }
        return masked.toString();
    }
}
