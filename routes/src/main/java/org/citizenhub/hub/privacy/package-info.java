/**
 * Privacy safeguards that do not depend on who is calling: {@link org.citizenhub.hub.privacy.PersonalDataMasker}
 * masks personal-looking values in free text, and the logback converters in this package apply it to every
 * log message and stack trace ({@code logback-spring.xml}). A safety net: the hub's own code logs ids and
 * counts only.
 */
package org.citizenhub.hub.privacy;
