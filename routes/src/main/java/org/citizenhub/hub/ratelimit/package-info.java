/**
 * Per-partner rate limits: a token bucket per key ({@link org.citizenhub.hub.ratelimit.RateLimiter}) that
 * answers allowed, or refused with the seconds to wait, for a {@code 429} with {@code Retry-After}. Plain
 * classes, for the API's security wiring to call.
 */
package org.citizenhub.hub.ratelimit;
