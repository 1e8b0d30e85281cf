/**
 * The embedded Hazelcast member: loopback by default, joined by an explicit member list. The profile
 * cache that lives in it comes with the golden-record work; for now the member only starts, safely.
 */
package org.citizenhub.hub.cluster;
